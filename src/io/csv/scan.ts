import path from 'node:path';
import type { Context } from '../../context.js';
import { normaliseName } from '../../core/names.js';
import type { Problem } from '../../errors.js';
import { type ByteRange, STDIO } from '../files.js';
import type { Encoding } from './decode.js';
import { sniffDelimiter } from './dialect.js';
import { CsvSyntaxError, isBlank, MAX_RECORD_BYTES, readRecords } from './records.js';
import { type CsvSource, openCsvSource } from './source.js';

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
  /** Lines read, blank ones and those inside quoted cells included. */
  lines: number;
  /** Cells read with U+FFFD for bytes that are not UTF-8 (with skipInvalid; else they are problems). */
  invalidCells: number;
  /** True when a CSV syntax error (an unclosed quote, a record too long) ended the read. */
  syntaxError: boolean;
}

/**
 * A part of a file read on its own (see split.ts): its bytes, and for every part but the
 * first, the file's header, which the first part reads. Line numbers in what a part
 * reports count from the part's first line.
 */
export interface ScanPart {
  range: ByteRange;
  header?: string[];
  /** The line break ending the file's records, for a part after the first. */
  recordDelimiter?: '\n' | '\r\n';
}

export interface CsvHandlers {
  /** Sees the header; returns false when the rows cannot be read meaningfully (problems already reported). */
  onHeader?(header: string[], scan: CsvScan, report: (p: Problem) => void): boolean;
  /** Sees each well-formed data row (as many fields as the header). */
  onRow?(fields: string[], line: number, report: (p: Problem) => void): void;
  /**
   * A reader that can be told to read one part of a file (`ctx.where`, a village): the
   * column of the field, found after onHeader; undefined when the file has none (a
   * problem). Rows of other values are then skipped before any check, so they count for
   * nothing and their problems are their own part's. Readers without it read every row.
   */
  whereColumn?(field: string, header: readonly string[]): number | undefined;
}

/** The form in which values of a row filter are compared: as names are (case and spacing aside). */
export function whereKey(value: string): string {
  return normaliseName(value.trim());
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
  /** Read only this part of the file (the delimiter is then given). */
  part?: ScanPart;
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
    lines: 0,
    invalidCells: 0,
    syntaxError: false,
  };
  const report = (p: Problem) => {
    if (scan.problems.length < MAX_PROBLEMS_PER_FILE) scan.problems.push(p);
    else scan.moreProblems++;
  };
  const part = options.part;
  const source = await openCsvSource(ctx, file, options.encoding, part?.range);
  const given = part?.header;
  if (given !== undefined) return scanRest(ctx, scan, source, given, handlers, options, report);
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
  scan.delimiter = options.delimiter ?? sniffDelimiter(source.head);
  return scanRest(ctx, scan, source, undefined, handlers, options, report);
}

/**
 * Reads the records of an opened source: the header (unless given, for a part after the
 * first), then the rows.
 */
async function scanRest(
  ctx: Context,
  scan: CsvScan,
  source: CsvSource,
  given: string[] | undefined,
  handlers: CsvHandlers,
  options: CsvReadOptions,
  report: (p: Problem) => void,
): Promise<CsvScan> {
  scan.encoding = source.encoding;
  if (given !== undefined) scan.delimiter = options.delimiter ?? ',';
  // Cells read with U+FFFD for bytes that are not UTF-8: problems, or warnings with skipInvalid.
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
      else if (scan.invalidCells++ < MAX_PROBLEMS_PER_FILE) scan.warnings.push(p);
    }
  };
  const meter = { bytes: 0 };
  let haveHeader = false;
  // The row filter: the column it reads (-1: every row), the key wanted, and keys met (raw cell → wanted?).
  const where = handlers.whereColumn === undefined ? undefined : ctx.where;
  let whereAt = -1;
  const wanted = where === undefined ? '' : whereKey(where.value);
  const seen = new Map<string, boolean>();
  const other = (fields: readonly string[]): boolean => {
    if (whereAt < 0 || whereAt >= fields.length) return false;
    const raw = fields[whereAt] as string;
    let ours = seen.get(raw);
    if (ours === undefined) {
      ours = whereKey(raw) === wanted;
      if (seen.size < 10_000) seen.set(raw, ours);
    }
    return !ours;
  };
  // The header's columns, for the reader and the row filter; false when rows cannot be read.
  const takeHeader = (header: string[], say: (p: Problem) => void): boolean => {
    haveHeader = true;
    scan.header = header;
    if (handlers.onHeader && !handlers.onHeader(header, scan, say)) return false;
    if (where !== undefined) {
      const at = handlers.whereColumn?.(where.field, header);
      if (at === undefined) {
        say({ file: scan.file, line: 1, message: ctx.t('csv.noWhereColumn', { field: where.field }) });
        return false;
      }
      whereAt = at;
    }
    return true;
  };
  // The first part reports what is wrong with the header; the others only need its columns.
  if (given !== undefined && !takeHeader(given, () => undefined)) {
    source.close();
    return scan;
  }
  const onRecord = (fields: string[], line: number): void => {
    if (!haveHeader) {
      if (source.replaced > 0) checkBytes(fields, line);
      if (isBlank(fields)) return;
      if (
        !takeHeader(
          fields.map((f) => f.trim()),
          report,
        )
      )
        throw STOP;
      return;
    }
    if (isBlank(fields) || other(fields)) return;
    if (source.replaced > 0) checkBytes(fields, line);
    // Kobo writes HXL hashtags as a second header row when the form defines them.
    if (scan.rows === 0 && given === undefined && fields.every((f) => f === '' || f.startsWith('#'))) return;
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
    scan.lines = await readRecords(source.open(), scan.delimiter, onRecord, meter, options.part?.recordDelimiter);
  } catch (error) {
    if (error === STOP) return scan;
    if (!(error instanceof CsvSyntaxError)) throw error;
    scan.encoding = source.encoding;
    scan.syntaxError = true;
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
  // A part leaves the count to whoever joins the parts (split.ts), which adds this once.
  if (options.part === undefined) {
    const more = moreInvalidCells(ctx, scan.file, scan.invalidCells);
    if (more) scan.warnings.push(more);
  }
  if (source.mixed) report({ file: scan.file, message: ctx.t('csv.mixedEncoding') });
  if (!haveHeader) report({ file: scan.file, message: ctx.t('csv.empty') });
  return scan;
}

/** The warning that counts the invalid cells past those listed, if any. */
export function moreInvalidCells(ctx: Context, file: string, count: number): Problem | undefined {
  return count > MAX_PROBLEMS_PER_FILE
    ? { file, message: ctx.t('csv.invalidBytesMore', { count: count - MAX_PROBLEMS_PER_FILE }) }
    : undefined;
}
