export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1252';

export interface Detected {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

/** Names accepted by --encoding, mapped to what the decoder calls them. */
export const ENCODING_ALIASES: Record<string, Encoding> = {
  utf8: 'utf8',
  'utf-8': 'utf8',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  'utf-16': 'utf16le',
  utf16be: 'utf16be',
  'utf-16be': 'utf16be',
  'windows-1252': 'windows1252',
  windows1252: 'windows1252',
  cp1252: 'windows1252',
  latin1: 'windows1252',
  ansi: 'windows1252',
};

/** An encoding as people and --encoding name it: `utf-8`, `windows-1252`, `utf-16le`, `utf-16be`. */
export function encodingName(encoding: Encoding): string {
  return encoding === 'utf8'
    ? 'utf-8'
    : encoding === 'windows1252'
      ? 'windows-1252'
      : encoding === 'utf16le'
        ? 'utf-16le'
        : 'utf-16be';
}

/** An encoding as a summary shows it: `UTF-8`, `Windows-1252`, `UTF-16LE`, `UTF-16BE`. */
export function encodingLabel(encoding: Encoding): string {
  return encoding === 'windows1252' ? 'Windows-1252' : encodingName(encoding).toUpperCase();
}

/** The encoding a BOM announces, if the bytes start with one. */
export function bomEncoding(head: Uint8Array): Detected | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  return undefined;
}

/**
 * True when the bytes look like a binary file rather than text: a NUL byte (which no
 * UTF-8 or Windows-1252 CSV holds) or many control characters.
 */
export function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * True when bytes look like UTF-16 text without a BOM: a NUL in every other byte. Such a
 * file is text, and --encoding utf-16le (or utf-16be) reads it.
 */
export function looksUtf16(head: Uint8Array): boolean {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (oddNul > pairs * 0.9 && evenNul < pairs * 0.1) || (evenNul > pairs * 0.9 && oddNul < pairs * 0.1);
}
