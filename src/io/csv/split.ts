/**
 * Reading one large CSV file in parts, on several cores: the file is cut at line breaks
 * into byte ranges, each read by scanCsv on its own (the first reads the header, the
 * others are given it), and what the parts found is joined back in file order.
 *
 * A cut at a line break is a cut between records unless the break is inside a quoted
 * cell. The parts say which: a part that starts on a record boundary and ends inside a
 * quoted cell fails with a syntax error. So the parts are used only when every one read
 * cleanly (no syntax error, UTF-8 or a forced single-byte encoding); otherwise the caller
 * reads the file whole, which gives exactly the answer, errors included, it always gave.
 */
import fs from 'node:fs/promises';
import type { Context } from '../../context.js';
import type { Problem } from '../../errors.js';
import { readOnce, resolvePath } from '../files.js';
import { type PartJob, type PartWork, runParts } from '../parallel.js';
import type { Encoding } from './decode.js';
import { sniffDelimiter } from './dialect.js';
import { isBlank, readRecords } from './records.js';
import { type CsvScan, MAX_PROBLEMS_PER_FILE, moreInvalidCells, type ScanPart, shownName } from './scan.js';
import { openCsvSource } from './source.js';

/** Files smaller than this are read whole: a part must pay for the thread that reads it. */
export const PART_MIN_BYTES = 4 * 1024 * 1024;

/** How far past a cut to look for a line that starts a record before giving up on cutting there. */
const BREAK_SEARCH_BYTES = 1024 * 1024;

export interface SplitPlan {
  delimiter: string;
  header: string[];
  parts: ScanPart[];
}

/**
 * The first non-blank record of a text, the header, if the text holds it whole; with the
 * length of the lines up to it, in characters.
 */
async function headerOf(text: string, delimiter: string): Promise<{ header: string[]; length: number } | undefined> {
  let header: string[] | undefined;
  let next = 0;
  const STOP = Symbol('stop');
  try {
    await readRecords(text, delimiter, (fields, line) => {
      if (header !== undefined) {
        // A record after the header began, so the header was read to its end.
        next = line;
        throw STOP;
      }
      if (!isBlank(fields)) header = fields.map((f) => f.trim());
    });
  } catch (error) {
    if (error !== STOP) return undefined;
  }
  if (header === undefined || next === 0) return undefined;
  // Past the line breaks before the next record's line, as readRecords counts them.
  let length = 0;
  for (let breaks = 0; breaks < next - 1; breaks++) {
    const lf = text.indexOf('\n', length);
    const cr = text.indexOf('\r', length);
    const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    length = at + (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1);
  }
  return { header, length };
}

/** Quotes in a run of bytes: an odd count means a quoted cell goes on past the run's end or began before it. */
function quotes(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(34, from); i >= 0 && i < to; i = bytes.indexOf(34, i + 1)) n++;
  return n;
}

/**
 * The line break csv-parse takes as the end of every record: the first one outside quotes
 * (a CR alone, a LF or CRLF). Lines of a file that mixes them are split at that one only.
 */
function recordBreak(text: string): string | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
  }
  return undefined;
}

/**
 * Where a line that starts a record most likely begins, at or after `from`: just past a
 * record break (a LF, or a CRLF in a CRLF file, where a lone LF is part of a cell) whose
 * lines on either side hold an even number of quotes (a break inside a quoted cell of two
 * lines has an odd count on both sides). Only a likelihood: the parts check it. -1 when
 * none is found near.
 */
async function nextLineStart(handle: fs.FileHandle, from: number, crlf: boolean): Promise<number> {
  const buffer = Buffer.alloc(BREAK_SEARCH_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
  const bytes = buffer.subarray(0, bytesRead);
  let before = bytes.indexOf(10);
  if (before < 0) return -1;
  let at = bytes.indexOf(10, before + 1);
  while (at >= 0) {
    const after = bytes.indexOf(10, at + 1);
    if (after < 0) break;
    const isBreak = !crlf || bytes[at - 1] === 13;
    if (isBreak && quotes(bytes, before + 1, at) % 2 === 0 && quotes(bytes, at + 1, after) % 2 === 0)
      return from + at + 1;
    before = at;
    at = after;
  }
  return -1;
}

/**
 * How to read a file in up to `count` even parts of at least PART_MIN_BYTES; undefined
 * when the file is read whole: standard input or a pipe, a small file, UTF-16, binary
 * content, a header not within the first bytes. (Even parts: a worker thread starts and
 * sets up in about a tenth of a second, which the first part, read in this thread while
 * it plans and joins, spends as well.)
 */
export async function planSplit(
  ctx: Context,
  file: string,
  count: number,
  options: {
    delimiter?: string;
    encoding?: Encoding;
    /** The smallest part (default PART_MIN_BYTES; tests cut small files). */
    minPartBytes?: number;
  } = {},
): Promise<SplitPlan | undefined> {
  if (count < 2 || (await readOnce(ctx, file))) return undefined;
  let size: number;
  try {
    const stat = await fs.stat(resolvePath(ctx, file));
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  const n = Math.min(count, Math.floor(size / (options.minPartBytes ?? PART_MIN_BYTES)));
  if (n < 2) return undefined;
  if (options.encoding === 'utf16le' || options.encoding === 'utf16be') return undefined;
  const source = await openCsvSource(ctx, file, options.encoding);
  source.close();
  if (source.binary || source.detected.encoding.startsWith('utf16') || source.head.trim() === '') return undefined;
  const delimiter = options.delimiter ?? sniffDelimiter(source.head);
  const found = await headerOf(source.head, delimiter);
  const recordDelimiter = recordBreak(source.head);
  // A file whose records end in a CR alone has LFs only inside cells: no place to cut.
  if (found === undefined || (recordDelimiter !== '\n' && recordDelimiter !== '\r\n')) return undefined;
  const { header } = found;
  const headerText = source.head.slice(0, found.length);
  const headerEnd =
    source.detected.bom +
    (source.encoding === 'windows1252' ? headerText.length : Buffer.byteLength(headerText, 'utf8'));
  const cuts: number[] = [0];
  const handle = await fs.open(resolvePath(ctx, file), 'r');
  try {
    for (let k = 1; k < n; k++) {
      const target = Math.floor((size * k) / n);
      const start = await nextLineStart(handle, target, recordDelimiter === '\r\n');
      // The header must lie wholly in the first part; cuts must move forward.
      if (start < 0 || start >= size || start <= headerEnd || start <= (cuts.at(-1) as number)) return undefined;
      cuts.push(start);
    }
  } finally {
    await handle.close();
  }
  // The last part reads to the end, wherever it is by then, as one read would.
  const parts = cuts.map(
    (start, k): ScanPart => ({
      range: k + 1 < cuts.length ? { start, end: cuts[k + 1] as number } : { start },
      ...(k > 0 ? { header, recordDelimiter } : {}),
    }),
  );
  return { delimiter, header, parts };
}

/**
 * True when the parts can stand for the whole file: each read cleanly, in one encoding in
 * which a line break is a line break wherever it falls (UTF-8, or Windows-1252 when forced).
 */
export function partsHold(scans: readonly CsvScan[], forced: Encoding | undefined): boolean {
  return scans.every(
    (s) =>
      !s.syntaxError && (forced === undefined ? s.encoding === 'utf8' : forced === 'utf8' || forced === 'windows1252'),
  );
}

/** A problem of a part, placed in the file: its line counted from the file's start. */
function placed(p: Problem, offset: number): Problem {
  return p.line === undefined || offset === 0 ? p : { ...p, line: p.line + offset };
}

/**
 * The scan of the whole file from the scans of its parts, in order: rows and lines added
 * up, line numbers moved to the file's, problems kept up to MAX_PROBLEMS_PER_FILE as a
 * read of the whole file keeps them.
 */
export function joinScans(ctx: Context, file: string, scans: readonly CsvScan[]): CsvScan {
  const first = scans[0] as CsvScan;
  const joined: CsvScan = {
    ...first,
    file: shownName(file),
    rows: 0,
    lines: 0,
    problems: [],
    warnings: [],
    moreProblems: 0,
    invalidCells: 0,
    syntaxError: scans.some((s) => s.syntaxError),
  };
  const invalidCell = ctx.t('csv.invalidBytesRead');
  let listed = 0;
  for (const s of scans) {
    const offset = joined.lines;
    for (const p of s.problems) {
      if (joined.problems.length < MAX_PROBLEMS_PER_FILE) joined.problems.push(placed(p, offset));
      else joined.moreProblems++;
    }
    joined.moreProblems += s.moreProblems;
    for (const w of s.warnings) {
      // Invalid cells are listed up to the same limit as in one read, the rest counted.
      if (w.message === invalidCell && listed++ >= MAX_PROBLEMS_PER_FILE) continue;
      joined.warnings.push(placed(w, offset));
    }
    joined.rows += s.rows;
    joined.lines += s.lines;
  }
  joined.invalidCells = scans.reduce((n, s) => n + s.invalidCells, 0);
  const more = moreInvalidCells(ctx, joined.file, joined.invalidCells);
  if (more) joined.warnings.push(more);
  return joined;
}

/** What a part's work is given: the part of the file and how to read it, and the caller's own input. */
export interface PartRead<Q> {
  input: Q;
  file: string;
  part: ScanPart;
  delimiter: string;
  encoding?: Encoding;
}

export interface PartsOptions<Q, R> {
  /** Threads to read with; 1 or fewer reads nothing here. */
  jobs: number;
  delimiter?: string;
  encoding?: Encoding;
  /** The work as a worker thread imports it, and the same work for this thread. */
  job: PartJob;
  work: PartWork<PartRead<Q>, R>;
  /** Plain data every part is given (it crosses to the worker threads). */
  input: Q;
  /** Rows and bytes read so far, over all parts. */
  onProgress?: (rows: number, bytes: number) => void;
  /** The smallest part (default PART_MIN_BYTES; tests cut small files). */
  minPartBytes?: number;
}

/**
 * Reads a large file in parts, on `jobs` threads: what each part's work answered, in file
 * order, and the scan of the whole file joined from theirs. Undefined when the file is not
 * cut (see planSplit) or the parts cannot stand for it (a part failed, a cut fell inside a
 * quoted cell, a part is not UTF-8): then the caller reads it whole, as it always did.
 */
export async function readInParts<Q, R extends { scan: CsvScan }>(
  ctx: Context,
  file: string,
  o: PartsOptions<Q, R>,
): Promise<{ parts: R[]; scan: CsvScan } | undefined> {
  const csv = {
    ...(o.delimiter === undefined ? {} : { delimiter: o.delimiter }),
    ...(o.encoding === undefined ? {} : { encoding: o.encoding }),
  };
  const plan =
    o.jobs > 1
      ? await planSplit(ctx, file, o.jobs, {
          ...csv,
          ...(o.minPartBytes === undefined ? {} : { minPartBytes: o.minPartBytes }),
        })
      : undefined;
  if (plan === undefined) return undefined;
  const rows = plan.parts.map(() => 0);
  const bytes = plan.parts.map(() => 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const outcomes = await runParts(
    o.job,
    o.work,
    plan.parts.map((part) => ({ input: o.input, file, part, ...csv, delimiter: plan.delimiter })),
    o.onProgress &&
      ((k, r, b) => {
        rows[k] = r;
        bytes[k] = b;
        o.onProgress?.(sum(rows), sum(bytes));
      }),
  );
  const parts = outcomes.flatMap((x) => ('value' in x ? [x.value] : []));
  const scans = parts.map((p) => p.scan);
  if (parts.length < outcomes.length || !partsHold(scans, o.encoding)) return undefined;
  return { parts, scan: joinScans(ctx, file, scans) };
}
