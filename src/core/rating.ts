import { SCALE_LABELS_ID } from './criteria.js';
import { foldText } from './names.js';

export interface Scale {
  min: number;
  max: number;
}

/** What ratingValue returns for a missing-value marker. */
export const MISSING = Number.NEGATIVE_INFINITY;

const SCALE_LABELS_EN = ['very low', 'low', 'medium', 'high', 'very high'] as const;

// A number, optionally followed by a choice label: "4", "3,5", "4 - Tinggi", "4. High", "5) sangat tinggi".
const LEADING_NUMBER = /^([+-]?\d+(?:[.,]\d+)?)(?:\s*(?:[-–—.:)=]|\s)\s*\D.*)?$/s;

/** An answer as it is compared with the words of a scale (see foldText). */
export const normaliseAnswer = foldText;

/**
 * The answer words of `survey.scale.labels` as a lookup: normalised text → number. Two
 * spellings of one level ("Very needed", "Highly needed") are simply two keys.
 */
export function answerLabels(labels: Readonly<Record<string, number>> | undefined): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, value] of Object.entries(labels ?? {})) map.set(normaliseAnswer(key), value);
  return map;
}

/**
 * Reads one rating cell as a number: the rating, MISSING for a missing-value marker, or
 * NaN when the cell is not a rating. The scale is not checked here. Missing markers are
 * compared trimmed and lower-cased; decimal commas are decimals; a choice label such as
 * `4 - Tinggi` (Kobo's "Labels" export) gives its leading number; the workspace's answer
 * words (`labels`, see answerLabels) are looked up only when the cell is not a number; with
 * `words`, the words of the default 1–5 scale are read too. Runs once per cell of a
 * million-row file, hence the shortcut for the common one-digit cell.
 */
export function ratingValue(
  raw: string,
  missing: ReadonlySet<string>,
  words: boolean,
  labels?: ReadonlyMap<string, number>,
): number {
  if (raw.length === 1) {
    const digit = raw.charCodeAt(0) - 48;
    // A digit can be a declared marker ("9" for "don't know"); the marker wins, as it does for "99".
    if (digit >= 0 && digit <= 9 && !missing.has(raw)) return digit;
  }
  const text = raw.trim();
  // Before the number, so that a numeric marker ("99", "0 - tidak tahu") is not read as a rating.
  if (missing.has(text.toLowerCase())) return MISSING;
  const match = LEADING_NUMBER.exec(text);
  if (match) return Number((match[1] as string).replace(',', '.'));
  // Only cells that are not numbers get this far, so folding white space costs the common cell nothing.
  const word = normaliseAnswer(text);
  if (missing.has(word)) return MISSING;
  const own = labels?.get(word);
  if (own !== undefined) return own;
  if (words) {
    const i = (SCALE_LABELS_ID as readonly string[]).indexOf(word);
    if (i >= 0) return i + 1;
    const j = (SCALE_LABELS_EN as readonly string[]).indexOf(word);
    if (j >= 0) return j + 1;
  }
  return Number.NaN;
}

/** True when the scale is the default 1–5, whose words ratingValue can read. */
export function isWordScale(scale: Scale): boolean {
  return scale.min === 1 && scale.max === 5;
}
