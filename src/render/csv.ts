import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

/** The CSV dialect Excel reads without a wizard in each language's usual locale. */
export type ExcelDialect = 'en' | 'id';
export const EXCEL_DIALECTS: readonly ExcelDialect[] = ['en', 'id'];

/** Separator and decimal mark of each dialect: Indonesian locales use a decimal comma, so `;` separates. */
const DIALECT: Record<ExcelDialect, { delimiter: string; decimal: string }> = {
  en: { delimiter: ',', decimal: '.' },
  id: { delimiter: ';', decimal: ',' },
};

export interface CsvOptions {
  /**
   * CSV for Excel: a UTF-8 BOM and CRLF line ends, and the separator and decimal mark of
   * the dialect (`en`: `,` and `.`; `id`: `;` and `,`). Default: plain CSV (`,`, `.`, LF).
   */
  excel?: ExcelDialect;
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

function cellText(cell: Cell, decimal: string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return decimal === '.' ? text : text.replace('.', decimal);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutralise(cell);
}

/** Renders rows (the first is the header) as CSV text, safe to open in a spreadsheet. */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const excel = options.excel;
  const { delimiter, decimal } = excel === undefined ? DIALECT.en : DIALECT[excel];
  const text = stringify(
    rows.map((row) => row.map((cell) => cellText(cell, decimal))),
    { delimiter, record_delimiter: excel === undefined ? '\n' : '\r\n' },
  );
  return excel === undefined ? text : `\uFEFF${text}`;
}
