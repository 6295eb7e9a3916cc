import { CsvError, parse, type Options } from 'csv-parse';
import { Readable } from 'node:stream';

/** One CSV record and the line it starts on (1-based, as an editor counts). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

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

function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    let i = f.indexOf('\n');
    while (i !== -1) {
      n++;
      i = f.indexOf('\n', i + 1);
    }
  }
  return n;
}

/**
 * Streams CSV records with their starting line. Row length is not enforced here (the
 * caller knows the header and reports ragged rows with their line). Line numbers are
 * kept here rather than read from csv-parse alone: it counts a CRLF inside a quoted field
 * as two lines, which would shift every later line number.
 */
export async function* readRecords(input: string | NodeJS.ReadableStream, delimiter: string): AsyncGenerator<CsvRecord> {
  const options: Options = {
    delimiter,
    info: true,
    relax_column_count: true,
    bom: true,
    skip_empty_lines: false,
  };
  const parser = parse(options);
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  let line = 0;
  let parserLines = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const start = line + 1;
      // A record spanning several lines holds newlines in its fields; count them exactly.
      const span = item.info.lines - parserLines > 1 ? countNewlines(item.record) : 0;
      parserLines = item.info.lines;
      line = start + span;
      yield { fields: item.record, line: start };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const at = Math.max(line + 1, 1);
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw new CsvSyntaxError('unclosedQuote', at, error.message);
      if (error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE') {
        throw new CsvSyntaxError('invalidQuote', at, error.message);
      }
      throw new CsvSyntaxError('parse', at, error.message);
    }
    throw error;
  } finally {
    source.unpipe?.(parser);
  }
}

/** True for a record that is an empty line (csv-parse yields one empty field). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.length === 0 || (fields.length === 1 && (fields[0] ?? '').trim() === '');
}
