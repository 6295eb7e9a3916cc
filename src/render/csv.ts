import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Excel in an Indonesian (decimal-comma) locale: UTF-8 BOM, `;` delimiter, decimal commas. */
  excel?: boolean;
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert in spreadsheets by prefixing an apostrophe, which Excel and
 * LibreOffice show as text and do not evaluate. Numbers are left alone: they are data.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: Cell, excel: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return excel ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutralise(cell);
}

/** Renders rows (the first is the header) as CSV text, safe to open in a spreadsheet. */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const excel = options.excel === true;
  const text = stringify(
    rows.map((row) => row.map((cell) => cellText(cell, excel))),
    { delimiter: excel ? ';' : ',', record_delimiter: excel ? '\r\n' : '\n' },
  );
  return excel ? `\uFEFF${text}` : text;
}
