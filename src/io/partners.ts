import type { Runtime } from '../runtime.js';
import { normaliseName } from './survey/columns.js';
import { scanCsv, type CsvScan } from './csv/scan.js';

/** Kinds of institution a TREE programme partners with (DOMAIN.md, Partners). */
export const PARTNER_TYPES = ['training_provider', 'microfinance', 'bank', 'cooperative', 'bumdes', 'ngo', 'government', 'buyer', 'bds'] as const;

/** Columns a partner directory must have; the others (services, sectors, location, ...) are optional. */
export const PARTNER_REQUIRED = ['name', 'type'] as const;

/** True when a header looks like a partner directory. */
export function isPartnerHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(normaliseName));
  return PARTNER_REQUIRED.every((c) => names.has(c)) && (names.has('services') || names.has('sectors'));
}

/** Checks a partner directory: required columns, and a known type on every row. */
export async function checkPartners(rt: Runtime, file: string): Promise<CsvScan> {
  let typeIndex = -1;
  const allowed = new Set<string>(PARTNER_TYPES);
  return scanCsv(rt, file, {
    onHeader(header, scan, report) {
      const names = header.map(normaliseName);
      for (const column of PARTNER_REQUIRED) {
        if (!names.includes(column)) report({ file: scan.file, line: 1, message: rt.t('partners.missingColumn', { column, required: PARTNER_REQUIRED.join(', ') }) });
      }
      typeIndex = names.indexOf('type');
      return typeIndex >= 0 && names.includes('name');
    },
    onRow(fields, line, report) {
      const value = (fields[typeIndex] as string).trim();
      if (!allowed.has(value.toLowerCase())) {
        report({ file: file === '-' ? '<stdin>' : file, line, column: typeIndex + 1, message: rt.t('partners.badType', { value, allowed: PARTNER_TYPES.join(', ') }) });
      }
    },
  });
}
