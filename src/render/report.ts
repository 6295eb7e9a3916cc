/**
 * The assessment report rendered through its templates (LiquidJS: a maintained engine
 * whose templates cannot run code, so a user's --template folder is safe to use). Every
 * output is escaped for its format: Markdown keeps tables intact and shows names as text;
 * HTML escapes everything that is not a chart this module drew itself.
 */
import type { ReportModel } from '../core/report/model.js';
import type { ReportTemplates } from '../core/report/templates.js';
import { DataError } from '../errors.js';
import type { Runtime } from '../runtime.js';
import { escapeCell } from './markdown.js';
import { rankingChart } from './svg.js';

export type ReportFormat = 'md' | 'html';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);

/** What the templates see: the report (`r`), the words of its language (`w`), and a few things worked out here. */
function view(model: ReportModel, templates: ReportTemplates) {
  const lines = 'data' in model.ranking ? model.ranking.data.lines : [];
  return {
    r: model,
    w: templates.words[model.lang] ?? templates.words['en'] ?? {},
    shortlistNames: lines
      .filter((l) => l.shortlist)
      .map((l) => l.name)
      .join(', '),
    feasibilityNames: lines
      .filter((l) => l.feasibility)
      .map((l) => l.name)
      .join(', '),
  };
}

export async function renderReport(
  rt: Pick<Runtime, 't'>,
  model: ReportModel,
  format: ReportFormat,
  templates: ReportTemplates,
): Promise<string> {
  const { Liquid } = await import('liquidjs');
  const locale = model.lang === 'id' ? 'id-ID' : 'en-GB';
  const html = format === 'html';
  const engine = new Liquid({
    templates: templates.texts,
    strictFilters: true,
    // A template is a user's file: bounded, so a loop over a huge range cannot hang a batch.
    parseLimit: 10_000_000,
    renderLimit: 60_000,
    memoryLimit: 256 * 1024 * 1024,
    outputEscape: html ? (v: unknown) => escapeHtml(String(v ?? '')) : (v: unknown) => escapeCell(v as string),
  });
  const number = (digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
  engine.registerFilter('num', (v: unknown, digits?: number) => {
    if (typeof v !== 'number') return v ?? '';
    return number(digits ?? (Number.isInteger(v) ? 0 : 1)).format(v);
  });
  // Choice names from exports (`balai_desa`) read as words.
  engine.registerFilter('words', (v: unknown) => (typeof v === 'string' ? v.replace(/_/g, ' ') : (v ?? '')));
  engine.registerFilter('pct', (v: unknown) => (typeof v === 'number' ? `${number(0).format(v * 100)}%` : ''));
  const name = html ? 'report.html.liquid' : 'report.md.liquid';
  const scope = {
    ...view(model, templates),
    chart: html && 'data' in model.ranking ? rankingChart(model.ranking.data.lines, locale) : '',
  };
  try {
    return await engine.renderFile(name, scope);
  } catch (error) {
    const e = error as { message?: string; token?: { getPosition?: () => [number, number] } };
    const [line, column] = e.token?.getPosition?.() ?? [undefined, undefined];
    const file = templates.shown[name] ?? name;
    throw new DataError(rt.t('report.badTemplate', { file }), {
      problems: [
        {
          file,
          ...(line === undefined ? {} : { line }),
          ...(column === undefined ? {} : { column }),
          message: (e.message ?? String(error)).split(', file:')[0] as string,
        },
      ],
    });
  }
}
