import type { Cell } from './csv.js';
import { displayText } from './text.js';

export interface TableOptions {
  /** Columns whose cells are right-aligned (numbers). */
  numeric?: readonly number[];
  /** Styles a whole rendered row, e.g. to highlight a shortlist; applied after padding. */
  styleRow?: (row: number, text: string) => string;
  styleHeader?: (text: string) => string;
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return displayText(String(cell));
}

// Width in terminal columns; combining marks take none. Good enough for Latin and Indonesian text.
function width(s: string): number {
  return s.normalize('NFC').replace(/\p{M}/gu, '').length;
}

/** Renders an aligned plain-text table; the first row is the header. */
export function toTable(rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) => row.map(text));
  const columns = Math.max(...cells.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  const numeric = new Set(options.numeric ?? []);
  const lines = cells.map((row, r) => {
    const line = widths
      .map((w, c) => {
        const value = row[c] ?? '';
        const pad = ' '.repeat(w - width(value));
        return numeric.has(c) && r > 0 ? pad + value : value + pad;
      })
      .join('  ')
      .trimEnd();
    if (r === 0) return options.styleHeader ? options.styleHeader(line) : line;
    return options.styleRow ? options.styleRow(r - 1, line) : line;
  });
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return `${lines.join('\n')}\n`;
}
