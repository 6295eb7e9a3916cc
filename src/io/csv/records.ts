import { CsvError, parse, type Options } from 'csv-parse';
import { Readable } from 'node:stream';

/** A CSV syntax error at a place in the file. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly kind: 'unclosedQuote' | 'invalidQuote' | 'parse',
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

/**
 * Streams CSV records to a synchronous handler, with the line each starts on. A callback
 * rather than an async iterator: it costs no promise per record, and records parsed just
 * before a syntax error still reach the handler (an iterator drops them when the parser
 * fails), so the error can be placed right after the last good record.
 *
 * Row length is not enforced here: the caller knows the header and reports ragged rows.
 * Line numbers are kept here rather than read from csv-parse alone, which counts a CRLF
 * inside a quoted field as two lines and would shift every later line number.
 * A handler that throws stops the parse and the error is passed on.
 */
export function readRecords(input: string | NodeJS.ReadableStream, delimiter: string, onRecord: RecordHandler): Promise<void> {
  // No `info: true`: it builds an object per record and nearly doubles parse time. The
  // parser's live `info` is read instead; records reach 'data' synchronously as parsed,
  // so it describes the record just emitted.
  const options: Options = { delimiter, relax_column_count: true, bom: true, skip_empty_lines: false };
  const parser = parse(options);
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  let line = 0;
  let parserLines = 0;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe?.(parser);
      parser.destroy();
      if (error instanceof CsvError) {
        const at = line + 1;
        const kind = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosedQuote'
          : error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE' ? 'invalidQuote' : 'parse';
        reject(new CsvSyntaxError(kind, at, error.message));
      } else reject(error);
    };
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
    source.on('error', fail);
    parser.on('end', () => {
      if (!settled) {
        settled = true;
        resolve();
      }
    });
    source.pipe(parser);
  });
}

/** True for a record that is an empty line (csv-parse yields one empty field). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.length === 0 || (fields.length === 1 && (fields[0] ?? '').trim() === '');
}
