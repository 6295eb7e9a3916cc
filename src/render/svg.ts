/**
 * Charts as inline SVG: drawn here from numbers, every text escaped, so the HTML report
 * needs no script and no network to show them, and prints as it shows.
 */
import type { RankedLine } from '../core/report/model.js';
import { displayText } from './text.js';

const esc = (s: string) =>
  displayText(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * A guess at the width of text in em, a little over Arial's and Liberation Sans's (DejaVu
 * Sans, only a fallback, runs wider): SVG text cannot wrap, and the report runs no script
 * to measure it.
 */
function emWidth(text: string): number {
  let em = 0;
  for (const c of text) {
    if (/[\s.,:;'!|()[\]fijlrtI]/.test(c)) em += 0.3;
    else if (/[mwMW@]/.test(c)) em += 0.95;
    else if (/[A-Z0-9]/.test(c)) em += 0.72;
    else if (/[\x21-\x7e]/.test(c)) em += 0.56;
    else em += 1;
  }
  return em;
}

/** The text, shortened with "…" so that it fits in `em` ems. */
function shorten(text: string, em: number): string {
  if (emWidth(text) <= em) return text;
  const chars = [...text];
  while (chars.length > 0 && emWidth(`${chars.join('')}…`) > em) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Horizontal bars of the scores (0–100) with their 95% intervals; the shortlist in a darker colour. */
export function rankingChart(lines: readonly RankedLine[], locale: string): string {
  const scored = lines.filter((l) => l.score !== null);
  if (scored.length === 0) return '';
  const label = 230;
  const plot = 400;
  const row = 22;
  const top = 24;
  const width = label + plot + 60;
  const height = top + scored.length * row + 10;
  const x = (v: number) => label + (plot * Math.max(0, Math.min(100, v))) / 100;
  const fmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="ranking">`,
  ];
  for (const t of [0, 25, 50, 75, 100])
    parts.push(
      `<line x1="${x(t)}" y1="${top - 6}" x2="${x(t)}" y2="${height - 10}" stroke="#ddd"/>`,
      `<text x="${x(t)}" y="${top - 10}" font-size="10" text-anchor="middle" fill="#666">${t}</text>`,
    );
  scored.forEach((l, i) => {
    const y = top + i * row;
    // Cut to what fits left of the bars (12 px text ending 8 px before them), not past the edge.
    const name = shorten(displayText(l.name), (label - 10) / 12);
    const fill = l.feasibility ? '#1b5e20' : l.shortlist ? '#43a047' : '#9e9e9e';
    parts.push(
      `<text x="${label - 8}" y="${y + 14}" font-size="12" text-anchor="end">${esc(name)}</text>`,
      `<rect x="${label}" y="${y + 3}" width="${x(l.score as number) - label}" height="${row - 8}" fill="${fill}"/>`,
    );
    if (l.low !== null && l.high !== null)
      parts.push(
        `<line x1="${x(l.low)}" y1="${y + row / 2}" x2="${x(l.high)}" y2="${y + row / 2}" stroke="#000" stroke-width="1.5"/>`,
        `<line x1="${x(l.low)}" y1="${y + 5}" x2="${x(l.low)}" y2="${y + row - 5}" stroke="#000"/>`,
        `<line x1="${x(l.high)}" y1="${y + 5}" x2="${x(l.high)}" y2="${y + row - 5}" stroke="#000"/>`,
      );
    parts.push(`<text x="${x(100) + 6}" y="${y + 14}" font-size="11">${esc(fmt.format(l.score as number))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
