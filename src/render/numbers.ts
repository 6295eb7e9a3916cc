/**
 * Numbers as a reader of the language writes them: Indonesian puts a comma before the
 * decimals (77,71) and a point between thousands; English the other way round. For tables
 * and Markdown; CSV follows its dialect and JSON is always numbers.
 */
import type { Lang } from '../i18n/index.js';

const cache = new Map<string, Intl.NumberFormat>();

/** `n` with exactly `digits` decimals in the language's notation; '' for none. */
export function formatNumber(n: number | null | undefined, digits: number, lang: Lang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, f);
  }
  return f.format(n);
}
