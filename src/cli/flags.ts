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
