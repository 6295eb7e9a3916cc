/**
 * Distinct (activity, respondent) pairs for `tree score`'s respondent counts, kept as 64-bit
 * hashes rather than ids: a million distinct respondents then cost 18 MB, not the ~100 MB
 * of a Map of their id strings, and memory follows distinct pairs, never respondents ×
 * activities (a wrong activity column with a million values stays as cheap as a right one).
 *
 * The price is a chance of undercounting. With n distinct pairs, two of them share a 64-bit
 * key with probability ≈ n²/2⁶⁵ (about 3·10⁻⁸ for a million pairs, 3·10⁻⁶ for ten million);
 * a shared key makes a pair look seen, so the count can only come out one low, never high.
 * The odds assume ids that are not built to collide, which survey exports are not.
 */

/**
 * 64-bit hash of a string over its UTF-16 code units (two per 32-bit block, so the block
 * encoding is lossless), written to out[0] (low) and out[1] (high). The halves come from
 * two different functions, a MurmurHash3 x86_32 round and an xxHash32 round, rather than
 * one function with two seeds: MurmurHash3 has collisions that hold for every seed, and
 * those must not carry over to the other half. Allocation-free, as it runs per row.
 */
export function hash64(s: string, out: Uint32Array): void {
  const n = s.length;
  let a = 0x2f8a_4a1b; // Murmur lane, seed arbitrary
  let b = (0x6b43_a9b5 + 0x1656_67b1 + n) | 0; // xxHash lane: seed + PRIME5 + length
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let m = Math.imul(k, 0xcc9e_2d51);
    m = (m << 15) | (m >>> 17);
    a ^= Math.imul(m, 0x1b87_3593);
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe654_6b64) | 0;
    b = (b + Math.imul(k, 0xc2b2_ae3d)) | 0;
    b = Math.imul((b << 17) | (b >>> 15), 0x27d4_eb2f);
  }
  if (i < n) {
    const k = s.charCodeAt(i);
    let m = Math.imul(k, 0xcc9e_2d51);
    m = (m << 15) | (m >>> 17);
    a ^= Math.imul(m, 0x1b87_3593);
    b = (b + Math.imul(k, 0x1656_67b1)) | 0;
    b = Math.imul((b << 11) | (b >>> 21), 0x9e37_79b1);
  }
  a ^= n;
  a ^= a >>> 16;
  a = Math.imul(a, 0x85eb_ca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2_ae35);
  a ^= a >>> 16;
  b ^= b >>> 15;
  b = Math.imul(b, 0x85eb_ca77);
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2_ae3d);
  b ^= b >>> 16;
  out[0] = a;
  out[1] = b;
}

/** A bucket has 2¹⁰ slots (8 KiB) and holds at most half as many keys. */
const BUCKET_BITS = 10;
const BUCKET_SLOTS = 1 << BUCKET_BITS;
const BUCKET_KEYS = BUCKET_SLOTS >>> 1;
/** Directory bits at most: with the bucket's own bits, every bit of a key's 32-bit mix. */
const MAX_DEPTH = 32 - BUCKET_BITS;

interface Bucket {
  readonly slots: Uint32Array;
  count: number;
  /** Leading bits of the mix shared by every key in this bucket. */
  depth: number;
}

const bucket = (depth: number): Bucket => ({ slots: new Uint32Array(BUCKET_SLOTS * 2), count: 0, depth });

/**
 * Set of 64-bit keys given as two unsigned 32-bit halves, with no allocation per key.
 *
 * Extendible hashing: the leading bits of a key's mix pick a bucket through a directory,
 * and a full bucket splits in two by one more bit. Buckets are open-addressing tables with
 * linear probing, (lo, hi) per slot, kept at load ≤ 0.5 so probe runs stay short; key
 * (0, 0) marks an empty slot, so it lives in a flag. Why not one table that doubles: every
 * doubling leaves the old array as garbage, and V8 does not collect a large typed array
 * promptly when the JS heap is small, so a million keys peaked at the 16 MB table plus
 * 8 + 4 + 2 + … MB of dead ones (`tree score` at 98 MB peak RSS, against 86 with this).
 * Here nothing is discarded: a split refills the old bucket from one scratch copy. The
 * cost is that buckets are not all full: 18–22 MB for a million keys.
 *
 * Keys that differ only in the low 3 bits of hi share a line of 8 slots (64 bytes), each
 * starting at its own place in it: DistinctPairs gives one respondent's activities such
 * keys, so the rows of a respondent, which files keep together, touch one cache line where
 * scattered keys cost a cache miss each (about 4% of `tree score`'s time at a million rows).
 *
 * Keys are meant to be hashes: more than 512 keys with one mix cannot be split apart,
 * which random 64-bit keys never come near.
 */
export class KeySet {
  /** 2^depth entries; a bucket of local depth d fills 2^(depth − d) consecutive ones. */
  private dir: Bucket[] = [bucket(0)];
  private depth = 0;
  private readonly scratch = new Uint32Array(BUCKET_SLOTS * 2);
  private count = 0;
  private hasZero = false;

  /** Keys held. */
  get size(): number {
    return this.count + (this.hasZero ? 1 : 0);
  }

  /** Slots allocated (for tests of growth). */
  get capacity(): number {
    return new Set(this.dir).size * BUCKET_SLOTS;
  }

  /** Adds the key lo + hi·2³²; true if it was not there yet. Halves are taken mod 2³². */
  add(lo: number, hi: number): boolean {
    lo >>>= 0;
    hi >>>= 0;
    if (lo === 0 && hi === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      return true;
    }
    const x = mix(lo, hi);
    for (;;) {
      // (x >>> 1) >>> (31 − depth) is x's top `depth` bits, and 0 when depth is 0.
      const b = this.dir[(x >>> 1) >>> (31 - this.depth)] as Bucket;
      const slots = b.slots;
      let i = home(x, b.depth, hi);
      for (;;) {
        const j = i << 1;
        const l = slots[j] as number;
        const h = slots[j + 1] as number;
        if (l === lo && h === hi) return false;
        if (l === 0 && h === 0) break;
        i = (i + 1) & (BUCKET_SLOTS - 1);
      }
      if (b.count < BUCKET_KEYS) {
        slots[i << 1] = lo;
        slots[(i << 1) + 1] = hi;
        b.count++;
        this.count++;
        return true;
      }
      this.split(b, x);
    }
  }

  /** Splits full bucket `b` (which key mix `x` maps to) by its next bit. */
  private split(b: Bucket, x: number): void {
    if (b.depth === this.depth) {
      if (this.depth === MAX_DEPTH) throw new RangeError('more than 512 keys share a 32-bit mix: keys must be hashes');
      const dir: Bucket[] = [];
      for (const e of this.dir) dir.push(e, e);
      this.dir = dir;
      this.depth++;
    }
    const d = ++b.depth;
    const upper = bucket(d);
    // b's directory entries share its old d − 1 leading bits; the upper half goes to `upper`.
    const run = 1 << (this.depth - d);
    const first = ((x >>> (32 - d)) | 1) * run;
    for (let e = first; e < first + run; e++) this.dir[e] = upper;
    const old = this.scratch;
    old.set(b.slots);
    b.slots.fill(0);
    b.count = 0;
    for (let j = 0; j < old.length; j += 2) {
      const lo = old[j] as number;
      const hi = old[j + 1] as number;
      if (lo === 0 && hi === 0) continue;
      const y = mix(lo, hi);
      place((y >>> (32 - d)) & 1 ? upper : b, y, lo, hi);
    }
  }
}

/** Puts a key known to be absent into the first free slot of a bucket with room. */
function place(b: Bucket, x: number, lo: number, hi: number): void {
  const slots = b.slots;
  let i = home(x, b.depth, hi);
  while ((slots[i << 1] as number) !== 0 || (slots[(i << 1) + 1] as number) !== 0) i = (i + 1) & (BUCKET_SLOTS - 1);
  slots[i << 1] = lo;
  slots[(i << 1) + 1] = hi;
  b.count++;
}

/**
 * Fibonacci hashing of the key but hi's low 3 bits (see KeySet): the top bits of the
 * product depend on every bit that goes in, so keys that differ in a few low bits of lo
 * still land far apart. The leading bits pick the bucket, the next the line of slots.
 */
function mix(lo: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(hi >>> 3, 0x85eb_ca77), 0x9e37_79b1);
}

/** First slot to probe: the line of 8 slots the mix picks, at the place hi's low bits name. */
function home(x: number, depth: number, hi: number): number {
  return (((x << depth) >>> (32 - BUCKET_BITS)) & ~7) | (hi & 7);
}

/**
 * Distinct (respondent id, activity index) pairs. The pair key is the id's 64-bit hash with
 * the index's low 3 bits XORed into hi and the rest, times an odd constant, into lo: both
 * bijections of the index, so one respondent's pairs never share a key, and different
 * respondents' pairs share one only as often as random 64-bit values would. Activities
 * 8k…8k + 7 of a respondent share a cache line of the set (see KeySet); others spread.
 */
export class DistinctPairs {
  private readonly keys = new KeySet();
  private readonly hash = new Uint32Array(2);
  // Long files list a respondent's ratings together, and wide files give one per activity
  // column of the same row: the last id's hash is usually the one needed.
  private lastId: string | undefined;

  /** Pairs held. */
  get size(): number {
    return this.keys.size;
  }

  /** Adds the pair; true if it is new. `activity` is an integer in [0, 2³²). */
  add(respondent: string, activity: number): boolean {
    const h = this.hash;
    // Stryker disable next-line ConditionalExpression: hashing again gives the same hash, only slower.
    if (respondent !== this.lastId) {
      hash64(respondent, h);
      this.lastId = respondent;
    }
    return this.keys.add((h[0] as number) ^ Math.imul(activity >>> 3, 0x9e37_79b1), (h[1] as number) ^ (activity & 7));
  }
}
