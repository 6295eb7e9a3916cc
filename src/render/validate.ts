import type { ChalkInstance } from 'chalk';
import { collapseSpace } from '../core/names.js';
import type { SurveyLayoutReport, ValidationReport } from '../core/validation.js';
import { formatLocation } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { toMarkdownTable } from './markdown.js';
import { toJson } from './output.js';
import { problemLines } from './problems.js';

/** How a rating survey is read, as indented lines: format, columns, counts. */
function layoutLines(s: SurveyLayoutReport, t: Translate): string[] {
  const column = (c: string | null) => (c === null ? t('validate.layout.notFound') : `"${collapseSpace(c)}"`);
  const delimiter = s.delimiter === '\t' ? 'tab' : `"${s.delimiter}"`;
  const encoding = s.encoding.toUpperCase();
  const lines = [
    t('validate.layout.read', {
      format: t(s.format === 'wide' ? 'validate.layout.wide' : 'validate.layout.long'),
      delimiter,
      encoding,
    }),
  ];
  if (s.format === 'long') lines.push(t('validate.layout.activity', { column: column(s.activity) }));
  lines.push(t('validate.layout.respondent', { column: column(s.respondent) }));
  for (const [criterion, c] of Object.entries(s.criteria))
    lines.push(t('validate.layout.criterion', { criterion, column: column(c) }));
  if (s.format === 'wide')
    lines.push(t('validate.layout.wideColumns', { columns: s.columns, pattern: s.pattern ?? '' }));
  for (const [segment, c] of Object.entries(s.segments))
    lines.push(t('validate.layout.segment', { segment, column: column(c) }));
  lines.push(t('validate.layout.counts', { rows: s.rows, ratings: s.ratings, activities: s.activities }));
  return lines.map((l) => `    ${l}`);
}

/** The report as text lines: one per file, then its problems and warnings. */
function renderText(report: ValidationReport, t: Translate, color: ChalkInstance): string {
  const lines: string[] = [...problemLines(report.warnings, 0, { t, color, indent: '', warning: true })];
  for (const f of report.files) {
    if (f.valid) {
      lines.push(color.green(t('validate.ok', { file: f.file, what: f.summary })));
      if (f.survey) lines.push(...layoutLines(f.survey, t));
    } else {
      lines.push(color.red(t('validate.failed', { file: f.file, count: f.problems.length + f.omitted })));
      if (f.survey) lines.push(...layoutLines(f.survey, t));
      lines.push(...problemLines(f.problems, f.omitted, { t, color }));
    }
    lines.push(...problemLines(f.warnings, 0, { t, color, warning: true }));
  }
  lines.push(t('validate.summary', { ok: report.files.filter((f) => f.valid).length, total: report.files.length }));
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(report: ValidationReport): string {
  const rows = report.files.flatMap((f) =>
    f.problems.length === 0
      ? [[f.file, '', 'OK']]
      : f.problems.map((p) => [f.file, formatLocation(p).replace(`${f.file}`, '').replace(/^[:#]/, ''), p.message]),
  );
  return toMarkdownTable([['file', 'where', 'problem'], ...rows]);
}

/** Renders a validation report as text (table), Markdown or JSON. */
export function renderValidation(
  report: ValidationReport,
  format: 'table' | 'md' | 'json',
  t: Translate,
  color: ChalkInstance,
): string {
  if (format === 'json') return toJson(report);
  return format === 'md' ? renderMarkdown(report) : renderText(report, t, color);
}
