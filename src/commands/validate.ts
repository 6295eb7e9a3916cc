import path from 'node:path';
import { type Config, columnsFromMap, resolveLanguage } from '../config.js';
import { type Context, type ContextOptions, createContext } from '../context.js';
import type { FileReport, ValidationReport } from '../core/validation.js';
import { DataError, type Problem } from '../errors.js';
import { type Encoding, encodingLabel, encodingName } from '../io/csv/decode.js';
import { checkCsvSettings } from '../io/csv/options.js';
import { type CsvReadOptions, type CsvScan, scanCsv, shownName } from '../io/csv/scan.js';
import { expandInputs, readOnce, STDIO } from '../io/files.js';
import { isPartnerHeader, readPartners } from '../io/partners.js';
import { isRatingHeader, readSurvey } from '../io/survey/read.js';
import {
  checkAssessment,
  defaultWorkspace,
  namedWorkspaceFile,
  openWorkspace,
  peekLanguage,
  type Workspace,
} from '../io/workspace.js';

export interface ValidateRequest extends ContextOptions {
  /** assessment.json files and CSV exports ("-" for stdin, read as a rating survey); globs are expanded. */
  files: readonly string[];
  /** The workspace whose criteria and mapping surveys are read with (default: the nearest). */
  workspace?: string;
  /** Field → column, as for score. */
  map?: Readonly<Record<string, string>>;
  delimiter?: string;
  encoding?: Encoding;
}

export type { FileReport, ValidationReport };

function isCsvName(file: string): boolean {
  return file === STDIO || ['.csv', '.tsv', '.txt'].includes(path.extname(file).toLowerCase());
}

function csvReport(scan: CsvScan, kind: FileReport['kind'], summary: string): FileReport {
  const valid = scan.problems.length === 0 && scan.moreProblems === 0;
  const encoding = scan.encoding === '' ? {} : { encoding: encodingName(scan.encoding) };
  // The summary names the encoding the file was read in: "rating survey, 240 rows, 29 columns, UTF-8".
  const said = summary !== '' && scan.encoding !== '' ? `${summary}, ${encodingLabel(scan.encoding)}` : summary;
  return {
    file: scan.file,
    kind,
    valid,
    rows: scan.rows,
    ...encoding,
    summary: said,
    problems: scan.problems,
    omitted: scan.moreProblems,
    warnings: scan.warnings,
  };
}

/** A CSV's kind: a rating survey or partner directory by its header, else any other CSV export. */
async function checkCsv(ctx: Context, file: string, config: Config, read: CsvReadOptions): Promise<FileReport> {
  if (await readOnce(ctx, file)) {
    // Standard input (or a pipe) can be read only once, so it is taken as a rating survey, the common case.
    const scan = await readSurvey(ctx, file, config, read);
    return csvReport(scan, 'ratings', ctx.t('validate.kind.survey', { rows: scan.rows, columns: scan.header.length }));
  }
  let header: string[] = [];
  const stopAtHeader = (h: string[]): boolean => {
    header = h;
    return false;
  };
  const peek = await scanCsv(ctx, file, { onHeader: stopAtHeader }, read);
  if (peek.problems.length > 0) return csvReport(peek, 'csv', '');
  if (isRatingHeader(header, config)) {
    const scan = await readSurvey(ctx, file, config, read);
    return csvReport(scan, 'ratings', ctx.t('validate.kind.survey', { rows: scan.rows, columns: scan.header.length }));
  }
  if (isPartnerHeader(ctx, header)) {
    const scan = await readPartners(ctx, file);
    return csvReport(scan, 'partners', ctx.t('validate.kind.partners', { rows: scan.rows }));
  }
  const scan = await scanCsv(ctx, file, {}, read);
  return csvReport(scan, 'csv', ctx.t('validate.kind.csv', { rows: scan.rows, columns: scan.header.length }));
}

async function checkJson(ctx: Context, file: string): Promise<FileReport> {
  const shown = shownName(file);
  const { readJsonInput } = await import('../io/json-locate.js');
  let text: string | undefined;
  try {
    // A file not named .json is read only as far as its first byte, unless that opens an object.
    text = await readJsonInput(ctx, file, { shown, objectOnly: path.extname(file).toLowerCase() !== '.json' });
  } catch (error) {
    // Too large to read: a problem of this file; the others are still checked.
    if (!(error instanceof DataError)) throw error;
    return {
      file: shown,
      kind: 'assessment',
      valid: false,
      summary: '',
      problems: error.problems,
      omitted: 0,
      warnings: [],
    };
  }
  if (text === undefined) {
    return {
      file: shown,
      kind: 'unknown',
      valid: false,
      summary: '',
      problems: [{ file: shown, message: ctx.t('validate.unknownKind') }],
      omitted: 0,
      warnings: [],
    };
  }
  const { problems } = await checkAssessment(text, shown, ctx.t);
  return {
    file: shown,
    kind: 'assessment',
    valid: problems.length === 0,
    summary: ctx.t('validate.kind.assessment'),
    problems,
    omitted: 0,
    warnings: [],
  };
}

/**
 * The workspace surveys are read with. A broken one does not stop the CSV checks: its
 * defaults stand in, and the report says so (validating it lists its problems).
 */
async function surveyWorkspace(request: ValidateRequest, warnings: Problem[]): Promise<Workspace> {
  try {
    return await openWorkspace(request);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const fallback = defaultWorkspace(request);
    const file = error.problems[0]?.file ?? 'assessment.json';
    warnings.push({
      file,
      message: fallback.ctx.t('validate.brokenWorkspace', { count: Math.max(1, error.problems.length) }),
    });
    return fallback;
  }
}

/**
 * Checks each file and reports every problem; reads nothing else and writes nothing.
 * Surveys are read with the workspace's criteria and mapping when there is one.
 */
export async function validate(request: ValidateRequest): Promise<ValidationReport> {
  const warnings: Problem[] = [];
  // The workspace's language counts even when only assessment files are checked.
  const ownLang = request.lang ?? (await peekLanguage(createContext(request, 'en'), request.workspace));
  const base = createContext(request, resolveLanguage(ownLang, undefined, request.env ?? process.env));
  checkCsvSettings(base, request);
  const files = await expandInputs(base, request.files);
  let ctx = base;
  let config: Config | undefined;
  // A workspace named with -w must be there (exit 4, as in score), even when no survey needs it.
  if (request.workspace !== undefined && !files.some(isCsvName)) await namedWorkspaceFile(base, request.workspace);
  if (files.some(isCsvName)) {
    const ws = await surveyWorkspace(request, warnings);
    const ids = ws.config.criteria.map((c) => c.id);
    config = request.map ? ws.configWith({ columns: columnsFromMap(request.map, ids) }) : ws.config;
    ctx = ws.ctx;
  }
  const read: CsvReadOptions = {
    ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    ...(request.encoding ? { encoding: request.encoding } : {}),
  };
  const reports: FileReport[] = [];
  for (const file of files) {
    reports.push(isCsvName(file) ? await checkCsv(ctx, file, config as Config, read) : await checkJson(ctx, file));
  }
  return { valid: reports.every((r) => r.valid), files: reports, warnings };
}
