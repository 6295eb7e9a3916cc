import { Readable } from 'node:stream';
import { CsvError, type Options, parse } from 'csv-parse';

/**
 * The longest record read, in bytes: 4 MiB. Far above any survey row (a 1 MB header cell
 * is read), yet a file with no line break within its first 4 MiB, or a cell past that,
 * is a data problem on the line it starts, read in bounded memory, instead of a buffer
 * that grows with the input (`tree score - < /dev/zero` once grew to gigabytes).
 */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** A CSV syntax error at a place in the file. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly kind: 'unclosedQuote' | 'invalidQuote' | 'tooLong' | 'parse',
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Line breaks inside the fields of a record: CRLF, LF or a lone CR (old Mac files) each count once. */
function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    for (let i = 0; i < f.length; i++) {
      const ch = f.charCodeAt(i);
      if (ch === 10 || (ch === 13 && f.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

/** Receives each record and the line it starts on (1-based, as an editor counts). */
export type RecordHandler = (fields: string[], line: number) => void;

type Chunk = Buffer | string;

/**
 * Watches the run of bytes (or characters) since the last line break, LF or CR, outside
 * quotes or not: returns where in a chunk the run passes MAX_RECORD_BYTES, or -1. Only
 * the first and last break of a chunk are looked for (a native search each), so the cost
 * is a few scans per chunk, whatever the number of lines in it.
 */
class LineRun {
  private run = 0;

  overflow(chunk: Chunk): number {
    const n = chunk.length;
    for (let from = 0; from < n; from += MAX_RECORD_BYTES) {
      // In pieces no longer than the limit, only the runs at their ends can pass it.
      const to = Math.min(n, from + MAX_RECORD_BYTES);
      const first = firstBreak(chunk, from, to);
      if (first < 0) {
        if (this.run + (to - from) > MAX_RECORD_BYTES) return from + (MAX_RECORD_BYTES - this.run);
        this.run += to - from;
        continue;
      }
      if (this.run + (first - from) > MAX_RECORD_BYTES) return from + (MAX_RECORD_BYTES - this.run);
      this.run = to - 1 - lastBreak(chunk, from, to);
    }
    return -1;
  }
}

function firstBreak(chunk: Chunk, from: number, to: number): number {
  const lf = typeof chunk === 'string' ? chunk.indexOf('\n', from) : chunk.indexOf(10, from);
  const cr = typeof chunk === 'string' ? chunk.indexOf('\r', from) : chunk.indexOf(13, from);
  const first = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return first >= to ? -1 : first;
}

function lastBreak(chunk: Chunk, from: number, to: number): number {
  const lf = typeof chunk === 'string' ? chunk.lastIndexOf('\n', to - 1) : chunk.lastIndexOf(10, to - 1);
  const cr = typeof chunk === 'string' ? chunk.lastIndexOf('\r', to - 1) : chunk.lastIndexOf(13, to - 1);
  return Math.max(lf, cr, from - 1);
}

/**
 * Streams CSV records to a synchronous handler, with the line each starts on. A callback
 * rather than an async iterator: it costs no promise per record, and records parsed just
 * before a syntax error still reach the handler (an iterator drops them when the parser
 * fails), so the error can be placed right after the last good record.
 *
 * Row length is not enforced here: the caller knows the header and reports ragged rows.
 * Line numbers are kept here rather than read from csv-parse alone, which counts a CRLF
 * inside a quoted field as two lines and would shift every later line number.
 * A record longer than MAX_RECORD_BYTES fails as `tooLong` on the line it starts: a cell
 * through csv-parse's max_record_size, a line without a break (even one of delimiters
 * only, which csv-parse does not count) through the watch on line breaks here.
 * A handler that throws stops the parse and the error is passed on. Resolves with the
 * number of lines read (the last line of the last record).
 */
export function readRecords(
  input: string | NodeJS.ReadableStream,
  delimiter: string,
  onRecord: RecordHandler,
  /** Counts the input handed to the parser so far, for a progress line's share done. */
  meter?: { bytes: number },
  /**
   * The line break that ends a record. csv-parse takes the first it meets; a part of a
   * file (split.ts) is told the one the file's start showed, so it reads as the whole does.
   */
  recordDelimiter?: '\n' | '\r\n',
): Promise<number> {
  // No `info: true`: it builds an object per record and nearly doubles parse time. The
  // parser's live `info` is read instead; records reach 'data' synchronously as parsed,
  // so it describes the record just emitted.
  const options: Options = {
    delimiter,
    relax_column_count: true,
    bom: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
    ...(recordDelimiter === undefined ? {} : { record_delimiter: recordDelimiter }),
  };
  const parser = parse(options);
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  const watch = new LineRun();
  let line = 0;
  let parserLines = 0;
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    let stopped = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.removeListener('data', onData);
      (source as { destroy?: () => void }).destroy?.();
      parser.destroy();
      if (error instanceof CsvError) {
        const at = line + 1;
        const kind =
          error.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'unclosedQuote'
            : error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE'
              ? 'invalidQuote'
              : error.code === 'CSV_MAX_RECORD_SIZE'
                ? 'tooLong'
                : 'parse';
        reject(new CsvSyntaxError(kind, at, error.message));
      } else reject(error);
    };
    const onData = (chunk: Chunk) => {
      if (settled) return;
      if (meter !== undefined) meter.bytes += chunk.length;
      const over = watch.overflow(chunk);
      if (over >= 0) {
        // The parser takes what comes before, so every record before the long one is read
        // (and counted) before the error is placed on the line after them.
        stopped = true;
        source.removeListener('data', onData);
        source.pause();
        parser.write(chunk.slice(0, over));
        setImmediate(() =>
          fail(new CsvSyntaxError('tooLong', line + 1, `no line break within ${MAX_RECORD_BYTES} bytes`)),
        );
        return;
      }
      if (!parser.write(chunk)) source.pause();
    };
    parser.on('drain', () => {
      if (!stopped) source.resume();
    });
    parser.on('data', (record: string[]) => {
      if (settled) return;
      const start = line + 1;
      // A record spanning several lines holds newlines in its fields; count them exactly.
      const lines = parser.info.lines;
      const span = lines - parserLines > 1 ? countNewlines(record) : 0;
      parserLines = lines;
      line = start + span;
      try {
        onRecord(record, start);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('error', fail);
    parser.on('end', () => {
      if (!settled) {
        settled = true;
        resolve(line);
      }
    });
    source.on('error', fail);
    source.on('end', () => parser.end());
    source.on('data', onData);
  });
}

/** True for a record that is an empty line (csv-parse yields one empty field). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.length === 0 || (fields.length === 1 && (fields[0] ?? '').trim() === '');
}
