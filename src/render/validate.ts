import type { ChalkInstance } from 'chalk';
import type { ValidationReport } from '../core/validation.js';
import { formatLocation } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { toMarkdownTable } from './markdown.js';
import { toJson } from './output.js';
import { problemLines } from './problems.js';

/** The report as text lines: one per file, then its problems and warnings. */
function renderText(report: ValidationReport, t: Translate, color: ChalkInstance): string {
  const lines: string[] = [...problemLines(report.warnings, 0, { t, color, indent: '', warning: true })];
  for (const f of report.files) {
    if (f.valid) lines.push(color.green(t('validate.ok', { file: f.file, what: f.summary })));
    else {
      lines.push(color.red(t('validate.failed', { file: f.file, count: f.problems.length + f.omitted })));
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
