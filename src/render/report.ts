/**
 * The assessment report rendered through its templates (LiquidJS: a maintained engine
 * whose templates cannot run code, so a user's --template folder is safe to use). Every
 * output is escaped for its format: Markdown keeps tables intact and shows names as text;
 * HTML escapes everything that is not a chart this module drew itself.
 */
import type { ReportModel } from '../core/report/model.js';
import type { ReportTemplates } from '../core/report/templates.js';
import { DataError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import type { Runtime } from '../runtime.js';
import { escapeCell } from './markdown.js';
import { formatNumber } from './numbers.js';
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

/** A template ready to render: its engine (filters, escaping for the format) and the parsed text. */
interface Prepared {
  engine: import('liquidjs').Liquid;
  parsed: import('liquidjs').Template[];
}

/**
 * Engines by template set, format and language: a batch renders hundreds of reports with
 * the same templates, which are parsed once, not once a report.
 */
const prepared = new WeakMap<ReportTemplates, Map<string, Prepared>>();

async function prepare(templates: ReportTemplates, format: ReportFormat, lang: Lang): Promise<Prepared> {
  let byKey = prepared.get(templates);
  if (byKey === undefined) {
    byKey = new Map();
    prepared.set(templates, byKey);
  }
  const key = `${format}:${lang}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const { Liquid } = await import('liquidjs');
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
  engine.registerFilter('num', (v: unknown, digits?: number) => {
    if (typeof v !== 'number') return v ?? '';
    return formatNumber(v, digits ?? (Number.isInteger(v) ? 0 : 1), lang);
  });
  // Choice names from exports (`balai_desa`) read as words.
  engine.registerFilter('words', (v: unknown) => (typeof v === 'string' ? v.replace(/_/g, ' ') : (v ?? '')));
  engine.registerFilter('pct', (v: unknown) => (typeof v === 'number' ? `${formatNumber(v * 100, 0, lang)}%` : ''));
  const parsed = engine.parseFileSync(html ? 'report.html.liquid' : 'report.md.liquid');
  const ready = { engine, parsed };
  byKey.set(key, ready);
  return ready;
}

export async function renderReport(
  rt: Pick<Runtime, 't'>,
  model: ReportModel,
  format: ReportFormat,
  templates: ReportTemplates,
): Promise<string> {
  const locale = model.lang === 'id' ? 'id-ID' : 'en-GB';
  const html = format === 'html';
  const name = html ? 'report.html.liquid' : 'report.md.liquid';
  const scope = {
    ...view(model, templates),
    chart: html && 'data' in model.ranking ? rankingChart(model.ranking.data.lines, locale) : '',
  };
  try {
    const { engine, parsed } = await prepare(templates, format, model.lang);
    // Rendered synchronously: the templates are in memory, and a report is rendered in one go.
    return engine.renderSync(parsed, scope) as string;
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
