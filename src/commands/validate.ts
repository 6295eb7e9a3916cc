import path from 'node:path';
import { resolveConfig, type Config } from '../config.js';
import { ExitCode, formatLocation, type Problem } from '../errors.js';
import { expandInputs, readInput, STDIO } from '../io/files.js';
import { scanCsv, shownName, type CsvScan } from '../io/csv/scan.js';
import { checkPartners, isPartnerHeader } from '../io/partners.js';
import { isRatingHeader, readSurvey } from '../io/survey/read.js';
import { checkAssessment, findWorkspace, loadWorkspace } from '../io/workspace.js';
import { toMarkdownTable } from '../render/markdown.js';
import { displayText } from '../render/text.js';
import { chooseFormat, emit, toJson, type OutputFlags } from '../render/output.js';
import type { Runtime } from '../runtime.js';
import type { Assessment } from '../core/assessment.js';

export interface ValidateOptions extends OutputFlags {
  workspace?: string;
}

export interface FileReport {
  file: string;
  kind: 'assessment' | 'ratings' | 'partners' | 'csv' | 'unknown';
  valid: boolean;
  /** What was found, in a few words: "rating survey, 240 rows, 29 columns". */
  summary: string;
  rows?: number;
  problems: Problem[];
  /** Worth knowing, but the file is still valid (a mapped segment column is absent, ...). */
  warnings: Problem[];
}

export interface ValidationReport {
  valid: boolean;
  files: FileReport[];
}

function isCsvName(file: string): boolean {
  return file === STDIO || ['.csv', '.tsv', '.txt'].includes(path.extname(file).toLowerCase());
}

/** A CSV's kind: a rating survey or partner directory by its header, else any other CSV export. */
async function checkCsv(rt: Runtime, file: string, config: Config): Promise<FileReport> {
  let header: string[] = [];
  const peek = await scanCsv(rt, file, { onHeader: (h) => ((header = h), false) });
  let scan: CsvScan = peek;
  let kind: FileReport['kind'] = 'csv';
  let summary = '';
  if (peek.problems.length === 0) {
    if (isRatingHeader(header, config)) {
      kind = 'ratings';
      scan = await readSurvey(rt, file, config);
      summary = rt.t('validate.kind.survey', { rows: scan.rows, columns: scan.header.length });
    } else if (isPartnerHeader(header)) {
      kind = 'partners';
      scan = await checkPartners(rt, file);
      summary = rt.t('validate.kind.partners', { rows: scan.rows });
    } else {
      scan = await scanCsv(rt, file);
      summary = rt.t('validate.kind.csv', { rows: scan.rows, columns: scan.header.length });
    }
  }
  const problems = scan.moreProblems > 0
    ? [...scan.problems, { file: scan.file, message: rt.t('error.moreProblems', { count: scan.moreProblems, limit: scan.problems.length }) }]
    : scan.problems;
  return { file: scan.file, kind, valid: problems.length === 0, rows: scan.rows, summary, problems, warnings: scan.warnings };
}

/**
 * Checks each file and reports every problem; reads nothing else and writes nothing.
 * Surveys are read with the workspace's criteria and mapping when one is found.
 */
export async function validateFiles(rt: Runtime, files: readonly string[], options: ValidateOptions = {}): Promise<ValidationReport> {
  let assessment: Assessment | undefined;
  const workspaceFile = await findWorkspace(rt, options.workspace);
  if (workspaceFile && files.some(isCsvName)) {
    // A broken workspace is reported when it is itself validated; surveys fall back to defaults.
    assessment = await loadWorkspace(rt, workspaceFile).then((w) => w.assessment, () => undefined);
  }
  const config = resolveConfig(assessment, {}, rt.env);
  const reports: FileReport[] = [];
  for (const file of files) {
    if (file === STDIO) {
      // Standard input can be read only once, so it is taken as a rating survey, the common case.
      const scan = await readSurvey(rt, file, config);
      const problems = scan.problems;
      reports.push({ file: scan.file, kind: 'ratings', valid: problems.length === 0, rows: scan.rows, problems, warnings: scan.warnings,
        summary: rt.t('validate.kind.survey', { rows: scan.rows, columns: scan.header.length }) });
      continue;
    }
    if (isCsvName(file)) {
      reports.push(await checkCsv(rt, file, config));
      continue;
    }
    const shown = shownName(file);
    const text = (await readInput(rt, file)).toString('utf8');
    if (path.extname(file).toLowerCase() !== '.json' && !text.trimStart().startsWith('{')) {
      reports.push({ file: shown, kind: 'unknown', valid: false, summary: '', problems: [{ file: shown, message: rt.t('validate.unknownKind', { file: shown }) }], warnings: [] });
      continue;
    }
    const { problems } = await checkAssessment(text, shown, rt.t);
    reports.push({ file: shown, kind: 'assessment', valid: problems.length === 0, summary: rt.t('validate.kind.assessment'), problems, warnings: [] });
  }
  return { valid: reports.every((r) => r.valid), files: reports };
}

/** Renders the report as text lines: one per file, then one per problem. */
function renderText(rt: Runtime, report: ValidationReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.valid) lines.push(rt.out.green(rt.t('validate.ok', { file: f.file, what: f.summary })));
    else {
      lines.push(rt.out.red(rt.t('validate.failed', { file: f.file, count: f.problems.length })));
      for (const p of f.problems) {
        const where = formatLocation(p);
        lines.push(`  ${where ? `${displayText(where)}: ` : ''}${displayText(p.message)}`);
      }
    }
    for (const w of f.warnings) {
      const where = formatLocation(w);
      lines.push(`  ${rt.out.yellow(`${rt.t('warning.prefix')}:`)} ${where ? `${displayText(where)}: ` : ''}${displayText(w.message)}`);
    }
  }
  lines.push(rt.t('validate.summary', { ok: report.files.filter((f) => f.valid).length, total: report.files.length }));
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(report: ValidationReport): string {
  const rows = report.files.flatMap((f) =>
    f.problems.length === 0 ? [[f.file, '', 'OK']] : f.problems.map((p) => [f.file, formatLocation(p).replace(`${f.file}`, '').replace(/^[:#]/, ''), p.message]),
  );
  return toMarkdownTable([['file', 'where', 'problem'], ...rows]);
}

/** `tree validate`: exit 0 when every file is valid, 3 when any is not. */
export async function runValidate(rt: Runtime, files: string[], options: ValidateOptions): Promise<number> {
  const format = chooseFormat(rt, options, ['table', 'md', 'json']);
  const report = await validateFiles(rt, await expandInputs(rt, files), options);
  const content = format === 'json' ? toJson(report) : format === 'md' ? renderMarkdown(report) : renderText(rt, report);
  await emit(rt, options, content);
  return report.valid ? ExitCode.ok : ExitCode.data;
}
