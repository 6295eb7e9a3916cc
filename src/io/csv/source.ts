import { isAscii, isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import type iconvLite from 'iconv-lite';
import type { Context } from '../../context.js';
import { type ByteRange, openInput, readError } from '../files.js';
import { bomEncoding, type Detected, type Encoding, looksBinary, looksUtf16 } from './decode.js';

/** Bytes read up front to find a BOM, binary content, and the header line. */
const HEAD_BYTES = 64 * 1024;

/**
 * Bytes weighed, from the first one that is not ASCII, to tell UTF-8 from Windows-1252:
 * enough for many accented names, few enough to hold while deciding.
 */
const EVIDENCE_BYTES = 64 * 1024;

const REPLACEMENT = Buffer.from('\ufffd', 'utf8');

export interface CsvSource {
  /**
   * The encoding read in: forced, announced by a BOM, or decided from the bytes. A file
   * that is ASCII as far as read is UTF-8 until its first other byte decides; final once
   * the stream has ended.
   */
  readonly encoding: Encoding;
  readonly detected: Detected;
  /** The decoded start of the content, enough to sniff the delimiter from the header. */
  head: string;
  /** True when the first bytes are not text. */
  binary: boolean;
  /** True when they look like UTF-16 without a BOM (then also binary, unless forced). */
  utf16: boolean;
  /** Invalid UTF-8 sequences met so far in a file read as UTF-8, each read as U+FFFD. */
  readonly replaced: number;
  /**
   * True, once the stream has ended, for a file judged Windows-1252 by its first accented
   * bytes of which more is valid UTF-8 than not: it mixes encodings.
   */
  readonly mixed: boolean;
  /** The content after any BOM, as UTF-8 bytes, once; reading it is what decides the rest. */
  open(): NodeJS.ReadableStream;
  /** Lets go of an input that will not be read. */
  close(): void;
}

/** Valid multi-byte UTF-8 sequences and invalid ones: the evidence that decides an encoding. */
interface Evidence {
  multi: number;
  invalid: number;
}

/**
 * Walks UTF-8 bytes from `from`, counting valid multi-byte sequences and invalid ones
 * (each maximal invalid part once, as a decoder replaces them) and telling `onInvalid`
 * where each is. Stops before a sequence cut off by the end unless `final`; returns
 * where it stopped.
 */
function walkUtf8(
  b: Uint8Array,
  from: number,
  final: boolean,
  evidence: Evidence,
  onInvalid?: (start: number, end: number) => void,
): number {
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      // Long ASCII runs are skipped a block at a time by the native check.
      if ((i & 1023) === 0 && i + 1024 <= n && isAscii(b.subarray(i, i + 1024))) i += 1024;
      else i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      evidence.invalid++;
      onInvalid?.(i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    let k = 0;
    for (; k < need && j < n; k++, j++) {
      const d = b[j] as number;
      if (d < (k === 0 ? lo : 0x80) || d > (k === 0 ? hi : 0xbf)) break;
    }
    if (k === need) {
      evidence.multi++;
      i = j;
      continue;
    }
    if (j === n && !final) return i;
    evidence.invalid++;
    onInvalid?.(i, j);
    i = j;
  }
  return n;
}

/** Index of the first byte that is not ASCII, or -1. */
function firstHigh(b: Uint8Array, from = 0): number {
  if (isAscii(b.subarray(from))) return -1;
  for (let i = from; i < b.length; i++) if ((b[i] as number) >= 0x80) return i;
  return -1;
}

/**
 * Weighs EVIDENCE_BYTES from the first non-ASCII byte at `from`: UTF-8 when its valid
 * multi-byte sequences outnumber its invalid ones, else Windows-1252. `final` when the
 * bytes reach the end of the input.
 */
function judge(bytes: Buffer, from: number, final: boolean): 'utf8' | 'windows1252' {
  const to = Math.min(bytes.length, from + EVIDENCE_BYTES);
  const evidence: Evidence = { multi: 0, invalid: 0 };
  walkUtf8(bytes.subarray(0, to), from, final && to === bytes.length, evidence);
  return evidence.multi > evidence.invalid ? 'utf8' : 'windows1252';
}

type Iconv = typeof iconvLite;

// Windows-1252 is Latin-1 but for 0x80–0x9F; the five bytes it leaves undefined read as U+FFFD.
const CP1252_C1 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * Windows-1252 bytes as text, with Node's native Latin-1 decoding and a fix-up of
 * 0x80–0x9F: faster than iconv-lite, and the same characters. (Not Node's TextDecoder:
 * on Node 20 it decodes windows-1252 as Latin-1, so 0x96 is no en dash.)
 */
function windows1252Text(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] as string);
}

const ICONV_NAMES = { utf16le: 'utf16-le', utf16be: 'utf16-be' } as const;

/**
 * Turns the bytes of one input into UTF-8 bytes for the parser, chunk by chunk, in one
 * pass. `ascii` is a file that has been ASCII so far: as ASCII reads the same in UTF-8 and
 * Windows-1252, nothing needs reading again when its first other byte comes; the next
 * EVIDENCE_BYTES are held and weighed, and the rest is read in the encoding they show.
 */
class Decoder {
  replaced = 0;
  /** For a file judged Windows-1252: how many of its non-ASCII chunks are valid UTF-8, and how many not. */
  private readonly seen = { utf8: 0, other: 0 };
  private carry: Buffer = Buffer.alloc(0);
  private held: Buffer[] = [];
  private heldFrom = -1;
  private heldBytes = 0;
  private utf16?: { write(b: Buffer): string; end(): string | undefined };

  constructor(
    public mode: Encoding | 'ascii',
    /** Decided from the bytes (not forced, no BOM): a Windows-1252 verdict is checked to the end. */
    private readonly judged: boolean,
    /** Loaded only for UTF-16, the one encoding decoded with iconv-lite. */
    private readonly iconv: Iconv | undefined,
  ) {}

  get mixed(): boolean {
    return this.judged && this.mode === 'windows1252' && this.seen.utf8 > this.seen.other;
  }

  write(chunk: Buffer): Buffer[] {
    if (this.mode !== 'ascii') return this.convert(chunk, false);
    if (this.heldFrom < 0) {
      const high = firstHigh(chunk);
      if (high < 0) return [chunk];
      this.heldFrom = high;
      this.heldBytes = chunk.length - high;
    } else this.heldBytes += chunk.length;
    this.held.push(chunk);
    return this.heldBytes >= EVIDENCE_BYTES ? this.decide(false) : [];
  }

  end(): Buffer[] {
    const out = this.mode === 'ascii' ? this.decide(true) : this.convert(Buffer.alloc(0), true);
    if (this.utf16) {
      const rest = this.utf16.end();
      if (rest) out.push(Buffer.from(rest, 'utf8'));
    }
    return out;
  }

  /** Weighs the bytes held since the first non-ASCII one, picks the encoding, reads them in it. */
  private decide(final: boolean): Buffer[] {
    if (this.held.length === 0) return [];
    const bytes = Buffer.concat(this.held);
    this.mode = judge(bytes, this.heldFrom, final);
    this.held = [];
    return this.convert(bytes, final);
  }

  private convert(chunk: Buffer, final: boolean): Buffer[] {
    switch (this.mode) {
      case 'utf8':
        return this.utf8(chunk, final);
      case 'windows1252': {
        if (this.judged) this.weigh(chunk, final);
        return [isAscii(chunk) ? chunk : Buffer.from(windows1252Text(chunk), 'utf8')];
      }
      default: {
        this.utf16 ??= (this.iconv as Iconv).getDecoder(ICONV_NAMES[this.mode as 'utf16le' | 'utf16be']);
        const decoder = this.utf16;
        const text = decoder.write(chunk);
        return text ? [Buffer.from(text, 'utf8')] : [];
      }
    }
  }

  /**
   * Keeps the evidence of a file read as Windows-1252, a chunk at a time with the native
   * checks (a byte-by-byte walk would slow every Windows-1252 file down): a chunk with
   * bytes past ASCII is either valid UTF-8 or not.
   */
  private weigh(chunk: Buffer, final: boolean): void {
    if (this.carry.length === 0 && isAscii(chunk)) return;
    const all = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = final ? all.length : completeLength(all);
    const part = all.subarray(0, cut);
    this.carry = Buffer.from(all.subarray(cut));
    if (isAscii(part)) return;
    if (isUtf8(part)) this.seen.utf8++;
    else this.seen.other++;
  }

  /** Valid UTF-8 passes untouched; each invalid sequence becomes U+FFFD and is counted. */
  private utf8(chunk: Buffer, final: boolean): Buffer[] {
    const all = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = final ? all.length : completeLength(all);
    if (isUtf8(all.subarray(0, cut))) {
      this.carry = Buffer.from(all.subarray(cut));
      return cut > 0 ? [all.subarray(0, cut)] : [];
    }
    const parts: Buffer[] = [];
    let last = 0;
    const stop = walkUtf8(all, 0, final, { multi: 0, invalid: 0 }, (start, end) => {
      parts.push(all.subarray(last, start), REPLACEMENT);
      last = end;
      this.replaced++;
    });
    parts.push(all.subarray(last, stop));
    this.carry = Buffer.from(all.subarray(stop));
    return [Buffer.concat(parts)];
  }
}

/** Length of the prefix of `bytes` that ends on a UTF-8 character boundary. */
function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  // Look back over at most three continuation bytes (10xxxxxx) for the lead byte.
  for (let back = 1; back <= 4 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/**
 * Opens a CSV input (a file, a pipe or device, or standard input for `-`) and reads it
 * once, as a stream, in bounded memory. The encoding is the one forced with --encoding,
 * else the one a BOM announces, else decided by the bytes themselves: from the first byte
 * that is not ASCII, the next 64 KiB are weighed, and the file is UTF-8 when its valid
 * multi-byte sequences outnumber its invalid ones (a UTF-8 file with a stray byte stays
 * UTF-8, the stray byte read as U+FFFD and counted in `replaced`), else Windows-1252, which
 * is what Excel writes on Windows. Bytes before that point are ASCII and read the same
 * either way, so nothing is ever read twice.
 */
export async function openCsvSource(
  ctx: Context,
  file: string,
  forced?: Encoding,
  /** Only these bytes of a file (see split.ts); a part that starts past 0 has no BOM to look for. */
  range?: ByteRange,
): Promise<CsvSource> {
  const raw = await openInput(ctx, file, range);
  const chunks = raw[Symbol.asyncIterator]();
  let ended = false;
  const taken: Buffer[] = [];
  let size = 0;
  const take = async (): Promise<boolean> => {
    let next: IteratorResult<string | Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw readError(ctx, file, error);
    }
    if (next.done) {
      ended = true;
      return false;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    taken.push(chunk);
    size += chunk.length;
    return true;
  };
  while (size < HEAD_BYTES && (await take()));
  let head = Buffer.concat(taken);

  const bom = range !== undefined && range.start > 0 ? undefined : bomEncoding(head);
  let detected: Detected;
  let mode: Encoding | 'ascii';
  if (forced) {
    detected = { encoding: forced, bom: bom?.encoding === forced ? bom.bom : 0 };
    mode = forced;
  } else if (bom) {
    detected = bom;
    mode = bom.encoding;
  } else {
    // Weigh the bytes after the first non-ASCII one, reading on a little if the head ends first.
    const high = firstHigh(head);
    if (high >= 0) {
      while (size - high < EVIDENCE_BYTES && (await take()));
      head = Buffer.concat(taken);
      mode = judge(head, high, ended);
    } else mode = ended ? 'utf8' : 'ascii';
    detected = { encoding: mode === 'ascii' ? 'utf8' : mode, bom: 0 };
  }
  const body = head.subarray(detected.bom);
  const encoding = detected.encoding;
  const iconv = encoding === 'utf16le' || encoding === 'utf16be' ? (await import('iconv-lite')).default : undefined;
  const decoder = new Decoder(mode, !forced && !bom, iconv);
  const headText =
    encoding === 'utf8'
      ? body.toString('utf8')
      : encoding === 'windows1252'
        ? windows1252Text(body)
        : (iconv as Iconv).decode(body, ICONV_NAMES[encoding]);
  let opened = false;

  async function* content(): AsyncGenerator<Buffer> {
    let done = false;
    try {
      if (body.length > 0) yield* decoder.write(body);
      while (!ended) {
        let next: IteratorResult<string | Buffer>;
        try {
          next = await chunks.next();
        } catch (error) {
          throw readError(ctx, file, error);
        }
        if (next.done) break;
        yield* decoder.write(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
      }
      done = true;
      yield* decoder.end();
    } finally {
      // Stopped early (a header that cannot be read, a syntax error): let go of the input.
      if (!done) void chunks.return?.();
    }
  }

  const current = (): Encoding => (decoder.mode === 'ascii' ? 'utf8' : decoder.mode);
  return {
    get encoding() {
      return current();
    },
    get detected() {
      return { encoding: current(), bom: detected.bom };
    },
    head: headText,
    binary: !encoding.startsWith('utf16') && looksBinary(body),
    utf16: !encoding.startsWith('utf16') && looksUtf16(body),
    get replaced() {
      return decoder.replaced;
    },
    get mixed() {
      return decoder.mixed;
    },
    open() {
      if (opened) throw new Error('a CSV source is read once');
      opened = true;
      return Readable.from(content());
    },
    close() {
      if (!opened) void chunks.return?.();
    },
  };
}
