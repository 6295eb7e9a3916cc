import type { ScoredActivity, ScoreReport } from '../core/score/report.js';
import type { MessageKey } from '../i18n/index.js';
import type { Runtime } from '../runtime.js';
import { type Cell, type ExcelDialect, toCsv } from './csv.js';
import { toMarkdownTable } from './markdown.js';
import { formatNumber } from './numbers.js';
import type { Format } from './output.js';
import { toJson } from './output.js';
import { type ColumnFit, fitTable, fittedNote, wrapToWidth } from './table.js';

export interface ScoreRenderOptions {
  /** CSV for Excel in this locale's dialect (see toCsv). */
  excel?: ExcelDialect;
  /** Highlight the shortlist (only on a terminal). */
  tty?: boolean;
  /** Fit the table to this many columns (a terminal's width); undefined keeps full width. */
  width?: number;
  /** A bar beside each score: block characters, or `#` where the terminal may not show them. */
  bar?: 'unicode' | 'ascii';
}

const BAR_WIDTH = 10;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A score (0–100) as a bar of BAR_WIDTH cells, in eighths of a cell where block characters show. */
export function scoreBar(score: number | null, kind: 'unicode' | 'ascii'): string {
  if (score === null) return '';
  const cells = (Math.max(0, Math.min(100, score)) / 100) * BAR_WIDTH;
  if (kind === 'ascii') return '#'.repeat(Math.round(cells));
  const whole = Math.floor(cells);
  return '█'.repeat(whole) + (EIGHTHS[Math.round((cells - whole) * 8)] ?? '');
}
const percent = (f: number): string => `${Math.round(f * 100)}%`;

/** An activity's figures in one segment value; own keys only, as values such as `constructor` come from the survey. */
function segmentCell(a: ScoredActivity, segment: string, value: string) {
  const bySegment = Object.hasOwn(a.segments, segment) ? a.segments[segment] : undefined;
  return bySegment !== undefined && Object.hasOwn(bySegment, value) ? bySegment[value] : undefined;
}

/** Segment columns: one per value of each --by segment, as `gender=perempuan`. */
function segmentColumns(report: ScoreReport): { segment: string; value: string }[] {
  return report.meta.by.flatMap((segment) =>
    (report.meta.segments[segment] ?? []).map((value) => ({ segment, value })),
  );
}

function flagText(rt: Runtime, a: ScoredActivity): string {
  return a.flags.map((f) => rt.t(`score.flag.${f}` as MessageKey)).join(', ');
}

function mark(rt: Runtime, report: ScoreReport, a: ScoredActivity): string {
  if (a.feasibility) return `★ ${rt.t('score.mark.feasibility')}`;
  if (a.shortlist) return `• ${rt.t('score.mark.shortlist')}`;
  return a.heldBack ? rt.t('score.mark.heldBack', { n: a.n, minN: report.meta.minN }) : '';
}

/** Rows for the table and Markdown views: the figures a facilitator reads, in the reader's notation. */
function readableRows(
  rt: Runtime,
  report: ScoreReport,
  bar?: 'unicode' | 'ascii',
): { rows: Cell[][]; numeric: number[]; fit: ColumnFit[] } {
  const segs = segmentColumns(report);
  const sens = report.meta.sensitivity !== undefined;
  const fixed = (n: number | null | undefined, digits = 2) => formatNumber(n, digits, rt.lang);
  const b = bar === undefined ? 0 : 1;
  const header: Cell[] = [
    rt.t('score.col.rank'),
    rt.t('score.col.activity'),
    rt.t('score.col.score'),
    ...(bar === undefined ? [] : ['']),
    rt.t('score.col.ci'),
    rt.t('score.col.n'),
    rt.t('score.col.respondents'),
    ...segs.map((s) => `${s.segment}=${s.value}`),
    ...(sens ? [rt.t('score.col.stability'), rt.t('score.col.rankRange')] : []),
    rt.t('score.col.shortlist'),
    rt.t('score.col.flags'),
  ];
  const numeric = [0, 2, 4 + b, 5 + b, ...segs.map((_, i) => 6 + b + i), ...(sens ? [6 + b + segs.length] : [])];
  // What gives way first on a narrow terminal: respondents, then n and notes, the interval, the bar;
  // segment figures move under their rows last.
  const fit: ColumnFit[] = [
    {},
    { shrink: true, min: 14 },
    {},
    ...(bar === undefined ? [] : [{ priority: 4 }]),
    { priority: 3 },
    { priority: 2 },
    { priority: 1 },
    ...segs.map(() => ({ stack: true })),
    ...(sens ? [{ priority: 5 }, { priority: 4 }] : []),
    // The shortlist mark is what the table is for: never left out.
    {},
    { priority: 2 },
  ];
  const rows = report.activities.map((a): Cell[] => [
    a.rank ?? '',
    a.name,
    fixed(a.score),
    ...(bar === undefined ? [] : [scoreBar(a.score, bar)]),
    a.ci95 ? `${fixed(a.ci95[0], 1)}–${fixed(a.ci95[1], 1)}` : '',
    a.n,
    a.respondents,
    ...segs.map(({ segment, value }) => {
      const s = segmentCell(a, segment, value);
      return s && s.score !== null ? `${fixed(s.score)} (#${s.rank ?? '-'})` : '';
    }),
    ...(sens
      ? [
          a.sensitivity ? percent(a.sensitivity.inShortlist) : '',
          a.sensitivity && a.sensitivity.rankMin !== null ? `${a.sensitivity.rankMin}–${a.sensitivity.rankMax}` : '',
        ]
      : []),
    mark(rt, report, a),
    flagText(rt, a),
  ]);
  return { rows: [header, ...rows], numeric, fit };
}

function notes(rt: Runtime, report: ScoreReport): string[] {
  const m = report.meta;
  const lines = [
    rt.t('score.summary', {
      activities: report.activities.length,
      ratings: m.ratings,
      files: m.files.length,
      shortlist: m.shortlist,
      feasibility: m.feasibility,
    }),
  ];
  if (report.activities.some((a) => a.heldBack)) lines.push(rt.t('score.heldBackNote', { minN: m.minN }));
  if (m.sensitivity) {
    lines.push(
      rt.t('score.sensitivityNote', {
        runs: m.sensitivity.runs,
        low: (1 - m.sensitivity.spread).toFixed(2),
        high: (1 + m.sensitivity.spread).toFixed(2),
      }),
    );
  }
  return lines;
}

/** Flat rows for CSV: every figure, one activity per row, criteria and segments as columns. */
function csvRows(report: ScoreReport): Cell[][] {
  const ids = Object.keys(report.meta.weights);
  const segs = segmentColumns(report);
  const sens = report.meta.sensitivity !== undefined;
  const header: Cell[] = [
    'rank',
    'activity',
    'name',
    'score',
    'ci95_low',
    'ci95_high',
    'n',
    'respondents',
    'shortlist',
    'feasibility',
    'held_back',
    'flags',
    'missing_criteria',
    ...ids.flatMap((id) => [`${id}_n`, `${id}_mean`, `${id}_sd`]),
    ...segs.flatMap((s) => [
      `${s.segment}=${s.value}_score`,
      `${s.segment}=${s.value}_n`,
      `${s.segment}=${s.value}_rank`,
    ]),
    ...(sens ? ['in_shortlist', 'rank_min', 'rank_max', 'rank_median'] : []),
  ];
  const rows = report.activities.map((a): Cell[] => [
    a.rank,
    a.activity,
    a.name,
    a.score,
    a.ci95?.[0],
    a.ci95?.[1],
    a.n,
    a.respondents,
    a.shortlist,
    a.feasibility,
    a.heldBack,
    a.flags.join(' '),
    a.missingCriteria.join(' '),
    ...ids.flatMap((id) => [a.criteria[id]?.n, a.criteria[id]?.mean, a.criteria[id]?.sd]),
    ...segs.flatMap(({ segment, value }) => {
      const s = segmentCell(a, segment, value);
      return [s?.score, s?.n, s?.rank];
    }),
    ...(sens
      ? [a.sensitivity?.inShortlist, a.sensitivity?.rankMin, a.sensitivity?.rankMax, a.sensitivity?.rankMedian]
      : []),
  ]);
  return [header, ...rows];
}

/** Renders a score report in one of the formats of `tree score`. */
export function renderScore(
  rt: Runtime,
  report: ScoreReport,
  format: Format,
  options: ScoreRenderOptions = {},
): string {
  if (format === 'json') return toJson(report);
  if (format === 'csv') return toCsv(csvRows(report), options.excel === undefined ? {} : { excel: options.excel });
  const { rows, numeric, fit } = readableRows(rt, report, format === 'table' ? options.bar : undefined);
  if (format === 'md') {
    return `# ${rt.t('score.title')}\n\n${toMarkdownTable(rows, numeric)}\n${notes(rt, report)
      .map((l) => `${l}\n`)
      .join('\n')}`;
  }
  const style = (i: number, text: string): string => {
    const a = report.activities[i];
    if (!options.tty || !a) return text;
    return a.feasibility ? rt.out.green.bold(text) : a.shortlist ? rt.out.bold(text) : rt.out.dim(text);
  };
  const table = fitTable(rows, {
    numeric,
    fit,
    styleRow: style,
    styleHeader: (t) => (options.tty ? rt.out.underline(t) : t),
    ...(options.width === undefined ? {} : { maxWidth: options.width }),
  });
  return wrapToWidth(`${table.text}${fittedNote(rt, table)}\n${notes(rt, report).join('\n')}\n`, options.width);
}
