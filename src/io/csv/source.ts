import { isUtf8 } from 'node:buffer';
import { createReadStream, promises as fs } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import type { Context } from '../../context.js';
import { inputError, readInput, resolvePath, STDIO } from '../files.js';
import { bomEncoding, looksBinary, looksUtf16, type Detected, type Encoding } from './decode.js';

/** Bytes read up front to find a BOM, binary content, and the header line. */
const HEAD_BYTES = 64 * 1024;

export interface CsvSource {
  detected: Detected;
  /** The decoded start of the content, enough to sniff the delimiter from the header. */
  head: string;
  /** True when the first bytes are not text. */
  binary: boolean;
  /** True when they look like UTF-16 without a BOM (then also binary, unless forced). */
  utf16: boolean;
  /** Opens the content after any BOM: UTF-8 bytes, or decoded text for other encodings. */
  open(): NodeJS.ReadableStream;
}

/** The raw bytes of an input: its start, a validity check, and a stream from an offset. */
interface RawInput {
  head: Buffer;
  /** True when the head is the whole input, so checking it checks everything. */
  whole: boolean;
  stream(start: number): NodeJS.ReadableStream;
}

/** Standard input cannot be read twice, so it is held in memory. */
async function stdinInput(ctx: Context): Promise<RawInput> {
  const bytes = await readInput(ctx, STDIO);
  return {
    head: bytes,
    whole: true,
    stream: (start) => Readable.from([bytes.subarray(start)]),
  };
}

/** A file is streamed in constant memory. */
async function fileInput(ctx: Context, file: string): Promise<RawInput> {
  const full = resolvePath(ctx, file);
  let head: Buffer;
  try {
    const handle = await fs.open(full, 'r');
    try {
      if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputError(ctx, file, error);
  }
  return {
    head,
    whole: head.length < HEAD_BYTES,
    stream: (start) => createReadStream(full, { start }),
  };
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
 * Raised when a file taken for UTF-8 from its start turns out not to be: the reader starts
 * again as Windows-1252. Rare (Excel files show their accents early), and cheaper than
 * reading every file twice to decide.
 */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8 after all');
  }
}

/** Passes bytes through unchanged, failing with NotUtf8Error at the first invalid sequence. */
function utf8Checked(bytes: NodeJS.ReadableStream): NodeJS.ReadableStream {
  let carry: Buffer = Buffer.alloc(0);
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const all = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeLength(all);
      if (!isUtf8(all.subarray(0, cut))) return done(new NotUtf8Error());
      carry = Buffer.from(all.subarray(cut));
      done(null, chunk);
    },
    flush(done) {
      done(carry.length > 0 && !isUtf8(carry) ? new NotUtf8Error() : null);
    },
  });
  bytes.on('error', (e) => check.destroy(e));
  return bytes.pipe(check);
}

const ICONV_NAMES: Record<Exclude<Encoding, 'utf8'>, string> = {
  utf16le: 'utf16-le',
  utf16be: 'utf16-be',
  // Not Node's TextDecoder: on Node 20 it decodes windows-1252 as Latin-1 (0x96 is no en dash).
  windows1252: 'windows-1252',
};

/**
 * Opens a CSV input for streaming. The encoding is the one forced with --encoding, else
 * the one a BOM announces, else UTF-8 when the bytes are valid UTF-8, else Windows-1252,
 * which is what Excel writes on Windows. A large file is judged by its first 64 KiB and
 * checked as it streams; should it fail later, the stream fails with NotUtf8Error and the
 * caller reads it again as Windows-1252. UTF-8 goes to the parser as bytes, undecoded.
 */
export async function openCsvSource(ctx: Context, file: string, forced?: Encoding): Promise<CsvSource> {
  const input = file === STDIO ? await stdinInput(ctx) : await fileInput(ctx, file);
  const bom = bomEncoding(input.head);
  let detected: Detected;
  let tentative = false;
  if (forced) detected = { encoding: forced, bom: bom?.encoding === forced ? bom.bom : 0 };
  else if (bom) detected = bom;
  else {
    const valid = isUtf8(input.head.subarray(0, input.whole ? input.head.length : completeLength(input.head)));
    detected = { encoding: valid ? 'utf8' : 'windows1252', bom: 0 };
    tentative = valid && !input.whole;
  }
  const body = input.head.subarray(detected.bom);
  const encoding = detected.encoding;
  const iconv = encoding === 'utf8' ? undefined : (await import('iconv-lite')).default;
  const decodeName = encoding === 'utf8' ? undefined : ICONV_NAMES[encoding];
  return {
    detected,
    head: iconv && decodeName ? iconv.decode(body, decodeName) : body.toString('utf8'),
    binary: !encoding.startsWith('utf16') && looksBinary(body),
    utf16: !encoding.startsWith('utf16') && looksUtf16(body),
    open() {
      const bytes = input.stream(detected.bom);
      if (iconv && decodeName) return bytes.pipe(iconv.decodeStream(decodeName));
      return tentative ? utf8Checked(bytes) : bytes;
    },
  };
}
