import type { CriterionFlag } from '../config.js';
import { UsageError } from '../errors.js';
import type { Encoding } from '../io/csv/decode.js';
import { ENCODING_ALIASES } from '../io/csv/decode.js';
import { DELIMITER_NAMES, DELIMITERS } from '../io/csv/dialect.js';
import type { Runtime } from '../runtime.js';

/** A range of a whole-number setting, with its default. */
export interface IntegerRange {
  min: number;
  max: number;
  default: number;
}

/** Reads a whole-number flag in a range, or fails as a usage error naming the flag. */
export function integerFlag(rt: Runtime, flag: string, value: string | undefined, range: IntegerRange): number {
  if (value === undefined) return range.default;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) {
    throw new UsageError(rt.t('flag.badInteger', { flag, value, min: range.min, max: range.max }));
  }
  return n;
}

/**
 * --map: `activity=Q1,market_demand=Q5,gender=sex` (or `;`-separated) into field → column.
 * Which fields are criteria and which segments is decided where the criteria are known.
 */
export function parseMap(rt: Runtime, spec: string): Record<string, string> {
  // Field names are the user's: a null prototype keeps `constructor=Q1` an ordinary entry.
  const map = Object.create(null) as Record<string, string>;
  for (const part of spec.split(spec.includes(';') ? ';' : ',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (eq < 0 || field === '' || column === '') throw new UsageError(rt.t('flag.badMap', { part }));
    map[field] = column;
  }
  return map;
}

/** --delimiter: the character itself, or its name (tab is hard to type in cmd.exe). */
export function delimiterFlag(rt: Runtime, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = Object.hasOwn(DELIMITER_NAMES, value.toLowerCase())
    ? (DELIMITER_NAMES[value.toLowerCase()] as string)
    : value;
  if (!(DELIMITERS as readonly string[]).includes(d)) throw new UsageError(rt.t('flag.badDelimiter', { value }));
  return d;
}

/** --encoding: one of the names in ENCODING_ALIASES. */
export function encodingFlag(rt: Runtime, value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const e = Object.hasOwn(ENCODING_ALIASES, value.toLowerCase()) ? ENCODING_ALIASES[value.toLowerCase()] : undefined;
  if (!e) throw new UsageError(rt.t('flag.badEncoding', { value }));
  return e;
}

/** Splits repeated and comma-separated list values (`--by gender --by age,village`). */
export function listFlag(values: readonly string[] | undefined): string[] {
  return [
    ...new Set(
      (values ?? [])
        .flatMap((b) => b.split(','))
        .map((b) => b.trim())
        .filter((b) => b !== ''),
    ),
  ];
}

/** Criterion ids as assessment.json allows them: they are also column names and JSON keys. */
const CRITERION_ID = /^[a-z][a-z0-9_]*$/;

/**
 * --criteria: `rating,food_rating,price:cost`, the criteria of a survey without a
 * workspace (or instead of its criteria). Each is a benefit unless marked `:cost`.
 */
export function criteriaFlag(rt: Runtime, value: string | undefined): CriterionFlag[] | undefined {
  if (value === undefined) return undefined;
  const out: CriterionFlag[] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const [id = '', direction = 'benefit', ...rest] = part.split(':').map((x) => x.trim());
    if (!CRITERION_ID.test(id) || rest.length > 0 || (direction !== 'benefit' && direction !== 'cost'))
      throw new UsageError(rt.t('flag.badCriteria', { part }));
    if (out.some((c) => c.id === id)) throw new UsageError(rt.t('flag.duplicateCriterion', { id }));
    out.push({ id, direction });
  }
  if (out.length === 0) throw new UsageError(rt.t('flag.badCriteria', { part: value }));
  return out;
}

/** --scale MIN..MAX (`0..2`, `1..5`, `-1..1`, decimals with a point): MIN below MAX. */
export function scaleFlag(rt: Runtime, value: string | undefined): { min: number; max: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:\.\.|–|—)\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(value);
  const min = Number(m?.[1]);
  const max = Number(m?.[2]);
  if (!m || !(min < max)) throw new UsageError(rt.t('flag.badScale', { value }));
  return { min, max };
}
