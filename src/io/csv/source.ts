import { isUtf8 } from 'node:buffer';
import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import type { Runtime } from '../../runtime.js';
import { inputError, readInput, resolvePath, STDIO } from '../files.js';
import { bomEncoding, looksBinary, type Detected, type Encoding } from './decode.js';

/** Bytes read up front to find a BOM, binary content, and the header line. */
const HEAD_BYTES = 64 * 1024;

export interface CsvSource {
  detected: Detected;
  /** The decoded start of the content, enough to sniff the delimiter from the header. */
  head: string;
  /** True when the first bytes are not text. */
  binary: boolean;
  /** Opens the content after any BOM: UTF-8 bytes, or decoded text for other encodings. */
  open(): NodeJS.ReadableStream;
}

/** The raw bytes of an input: its start, a validity check, and a stream from an offset. */
interface RawInput {
  head: Buffer;
  isUtf8(): Promise<boolean>;
  stream(start: number): NodeJS.ReadableStream;
}

/** Standard input cannot be read twice, so it is held in memory. */
async function stdinInput(rt: Runtime): Promise<RawInput> {
  const bytes = await readInput(rt, STDIO);
  return {
    head: bytes.subarray(0, HEAD_BYTES),
    isUtf8: async () => isUtf8(bytes),
    stream: (start) => Readable.from([bytes.subarray(start)]),
  };
}

/** A file is streamed in constant memory; the UTF-8 check is a first pass over it. */
async function fileInput(rt: Runtime, file: string): Promise<RawInput> {
  const full = resolvePath(rt, file);
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
    throw inputError(rt, file, error);
  }
  return {
    head,
    async isUtf8() {
      // Streaming TextDecoder keeps a character split across two chunks whole.
      const decoder = new TextDecoder('utf-8', { fatal: true });
      try {
        for await (const chunk of createReadStream(full, { highWaterMark: 1 << 20 })) decoder.decode(chunk as Buffer, { stream: true });
        decoder.decode();
        return true;
      } catch (error) {
        if (error instanceof TypeError) return false;
        throw inputError(rt, file, error);
      }
    },
    stream: (start) => createReadStream(full, { start, highWaterMark: 1 << 20 }),
  };
}

const ICONV_NAMES: Record<Exclude<Encoding, 'utf8'>, string> = {
  utf16le: 'utf16-le',
  utf16be: 'utf16-be',
  // Not Node's TextDecoder: on Node 20 it decodes windows-1252 as Latin-1 (0x96 is no en dash).
  windows1252: 'windows-1252',
};

/**
 * Opens a CSV input for streaming. The encoding is the one forced with --encoding, else
 * the one a BOM announces, else UTF-8 when every byte is valid UTF-8, else Windows-1252,
 * which is what Excel writes on Windows. UTF-8 goes to the parser as bytes, undecoded.
 */
export async function openCsvSource(rt: Runtime, file: string, forced?: Encoding): Promise<CsvSource> {
  const input = file === STDIO ? await stdinInput(rt) : await fileInput(rt, file);
  const bom = bomEncoding(input.head);
  let detected: Detected;
  if (forced) detected = { encoding: forced, bom: bom?.encoding === forced ? bom.bom : 0 };
  else detected = bom ?? { encoding: (await input.isUtf8()) ? 'utf8' : 'windows1252', bom: 0 };
  const body = input.head.subarray(detected.bom);
  const encoding = detected.encoding;
  const iconv = encoding === 'utf8' ? undefined : (await import('iconv-lite')).default;
  const decodeName = encoding === 'utf8' ? undefined : ICONV_NAMES[encoding];
  return {
    detected,
    head: iconv && decodeName ? iconv.decode(body, decodeName) : body.toString('utf8'),
    binary: !encoding.startsWith('utf16') && looksBinary(body),
    open() {
      const bytes = input.stream(detected.bom);
      return iconv && decodeName ? bytes.pipe(iconv.decodeStream(decodeName)) : bytes;
    },
  };
}
