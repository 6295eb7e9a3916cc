/**
 * A browser for end-to-end tests of the HTML report: an installed Chromium (Debian's
 * `chromium`, or CHROMIUM_PATH) driven by playwright-core, which downloads none; and a
 * small PNG decoder (node:zlib) to tell a drawn screenshot from a blank one.
 */
import { accessSync, constants } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The Chromium to drive: CHROMIUM_PATH, else Debian's; undefined when none can be run. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const file of candidates) {
    if (file === undefined || file === '') continue;
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not there, or not executable: try the next
    }
  }
  return undefined;
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  rgba: Buffer;
}

/** Decodes the PNGs Chromium writes: 8-bit RGB or RGBA, not interlaced. */
export function decodePng(png: Buffer): Pixels {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6))
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (out[y * stride + i - channels] as number) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + i] as number) : 0;
      const corner = y > 0 && i >= channels ? (out[(y - 1) * stride + i - channels] as number) : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - corner;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      out[y * stride + i] = ((line[i] as number) + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = Buffer.alloc(width * height * 4, 0xff);
  for (let p = 0; p < width * height; p++) out.copy(rgba, p * 4, p * 3, p * 3 + 3);
  return { width, height, rgba };
}

/** How much is drawn: the number of distinct colours and the share of pixels that are not white. */
export function ink(png: Buffer): { colours: number; nonWhite: number } {
  const { width, height, rgba } = decodePng(png);
  const colours = new Set<number>();
  let nonWhite = 0;
  for (let p = 0; p < width * height; p++) {
    const colour = rgba.readUInt32BE(p * 4);
    colours.add(colour);
    if (colour >>> 8 !== 0xffffff) nonWhite++;
  }
  return { colours: colours.size, nonWhite: nonWhite / (width * height) };
}
