import path from 'node:path';
import { resolveConfig } from '../config.js';
import { ExitCode, formatLocation, type Problem } from '../errors.js';
import { readInput, STDIO } from '../io/files.js';
import { readSurvey } from '../io/survey/read.js';
import { checkAssessment, findWorkspace, loadWorkspace } from '../io/workspace.js';
import { toMarkdownTable } from '../render/markdown.js';
import { chooseFormat, emit, toJson, type OutputFlags } from '../render/output.js';
import type { Runtime } from '../runtime.js';
import type { Assessment } from '../core/assessment.js';

export interface ValidateOptions extends OutputFlags {
  workspace?: string;
}

export interface FileReport {
  file: string;
  kind: 'assessment' | 'survey' | 'unknown';
  valid: boolean;
  /** What was found, in a few words: "rating survey, 240 rows, 29 columns". */
  summary: string;
  rows?: number;
  problems: Problem[];
}

export interface ValidationReport {
  valid: boolean;
  files: FileReport[];
}

function kindOf(file: string, head: string): FileReport['kind'] {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'assessment';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt' || file === STDIO) return 'survey';
  return head.trimStart().startsWith('{') ? 'assessment' : 'unknown';
}

/**
 * Checks each file and reports every problem; reads nothing else and writes nothing.
 * Survey files are read with the workspace's criteria and mapping when one is found.
 */
export async function validateFiles(rt: Runtime, files: readonly string[], options: ValidateOptions = {}): Promise<ValidationReport> {
  let assessment: Assessment | undefined;
  const workspaceFile = await findWorkspace(rt, options.workspace);
  if (workspaceFile && files.some((f) => kindOf(f, '') === 'survey')) {
    // A broken workspace is reported when it is itself validated; surveys fall back to defaults.
    assessment = await loadWorkspace(rt, workspaceFile).then((w) => w.assessment, () => undefined);
  }
  const config = resolveConfig(assessment, {}, rt.env);
  const reports: FileReport[] = [];
  for (const file of files) {
    const shown = file === STDIO ? '<stdin>' : path.normalize(file);
    const kind = kindOf(file, '');
    if (kind === 'survey') {
      const r = await readSurvey(rt, file, config);
      const problems = r.moreProblems > 0 ? [...r.problems, { file: shown, message: rt.t('error.moreProblems', { count: r.moreProblems, limit: r.problems.length }) }] : r.problems;
      reports.push({
        file: shown, kind, valid: problems.length === 0, rows: r.rows, problems,
        summary: rt.t('validate.kind.survey', { rows: r.rows, columns: r.columns }),
      });
      continue;
    }
    const text = (await readInput(rt, file)).toString('utf8');
    if (kindOf(file, text) === 'unknown') {
      reports.push({ file: shown, kind: 'unknown', valid: false, summary: '', problems: [{ file: shown, message: rt.t('validate.unknownKind', { file: shown }) }] });
      continue;
    }
    const { problems } = await checkAssessment(text, shown, rt.t);
    reports.push({ file: shown, kind: 'assessment', valid: problems.length === 0, summary: rt.t('validate.kind.assessment'), problems });
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
        lines.push(`  ${where ? `${where}: ` : ''}${p.message}`);
      }
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
  const report = await validateFiles(rt, files, options);
  const content = format === 'json' ? toJson(report) : format === 'md' ? renderMarkdown(report) : renderText(rt, report);
  await emit(rt, options, content);
  return report.valid ? ExitCode.ok : ExitCode.data;
}
