/**
 * Workbooks as bytes, through exceljs (loaded only when a workbook is made or read, so
 * --help and the other commands never load it). Every cell is written as text: an XLSForm
 * is read as strings, and a `1` typed as a number would come back as `1` anyway.
 */
import { Buffer } from 'node:buffer';

export interface SheetRows {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

// A fixed date keeps a workbook's properties the same from run to run.
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

async function excel() {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** An .xlsx with one worksheet per sheet, in order; headers bold and frozen. */
export async function workbookBytes(sheets: readonly SheetRows[]): Promise<Buffer> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tree-assess';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) ws.addRow([...row]);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((column, i) => {
      let width = 8;
      for (const row of sheet.rows) width = Math.max(width, Math.min(60, (row[i] ?? '').length + 2));
      column.width = width;
    });
  }
  const bytes = await wb.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

/** The sheets of an .xlsx as rows of text, trailing empty cells dropped from no row (each row as wide as the header). */
export async function readWorkbook(bytes: Buffer): Promise<SheetRows[]> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    const width = ws.getRow(1).cellCount;
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const v = row.getCell(c).value;
        cells.push(v === null || v === undefined ? '' : String(v));
      }
      rows.push(cells);
    });
    return { name: ws.name, rows };
  });
}
