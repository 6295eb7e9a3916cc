/**
 * Small streaming statistics for `tree score`: moments kept in flat Float64Arrays so a
 * million-row survey costs a few numbers per activity × criterion, never a list of rows.
 */

/**
 * Slots per moment block: [n, shift, Σ(x − shift), Σ(x − shift)²]. Sums are taken about the
 * first value seen, which keeps the variance free of cancellation error on any scale.
 */
export const MOMENT_STRIDE = 4;

/** Adds one observation to the moment block at `offset`; allocation-free because it runs per cell. */
export function momentsAdd(block: Float64Array, offset: number, x: number): void {
  const n = block[offset] as number;
  if (n === 0) block[offset + 1] = x;
  const d = x - (block[offset + 1] as number);
  block[offset] = n + 1;
  block[offset + 2] = (block[offset + 2] as number) + d;
  block[offset + 3] = (block[offset + 3] as number) + d * d;
}

/** Count of the block, read through one name so callers need not know the layout. */
export function momentsCount(block: Float64Array, offset: number): number {
  return block[offset] as number;
}

/** Mean of the block; undefined when empty, since a mean of nothing must not read as 0. */
export function momentsMean(block: Float64Array, offset: number): number | undefined {
  const n = block[offset] as number;
  if (n === 0) return undefined;
  return (block[offset + 1] as number) + (block[offset + 2] as number) / n;
}

/**
 * Sample (n − 1) variance; undefined when n < 2, because one rating says nothing about
 * spread and reporting 0 would fake certainty.
 */
export function momentsVariance(block: Float64Array, offset: number): number | undefined {
  const n = block[offset] as number;
  if (n < 2) return undefined;
  const s = block[offset + 2] as number;
  const ss = block[offset + 3] as number;
  const v = (ss - (s * s) / n) / (n - 1);
  return Math.max(v, 0); // rounding can leave a hair below zero when all values are equal
}

/** Sample standard deviation; undefined when n < 2 (see momentsVariance). */
export function momentsSd(block: Float64Array, offset: number): number | undefined {
  const v = momentsVariance(block, offset);
  return v === undefined ? undefined : Math.sqrt(v);
}

/**
 * mulberry32: a tiny seeded PRNG, so a sensitivity run can be repeated exactly from its
 * seed on any machine (Math.random cannot be seeded). Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
