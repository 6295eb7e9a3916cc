/**
 * A candidate's ratings typed as one line: one character per criterion on a one-digit
 * scale (`53424-125`, `-` for no rating), or numbers separated by spaces or commas on
 * any scale. A 10 × 9 grid is then ten lines of nine keys.
 */
import type { Criterion, ScaleRange } from '../assessment.js';
import { NO_RATING } from './answers.js';

export type RatingLine = (number | null)[];

export type LineProblem =
  | { code: 'count'; expected: number; got: number }
  | { code: 'value'; position: number; criterion: string; text: string; min: number; max: number };

/** Splits a line into its ratings' texts: spaced or comma-separated tokens, else single characters. */
function tokens(line: string): string[] {
  const text = line.trim();
  if (/[\s,;]/.test(text)) return text.split(/[\s,;]+/).filter((t) => t !== '');
  return [...text];
}

/** Reads a line for the criteria (in order) on the scale; a criterion's own scale wins. */
export function parseRatingLine(
  line: string,
  criteria: readonly Pick<Criterion, 'id' | 'scale'>[],
  scale: ScaleRange,
): { ratings: RatingLine } | { problem: LineProblem } {
  const parts = tokens(line);
  if (parts.length !== criteria.length)
    return { problem: { code: 'count', expected: criteria.length, got: parts.length } };
  const ratings: RatingLine = [];
  for (let i = 0; i < parts.length; i++) {
    const text = parts[i] as string;
    const criterion = criteria[i] as Pick<Criterion, 'id' | 'scale'>;
    const { min, max } = criterion.scale ?? scale;
    if (text === NO_RATING) {
      ratings.push(null);
      continue;
    }
    const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(n >= min && n <= max))
      return { problem: { code: 'value', position: i + 1, criterion: criterion.id, text, min, max } };
    ratings.push(n);
  }
  return { ratings };
}

/** True when every criterion's ratings are single digits, so a line needs no separators. */
export function compactScale(criteria: readonly Pick<Criterion, 'scale'>[], scale: ScaleRange): boolean {
  return criteria.every((c) => (c.scale ?? scale).min >= 0 && (c.scale ?? scale).max <= 9);
}

/** A line as it is saved: compact on a one-digit scale, else spaced. */
export function formatRatingLine(ratings: RatingLine, compact: boolean): string {
  return ratings.map((r) => (r === null ? NO_RATING : String(r))).join(compact ? '' : ' ');
}
