import type { Cell } from './csv.js';
import { displayText } from './text.js';

function escape(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return displayText(String(cell)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** Renders a Markdown (GFM) table; the first row is the header. */
export function toMarkdownTable(rows: readonly (readonly Cell[])[], numeric: readonly number[] = []): string {
  const [header, ...body] = rows;
  if (header === undefined) return '';
  const right = new Set(numeric);
  const line = (row: readonly Cell[]) => `| ${header.map((_, c) => escape(row[c])).join(' | ')} |`;
  const rule = `| ${header.map((_, c) => (right.has(c) ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n') + '\n';
}
