import path from 'node:path';
import { type Config, columnsFromMap, resolveLanguage } from '../config.js';
import { type Context, type ContextOptions, createContext } from '../context.js';
import type { FileReport, ValidationReport } from '../core/validation.js';
import { DataError, type Problem } from '../errors.js';
import { type Encoding, encodingLabel, encodingName } from '../io/csv/decode.js';
import { checkCsvSettings } from '../io/csv/options.js';
import { type CsvReadOptions, type CsvScan, scanCsv, shownName } from '../io/csv/scan.js';
import { expandInputs, readOnce, resolvePath, STDIO } from '../io/files.js';
import { isPartnerHeader, readPartners } from '../io/partners.js';
import {
  activityColumn,
  isRatingHeader,
  RatingLikeColumns,
  readSurvey,
  type SurveyReadResult,
  unusedColumns,
} from '../io/survey/read.js';
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

/**
 * A rating survey's report: the file as csvReport says, and the layout `score` reads it
 * with (format, delimiter, columns, counts), with the answer words that have no number.
 */
function surveyReport(ctx: Context, scan: SurveyReadResult, config: Config): FileReport {
  const report = csvReport(
    scan,
    'ratings',
    ctx.t('validate.kind.survey', { rows: scan.rows, columns: scan.header.length }),
  );
  if (scan.layout !== undefined) {
    report.survey = {
      ...scan.layout,
      encoding: scan.encoding === '' ? '' : encodingName(scan.encoding),
      delimiter: scan.delimiter,
      rows: scan.rows,
      ratings: scan.ratings,
      activities: scan.activities,
      ...(scan.unknownAnswers.length > 0 ? { unknownAnswers: scan.unknownAnswers.map((u) => u.answer) } : {}),
    };
  }
  if (scan.unknownAnswers.length > 0) {
    const { min, max } = config.scale;
    const answers = scan.unknownAnswers.map((u) => `"${u.answer}" (${u.cells})`).join(', ');
    report.warnings = [
      ...report.warnings,
      {
        file: scan.file,
        message: ctx.t('survey.unknownAnswers', { answers, min, max, example: scan.unknownAnswers[0]?.answer ?? '' }),
      },
    ];
  }
  return report;
}

/**
 * True when a long-format file with an activity column but no criterion column is still a
 * survey (whose criteria are missing, as score will say): another column holds ratings.
 * Otherwise it is a lookup table, any other CSV.
 */
async function hasRatingColumns(
  ctx: Context,
  file: string,
  config: Config,
  read: CsvReadOptions,
  activity: number,
): Promise<boolean> {
  let judge: RatingLikeColumns | undefined;
  const empty = { respondent: -1, activity, segments: [], criteria: [], wide: [] };
  await scanCsv(
    ctx,
    file,
    {
      onHeader(header) {
        judge = new RatingLikeColumns(unusedColumns(header, config, empty), config);
        return true;
      },
      onRow(fields) {
        judge?.sample(fields);
      },
    },
    read,
  );
  return (judge?.found().length ?? 0) > 0;
}

/**
 * A CSV's kind, decided as `score` would read it: a file listed in survey.files, or whose
 * header has the workspace's criterion columns (or wide columns), is a rating survey, read
 * with the workspace's format, scale and mapping; else a partner directory by its header;
 * else any other CSV export (a lookup table is "OK (CSV)", not a failed survey).
 */
async function checkCsv(
  ctx: Context,
  file: string,
  config: Config,
  read: CsvReadOptions,
  listed: ReadonlySet<string>,
): Promise<FileReport> {
  if (await readOnce(ctx, file)) {
    // Standard input (or a pipe) can be read only once, so it is taken as a rating survey, the common case.
    return surveyReport(ctx, await readSurvey(ctx, file, config, read), config);
  }
  if (listed.has(path.resolve(resolvePath(ctx, file)))) {
    return surveyReport(ctx, await readSurvey(ctx, file, config, read), config);
  }
  let header: string[] = [];
  const stopAtHeader = (h: string[]): boolean => {
    header = h;
    return false;
  };
  const peek = await scanCsv(ctx, file, { onHeader: stopAtHeader }, read);
  if (peek.problems.length > 0) return csvReport(peek, 'csv', '');
  const activity = config.survey.format === 'wide' ? -1 : activityColumn(header, config);
  if (
    isRatingHeader(header, config) ||
    (activity >= 0 && (await hasRatingColumns(ctx, file, config, read, activity)))
  ) {
    return surveyReport(ctx, await readSurvey(ctx, file, config, read), config);
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
  // The survey files of the workspace, as absolute paths: these are surveys whatever their header.
  const listed = new Set<string>();
  // A workspace named with -w must be there (exit 4, as in score), even when no survey needs it.
  if (request.workspace !== undefined && !files.some(isCsvName)) await namedWorkspaceFile(base, request.workspace);
  if (files.some(isCsvName)) {
    const ws = await surveyWorkspace(request, warnings);
    const ids = ws.config.criteria.map((c) => c.id);
    config = request.map ? ws.configWith({ columns: columnsFromMap(request.map, ids) }) : ws.config;
    ctx = ws.ctx;
    if (ws.file !== undefined)
      for (const f of ws.assessment?.survey?.files ?? []) listed.add(path.resolve(resolvePath(ctx, ws.resolve(f))));
  }
  const read: CsvReadOptions = {
    ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    ...(request.encoding ? { encoding: request.encoding } : {}),
  };
  const reports: FileReport[] = [];
  for (const file of files) {
    reports.push(
      isCsvName(file) ? await checkCsv(ctx, file, config as Config, read, listed) : await checkJson(ctx, file),
    );
  }
  return { valid: reports.every((r) => r.valid), files: reports, warnings };
}
