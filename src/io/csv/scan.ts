import path from 'node:path';
import type { Context } from '../../context.js';
import type { Problem } from '../../errors.js';
import { STDIO } from '../files.js';
import type { Encoding } from './decode.js';
import { sniffDelimiter } from './dialect.js';
import { CsvSyntaxError, isBlank, MAX_RECORD_BYTES, readRecords } from './records.js';
import { openCsvSource } from './source.js';

/** Past this many problems in one file, the rest are only counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

export interface CsvScan {
  /** The file as shown in messages (`<stdin>` for `-`). */
  file: string;
  /** The encoding the file was read in (see openCsvSource); '' when it was not read. */
  encoding: Encoding | '';
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
}

export interface CsvReadOptions {
  delimiter?: string;
  /** Forced with --encoding; detected otherwise. */
  encoding?: Encoding;
  /**
   * Read cells holding bytes that are not UTF-8 (in a file that is UTF-8) with U+FFFD in
   * their place, as warnings, instead of reporting them as problems (--skip-invalid).
   */
  skipInvalid?: boolean;
  /** Told the rows read so far, every PROGRESS_EVERY rows, for a sign of life on long files. */
  onProgress?: (file: string, rows: number, bytes: number) => void;
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
 * Reads any CSV export the way every command does: encoding from BOM or the bytes' own
 * evidence, delimiter sniffed from the header, CRLF or LF, Kobo's optional HXL row
 * skipped; ragged rows, syntax errors, records past MAX_RECORD_BYTES and cells with bytes
 * that are not UTF-8 become problems with file:line:column, all of them collected (up to
 * a limit, the rest counted) rather than stopping at the first. Each input is read once.
 */
export async function scanCsv(
  ctx: Context,
  file: string,
  handlers: CsvHandlers = {},
  options: CsvReadOptions = {},
): Promise<CsvScan> {
  const scan: CsvScan = {
    file: shownName(file),
    encoding: '',
    delimiter: '',
    header: [],
    rows: 0,
    problems: [],
    warnings: [],
    moreProblems: 0,
  };
  const report = (p: Problem) => {
    if (scan.problems.length < MAX_PROBLEMS_PER_FILE) scan.problems.push(p);
    else scan.moreProblems++;
  };
  const source = await openCsvSource(ctx, file, options.encoding);
  if (source.binary) {
    source.close();
    report({ file: scan.file, message: ctx.t(source.utf16 ? 'csv.utf16NoBom' : 'csv.binary') });
    return scan;
  }
  if (source.head.trim() === '') {
    source.close();
    report({ file: scan.file, message: ctx.t('csv.empty') });
    return scan;
  }
  scan.encoding = source.encoding;
  scan.delimiter = options.delimiter ?? sniffDelimiter(source.head);
  // Cells read with U+FFFD for bytes that are not UTF-8: problems, or warnings with skipInvalid.
  let badCells = 0;
  const checkBytes = (fields: readonly string[], line: number): void => {
    for (let i = 0; i < fields.length; i++) {
      if (!(fields[i] as string).includes('\ufffd')) continue;
      const p: Problem = {
        file: scan.file,
        line,
        column: i + 1,
        message: ctx.t(options.skipInvalid ? 'csv.invalidBytesRead' : 'csv.invalidBytes'),
      };
      if (!options.skipInvalid) report(p);
      else if (badCells++ < MAX_PROBLEMS_PER_FILE) scan.warnings.push(p);
    }
  };
  const meter = { bytes: 0 };
  let haveHeader = false;
  const onRecord = (fields: string[], line: number): void => {
    if (source.replaced > 0) checkBytes(fields, line);
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
    if ((scan.rows & (PROGRESS_EVERY - 1)) === 0) options.onProgress?.(scan.file, scan.rows, meter.bytes);
    if (fields.length !== scan.header.length) {
      report({
        file: scan.file,
        line,
        column: Math.min(fields.length, scan.header.length) + 1,
        message: ctx.t('csv.ragged', { actual: fields.length, expected: scan.header.length }),
      });
      return;
    }
    handlers.onRow?.(fields, line, report);
  };
  try {
    await readRecords(source.open(), scan.delimiter, onRecord, meter);
  } catch (error) {
    if (error === STOP) return scan;
    if (!(error instanceof CsvSyntaxError)) throw error;
    scan.encoding = source.encoding;
    const key =
      error.kind === 'unclosedQuote'
        ? 'csv.unclosedQuote'
        : error.kind === 'invalidQuote'
          ? 'csv.invalidQuote'
          : error.kind === 'tooLong'
            ? 'csv.tooLong'
            : 'csv.parse';
    report({
      file: scan.file,
      line: error.line,
      message: ctx.t(key, { reason: error.reason, limit: MAX_RECORD_BYTES / (1024 * 1024) }),
    });
    return scan;
  }
  scan.encoding = source.encoding;
  if (badCells > MAX_PROBLEMS_PER_FILE)
    scan.warnings.push({
      file: scan.file,
      message: ctx.t('csv.invalidBytesMore', { count: badCells - MAX_PROBLEMS_PER_FILE }),
    });
  if (source.mixed) report({ file: scan.file, message: ctx.t('csv.mixedEncoding') });
  if (!haveHeader) report({ file: scan.file, message: ctx.t('csv.empty') });
  return scan;
}
