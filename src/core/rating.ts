import { SCALE_LABELS_ID } from './criteria.js';

export type RatingCell =
  | { kind: 'value'; value: number }
  | { kind: 'missing' }
  | { kind: 'notNumber' }
  | { kind: 'outOfScale'; value: number };

export interface Scale {
  min: number;
  max: number;
}

const SCALE_LABELS_EN = ['very low', 'low', 'medium', 'high', 'very high'] as const;

// A number, optionally followed by a choice label: "4", "3,5", "4 - Tinggi", "4. High", "5) sangat tinggi".
const LEADING_NUMBER = /^([+-]?\d+(?:[.,]\d+)?)(?:\s*(?:[-–—.:)=]|\s)\s*\D.*)?$/s;

/**
 * Reads one rating cell. Missing markers are compared trimmed and lower-cased; decimal
 * commas are decimals; a choice label such as `4 - Tinggi` (Kobo's "Labels" export) gives
 * its leading number; on the 1–5 scale, the bare words of the default scale are read too.
 */
export function parseRating(raw: string, scale: Scale, missing: ReadonlySet<string>): RatingCell {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (missing.has(lower)) return { kind: 'missing' };
  const match = LEADING_NUMBER.exec(text);
  let value: number | undefined;
  if (match) value = Number((match[1] as string).replace(',', '.'));
  else if (scale.min === 1 && scale.max === 5) {
    const word = lower.replace(/\s+/g, ' ');
    const i = (SCALE_LABELS_ID as readonly string[]).indexOf(word);
    const j = (SCALE_LABELS_EN as readonly string[]).indexOf(word);
    if (i >= 0) value = i + 1;
    else if (j >= 0) value = j + 1;
  }
  if (value === undefined || !Number.isFinite(value)) return { kind: 'notNumber' };
  if (value < scale.min || value > scale.max) return { kind: 'outOfScale', value };
  return { kind: 'value', value };
}
