/** The partner shortlist in the formats of `tree partners`: table, Markdown, CSV and JSON. */
import type { PartnersReport } from '../core/partners/report.js';
import type { Runtime } from '../runtime.js';
import { type Cell, type ExcelDialect, toCsv } from './csv.js';
import { escapeCell, toMarkdownTable } from './markdown.js';
import { formatNumber } from './numbers.js';
import { toJson } from './output.js';
import { fitTable, fittedNote, wrapToWidth } from './table.js';
import { displayText } from './text.js';

function summary(rt: Runtime, r: PartnersReport): string {
  return rt.t('partners.summary', {
    partners: r.meta.partners,
    directory: r.meta.directory,
    from: rt.t(r.meta.needsFrom === 'survey' ? 'partners.from.survey' : 'partners.from.catalogue'),
    top: r.meta.top,
  });
}

type Activity = PartnersReport['activities'][number];

function rows(rt: Runtime, a: Activity, withContact: boolean): Cell[][] {
  const header = [
    rt.t('partners.col.need'),
    rt.t('partners.col.partner'),
    rt.t('partners.col.score'),
    rt.t('partners.col.reasons'),
    ...(withContact ? [rt.t('partners.col.contact')] : []),
  ];
  const body: Cell[][] = [];
  for (const n of a.needs) {
    n.partners.forEach((p, i) => {
      body.push([
        i === 0 ? n.label : '',
        p.name,
        formatNumber(p.score, 1, rt.lang),
        p.reasons.join('; '),
        ...(withContact ? [[p.contact, p.phone].filter(Boolean).join(', ')] : []),
      ]);
    });
  }
  return [header, ...body];
}

function gapLines(rt: Runtime, a: Activity): string[] {
  return a.gaps.map((g) => `${g.label}: ${g.reason}; ${rt.t('partners.gapFill', { fill: g.fill })}`);
}

function heading(rt: Runtime, a: Activity): string {
  return a.trainees === undefined ? a.name : `${a.name} (${rt.t('partners.trainees', { trainees: a.trainees })})`;
}

function markdown(rt: Runtime, r: PartnersReport): string {
  const out = [`# ${rt.t('partners.title')}`, '', escapeCell(summary(rt, r)), ''];
  for (const a of r.activities) {
    out.push(`## ${escapeCell(heading(rt, a))}`, '');
    if (a.needs.some((n) => n.partners.length > 0)) out.push(toMarkdownTable(rows(rt, a, true), [2]), '');
    if (a.gaps.length > 0)
      out.push(`### ${rt.t('partners.gaps')}`, '', ...gapLines(rt, a).map((l) => `- ${escapeCell(l)}`), '');
  }
  return `${out.join('\n')}\n`;
}

function table(rt: Runtime, r: PartnersReport, width?: number): string {
  const out = [rt.out.bold(rt.t('partners.title')), ''];
  for (const a of r.activities) {
    // Names and file names come from the directory and the survey: made safe for the terminal.
    out.push(rt.out.bold(displayText(heading(rt, a))));
    if (a.needs.some((n) => n.partners.length > 0)) {
      const t = fitTable(rows(rt, a, false), {
        numeric: [2],
        fit: [{ shrink: true, min: 12 }, { shrink: true, min: 16 }, {}, { shrink: true, min: 20, priority: 1 }],
        ...(width === undefined ? {} : { maxWidth: width }),
      });
      out.push(`${t.text}${fittedNote(rt, t)}`.trimEnd());
    }
    for (const l of gapLines(rt, a)) out.push(`  ${rt.out.yellow('!')} ${displayText(l)}`);
    out.push('');
  }
  out.push(displayText(summary(rt, r)));
  return wrapToWidth(`${out.join('\n')}\n`, width);
}

/** One row per activity × need × partner, then one per gap (partner empty), contacts carried through. */
function csvRows(r: PartnersReport): Cell[][] {
  const out: Cell[][] = [
    [
      'activity_id',
      'activity',
      'need',
      'rank',
      'partner',
      'type',
      'score',
      'reasons',
      'distance_km',
      'cost',
      'contact',
      'phone',
      'email',
      'gap',
    ],
  ];
  for (const a of r.activities) {
    for (const n of a.needs)
      n.partners.forEach((p, i) => {
        out.push([
          a.id,
          a.name,
          n.need,
          i + 1,
          p.name,
          p.type,
          p.score,
          p.reasons.join('; '),
          p.distanceKm,
          p.cost,
          p.contact,
          p.phone,
          p.email,
          '',
        ]);
      });
    for (const g of a.gaps) out.push([a.id, a.name, g.need, '', '', '', '', '', '', '', '', '', '', g.reason]);
  }
  return out;
}

export function renderPartners(
  rt: Runtime,
  report: PartnersReport,
  format: 'table' | 'md' | 'csv' | 'json',
  options: { excel?: ExcelDialect; width?: number } = {},
): string {
  if (format === 'json') return toJson(report);
  if (format === 'csv') return toCsv(csvRows(report), options.excel === undefined ? {} : { excel: options.excel });
  if (format === 'md') return markdown(rt, report);
  return table(rt, report, options.width);
}
