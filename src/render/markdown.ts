import type { Cell } from './csv.js';
import { displayText } from './text.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * A cell as Markdown text that shows what it holds: `|` would split the row, `*` and
 * backticks would format it, and HTML would run in renderers that do not strip it (the
 * HTML report among them).
 */
export function escapeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return displayText(String(cell))
    .replace(/[\\|*`]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c] as string);
}

/** Renders a Markdown (GFM) table; the first row is the header. */
export function toMarkdownTable(rows: readonly (readonly Cell[])[], numeric: readonly number[] = []): string {
  const [header, ...body] = rows;
  if (header === undefined) return '';
  const right = new Set(numeric);
  const line = (row: readonly Cell[]) => `| ${header.map((_, c) => escapeCell(row[c])).join(' | ')} |`;
  const rule = `| ${header.map((_, c) => (right.has(c) ? '---:' : '---')).join(' | ')} |`;
  return `${[line(header), rule, ...body.map(line)].join('\n')}\n`;
}
