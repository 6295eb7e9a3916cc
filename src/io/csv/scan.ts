import path from 'node:path';
import type { Problem } from '../../errors.js';
import type { Context } from '../../context.js';
import { STDIO } from '../files.js';
import type { Encoding } from './decode.js';
import { sniffDelimiter } from './dialect.js';
import { CsvSyntaxError, isBlank, readRecords } from './records.js';
import { NotUtf8Error, openCsvSource } from './source.js';

/** Past this many problems in one file, the rest are only counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

export interface CsvScan {
  /** The file as shown in messages (`<stdin>` for `-`). */
  file: string;
  encoding: string;
  delimiter: string;
  header: string[];
  /** Data rows read (blank lines and Kobo's HXL tag row not counted). */
  rows: number;
  problems: Problem[];
  /** Worth knowing, but not making the file invalid. */
  warnings: Problem[];
  /** Problems beyond MAX_PROBLEMS_PER_FILE, counted but not kept. */
  moreProblems: number;
}

export interface CsvHandlers {
  /** Sees the header; returns false when the rows cannot be read meaningfully (problems already reported). */
  onHeader?(header: string[], scan: CsvScan, report: (p: Problem) => void): boolean;
  /** Sees each well-formed data row (as many fields as the header). */
  onRow?(fields: string[], line: number, report: (p: Problem) => void): void;
  /**
   * Called when a file taken for UTF-8 turns out to be Windows-1252 part-way: everything
   * seen so far is void, and the scan starts again from the header.
   */
  onRestart?(): void;
}

export interface CsvReadOptions {
  delimiter?: string;
  /** Forced with --encoding; detected otherwise. */
  encoding?: Encoding;
  /** Told the rows read so far, every PROGRESS_EVERY rows, for a sign of life on long files. */
  onProgress?: (file: string, rows: number) => void;
}

/** Rows between two progress reports (a power of two: the test is a mask). */
export const PROGRESS_EVERY = 65_536;

// Thrown from the record handler to end a read early; never leaves this module.
const STOP = Symbol('stop');

/** The name of a file in messages. */
export function shownName(file: string): string {
  return file === STDIO ? '<stdin>' : path.normalize(file);
}

/**
 * Reads any CSV export the way every command does: encoding from BOM or validity,
 * delimiter sniffed from the header, CRLF or LF, Kobo's optional HXL row skipped; ragged
 * rows and syntax errors become problems with file:line:column, all of them collected
 * (up to a limit) rather than stopping at the first.
 */
export async function scanCsv(ctx: Context, file: string, handlers: CsvHandlers = {}, options: CsvReadOptions = {}): Promise<CsvScan> {
  const scan: CsvScan = { file: shownName(file), encoding: '', delimiter: '', header: [], rows: 0, problems: [], warnings: [], moreProblems: 0 };
  const report = (p: Problem) => {
    if (scan.problems.length < MAX_PROBLEMS_PER_FILE) scan.problems.push(p);
    else scan.moreProblems++;
  };
  const source = await openCsvSource(ctx, file, options.encoding);
  if (source.binary) {
    report({ file: scan.file, message: ctx.t(source.utf16 ? 'csv.utf16NoBom' : 'csv.binary') });
    return scan;
  }
  if (source.head.trim() === '') {
    report({ file: scan.file, message: ctx.t('csv.empty') });
    return scan;
  }
  scan.encoding = source.detected.encoding;
  scan.delimiter = options.delimiter ?? sniffDelimiter(source.head);
  let haveHeader = false;
  const onRecord = (fields: string[], line: number): void => {
    if (!haveHeader) {
      if (isBlank(fields)) return;
      haveHeader = true;
      scan.header = fields.map((f) => f.trim());
      if (handlers.onHeader && !handlers.onHeader(scan.header, scan, report)) throw STOP;
      return;
    }
    if (isBlank(fields)) return;
    // Kobo writes HXL hashtags as a second header row when the form defines them.
    if (scan.rows === 0 && fields.every((f) => f === '' || f.startsWith('#'))) return;
    scan.rows++;
    if ((scan.rows & (PROGRESS_EVERY - 1)) === 0) options.onProgress?.(scan.file, scan.rows);
    if (fields.length !== scan.header.length) {
      report({
        file: scan.file, line, column: Math.min(fields.length, scan.header.length) + 1,
        message: ctx.t('csv.ragged', { actual: fields.length, expected: scan.header.length }),
      });
      return;
    }
    handlers.onRow?.(fields, line, report);
  };
  try {
    await readRecords(source.open(), scan.delimiter, onRecord);
  } catch (error) {
    if (error === STOP) return scan;
    if (error instanceof NotUtf8Error) {
      handlers.onRestart?.();
      return scanCsv(ctx, file, handlers, { ...options, encoding: 'windows1252' });
    }
    if (!(error instanceof CsvSyntaxError)) throw error;
    const key = error.kind === 'unclosedQuote' ? 'csv.unclosedQuote' : error.kind === 'invalidQuote' ? 'csv.invalidQuote' : 'csv.parse';
    report({ file: scan.file, line: error.line, message: ctx.t(key, { reason: error.reason }) });
    return scan;
  }
  if (!haveHeader) report({ file: scan.file, message: ctx.t('csv.empty') });
  return scan;
}
