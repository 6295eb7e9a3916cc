import stringWidth from 'string-width';
import type { Cell } from './csv.js';
import { displayText } from './text.js';

/** How a column behaves when the table is wider than the terminal. */
export interface ColumnFit {
  /** Text that may be shortened with … down to `min` columns (names). */
  shrink?: boolean;
  min?: number;
  /** Dropped before columns of a higher priority; never dropped when undefined. */
  priority?: number;
  /** Moved under its row, as `header value`, when nothing else makes the table fit (segment figures). */
  stack?: boolean;
}

export interface TableOptions {
  /** Columns whose cells are right-aligned (numbers). */
  numeric?: readonly number[];
  /** Styles a whole rendered row, e.g. to highlight a shortlist; applied after padding. */
  styleRow?: (row: number, text: string) => string;
  styleHeader?: (text: string) => string;
  /** The terminal's width: the table is fitted to it (see fitTable). Undefined: full width. */
  maxWidth?: number;
  /** Per column (by index), how it may give way to fit `maxWidth`. */
  fit?: readonly (ColumnFit | undefined)[];
}

export interface FittedTable {
  text: string;
  /** Headers of the columns left out to fit. */
  hidden: string[];
  /** Headers of the columns moved under their rows. */
  stacked: string[];
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return displayText(String(cell));
}

/** Width in terminal columns: CJK and emoji take two, combining marks none. */
export const width = (s: string): number => stringWidth(s);

/** `s` cut to `max` columns with … at the end, by display width. */
export function truncate(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (width(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

const GAP = 2;
const total = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);

/**
 * Renders an aligned table fitted to `maxWidth`: first long names are shortened with …
 * (to their minimum), then the least important columns are left out, then stacked columns
 * move under their rows. Without `maxWidth` (a pipe, a file) it keeps full width.
 */
export function fitTable(rows: readonly (readonly Cell[])[], options: TableOptions = {}): FittedTable {
  if (rows.length === 0) return { text: '', hidden: [], stacked: [] };
  const original = rows.map((row) => row.map(text));
  let cells = original;
  const dropped: number[] = [];
  const columns = Math.max(...cells.map((r) => r.length));
  let keep = Array.from({ length: columns }, (_, c) => c);
  const fitOf = (c: number) => options.fit?.[c] ?? {};
  const widthOf = (c: number) => Math.max(...cells.map((r) => width(r[c] ?? '')));
  const widths = new Map(keep.map((c) => [c, widthOf(c)]));
  const hidden: string[] = [];
  const stacked: number[] = [];
  const max = options.maxWidth;
  const now = () => total(keep.map((c) => widths.get(c) as number));
  if (max !== undefined && now() > max) {
    // 1. Shorten names, the widest first, a column at a time down to its minimum.
    for (const c of keep.filter((k) => fitOf(k).shrink).sort((a, b) => (widths.get(b) ?? 0) - (widths.get(a) ?? 0))) {
      const floor = Math.max(fitOf(c).min ?? 12, width(cells[0]?.[c] ?? ''));
      const over = now() - max;
      if (over <= 0) break;
      const w = Math.max(floor, (widths.get(c) as number) - over);
      if (w < (widths.get(c) as number)) {
        cells = cells.map((r, i) => (i === 0 ? r : r.map((v, k) => (k === c ? truncate(v, w) : v))));
        widths.set(c, w);
      }
    }
    // 2. Leave out the least important columns.
    const droppable = keep
      .filter((c) => fitOf(c).priority !== undefined && !fitOf(c).stack)
      .sort((a, b) => (fitOf(a).priority as number) - (fitOf(b).priority as number) || b - a);
    for (const c of droppable) {
      if (now() <= max) break;
      keep = keep.filter((k) => k !== c);
      dropped.push(c);
    }
    // 3. Move stacked columns under their rows; the room that frees takes back what was left out,
    // the most important first, and then the names' full length.
    if (now() > max) {
      for (const c of keep.filter((k) => fitOf(k).stack)) {
        keep = keep.filter((k) => k !== c);
        stacked.push(c);
      }
      for (const c of [...dropped].reverse()) {
        if (now() + GAP + (widths.get(c) as number) > max) continue;
        keep = [...keep, c].sort((a, b) => a - b);
        dropped.splice(dropped.indexOf(c), 1);
      }
    }
    // Room left after columns went gives the names back as much of their length as fits.
    for (const c of keep.filter((k) => fitOf(k).shrink)) {
      const room = max - now();
      const full = Math.max(...original.map((r) => width(r[c] ?? '')));
      const w = Math.min(full, (widths.get(c) as number) + Math.max(0, room));
      if (w <= (widths.get(c) as number)) continue;
      cells = cells.map((r, i) => r.map((v, k) => (k === c && i > 0 ? truncate(original[i]?.[c] ?? '', w) : v)));
      widths.set(c, w);
    }
    hidden.push(...dropped.map((c) => original[0]?.[c] ?? ''));
  }
  const numeric = new Set(options.numeric ?? []);
  const lines: string[] = [];
  cells.forEach((row, r) => {
    const line = keep
      .map((c) => {
        const w = widths.get(c) as number;
        const value = row[c] ?? '';
        const pad = ' '.repeat(Math.max(0, w - width(value)));
        return numeric.has(c) && r > 0 ? pad + value : value + pad;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
    if (r === 0) {
      lines.push(options.styleHeader ? options.styleHeader(line) : line);
      lines.push(keep.map((c) => '─'.repeat(widths.get(c) as number)).join(' '.repeat(GAP)));
      return;
    }
    lines.push(options.styleRow ? options.styleRow(r - 1, line) : line);
    if (stacked.length > 0) {
      const parts = stacked.map((c) => `${cells[0]?.[c] ?? ''} ${row[c] ?? ''}`).filter((p) => p.trim() !== '');
      lines.push(...wrap(parts, (max ?? 80) - 4).map((l) => `    ${l}`));
    }
  });
  return { text: `${lines.join('\n')}\n`, hidden, stacked: stacked.map((c) => cells[0]?.[c] ?? '') };
}

/** Joins parts with " · " into lines no wider than `max`. */
function wrap(parts: readonly string[], max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const p of parts) {
    const next = line === '' ? p : `${line} · ${p}`;
    if (line !== '' && width(next) > max) {
      out.push(line);
      line = p;
    } else line = next;
  }
  if (line !== '') out.push(line);
  return out;
}

/** Renders an aligned plain-text table at full width; the first row is the header. */
export function toTable(rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  return fitTable(rows, options).text;
}

/** The line under a fitted table naming what was left out and how to see it; '' when nothing was. */
export function fittedNote(
  rt: { t: (key: 'table.hidden', vars: Record<string, string>) => string },
  t: FittedTable,
): string {
  if (t.hidden.length === 0) return '';
  return `${rt.t('table.hidden', { columns: t.hidden.filter((h) => h !== '').join(', ') || '…' })}\n`;
}

/**
 * Text for a terminal of `max` columns: any line wider is wrapped at spaces, its
 * continuation indented two more than the line. Fitted tables are never wider, so only
 * prose (notes, plans, suggestions) is wrapped.
 */
export function wrapToWidth(text: string, max: number | undefined): string {
  if (max === undefined) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (width(line) <= max) return [line];
      const indent = /^ */.exec(line)?.[0] ?? '';
      const out: string[] = [];
      let current = '';
      for (const word of line.slice(indent.length).split(' ')) {
        const lead = out.length === 0 ? indent : `${indent}  `;
        const next = current === '' ? `${lead}${word}` : `${current} ${word}`;
        if (current !== '' && width(next) > max) {
          out.push(current);
          current = `${indent}  ${word}`;
        } else current = next;
      }
      if (current !== '') out.push(current);
      return out;
    })
    .join('\n');
}
