import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import { DistinctPairs, hash64, KeySet } from '../../src/core/score/distinct.js';
import { RatingAccumulator } from '../../src/core/score/index.js';
import { mulberry32 } from '../../src/core/stats.js';

const label = { en: 'x', id: 'x' };
const ONE: Criterion[] = [{ id: 'c', label, weight: 1, direction: 'benefit' }];

/** Ids as exports carry them: numbered codes, Kobo UUIDs, names with phone numbers. */
function realisticIds(count: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const names = ['Siti', 'Ni Made', 'Wayan', 'Dewi', 'Agus', 'Ketut', 'Nur’aini', 'Élise'];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    if (kind === 0) ids.push(`R${String(i).padStart(6, '0')}`);
    else if (kind === 1) ids.push(`uuid:${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`);
    else ids.push(`${names[i % names.length]} 08${String(Math.floor(rand() * 1e10)).padStart(10, '0')}`);
  }
  return ids;
}

/** A fresh string object with the same content, as each parsed row gives. */
const copy = (s: string): string => ` ${s}`.slice(1);

describe('hash64', () => {
  const hashOf = (s: string): string => {
    const out = new Uint32Array(2);
    hash64(s, out);
    return `${out[0]}:${out[1]}`;
  };

  it('is a function of the content only', () => {
    expect(hashOf(copy('R000123'))).toBe(hashOf('R000123'));
  });

  it('separates every short string, lengths and lone surrogates included', () => {
    const units = ['\0', '\u0001', 'a', 'A', '\ud800', '\udfff', '\uffff'];
    const strings = [''];
    for (let len = 1; len <= 3; len++) {
      for (const s of strings.filter((x) => x.length === len - 1)) for (const u of units) strings.push(s + u);
    }
    expect(strings.length).toBe(1 + 7 + 49 + 343);
    expect(new Set(strings.map(hashOf)).size).toBe(strings.length);
  });

  it('gives two halves that each spread like random 32-bit values', () => {
    const ids = [...new Set(realisticIds(200_000, 1))];
    const out = new Uint32Array(2);
    const lows = new Set<number>();
    const highs = new Set<number>();
    const both = new Set<string>();
    for (const id of ids) {
      hash64(id, out);
      lows.add(out[0] as number);
      highs.add(out[1] as number);
      both.add(`${out[0]}:${out[1]}`);
    }
    // 200k random 32-bit values collide about n²/2³³ ≈ 5 times; a weak half would do far worse.
    expect(ids.length - lows.size).toBeLessThan(40);
    expect(ids.length - highs.size).toBeLessThan(40);
    expect(both.size).toBe(ids.length);
  });
});

describe('KeySet', () => {
  it('adds once, then reports the key as present', () => {
    const set = new KeySet();
    expect(set.add(1, 2)).toBe(true);
    expect(set.add(1, 2)).toBe(false);
    expect(set.add(2, 1)).toBe(true);
    expect(set.add(1 + 2 ** 32, 2)).toBe(false); // halves are taken mod 2³²
    expect(set.add(-1, 0)).toBe(true);
    expect(set.add(0xffff_ffff, 0)).toBe(false);
    expect(set.size).toBe(3);
  });

  it('holds the key (0, 0), which marks empty slots', () => {
    const set = new KeySet();
    expect(set.add(0, 0)).toBe(true);
    expect(set.add(0, 0)).toBe(false);
    expect(set.add(0, 1)).toBe(true);
    expect(set.add(1, 0)).toBe(true);
    expect(set.size).toBe(3);
  });

  it('keeps every key across many bucket splits, at load ≤ 0.5', () => {
    const rand = mulberry32(7);
    const keys: [number, number][] = [];
    for (let i = 0; i < 150_000; i++) keys.push([Math.floor(rand() * 2 ** 32), Math.floor(rand() * 2 ** 32)]);
    // Structured keys too: counters in either half, as pair keys of small indexes look.
    for (let i = 1; i <= 50_000; i++) keys.push([i, 0], [0, i]);
    const set = new KeySet();
    const empty = set.capacity;
    let added = 0;
    for (const [lo, hi] of keys) if (set.add(lo, hi)) added++;
    const distinct = new Set(keys.map(([lo, hi]) => `${lo}:${hi}`)).size;
    expect(added).toBe(distinct);
    expect(set.size).toBe(distinct);
    let again = 0;
    for (const [lo, hi] of keys) if (set.add(lo, hi)) again++;
    expect(again).toBe(0);
    expect(set.size).toBe(distinct);
    expect(set.capacity).toBeGreaterThan(100 * empty);
    expect(set.size).toBeLessThanOrEqual(set.capacity / 2);
    // Memory follows the keys: at most 4 slots (32 bytes) each, whatever the split history.
    expect(set.capacity).toBeLessThanOrEqual(4 * set.size);
  });
});

/** Keys (lo, 0) whose mix is `target`: the mix multiplies lo by an odd constant, so it has an inverse mod 2³². */
function keysWithMix(targets: readonly number[]): [number, number][] {
  const c = 0x9e37_79b1;
  let inv = c;
  for (let i = 0; i < 5; i++) inv = Math.imul(inv, 2 - Math.imul(c, inv));
  return targets.map((t) => [Math.imul(t, inv) >>> 0, 0]);
}

describe('KeySet with keys that fill one side first', () => {
  it('keeps every key when a bucket splits while the directory is already deeper', () => {
    // 3000 keys with leading mix bit 0 deepen the directory on that side; the other side's
    // one bucket then splits below the directory's depth, refilling several entries.
    const rand = mulberry32(11);
    const low = Array.from({ length: 3000 }, () => Math.floor(rand() * 2 ** 31));
    const high = Array.from({ length: 1500 }, () => 2 ** 31 + Math.floor(rand() * 2 ** 31));
    const keys = keysWithMix([...new Set([...low, ...high])]);
    const set = new KeySet();
    for (const [lo, hi] of keys) expect(set.add(lo, hi)).toBe(true);
    for (const [lo, hi] of keys) expect(set.add(lo, hi)).toBe(false);
    expect(set.size).toBe(keys.length);
  });

  it('splits a bucket at its 513th key, keeping at most half the slots in use', () => {
    const set = new KeySet();
    const keys = keysWithMix(Array.from({ length: 513 }, (_, i) => i * 0x0070_0000 + 1));
    for (const [lo, hi] of keys.slice(0, 512)) set.add(lo, hi);
    expect(set.capacity).toBe(1024);
    set.add(...(keys[512] as [number, number]));
    expect(set.capacity).toBe(2048);
  });

  it('refuses more than 512 keys with one mix, which no hash would give', () => {
    // (lo, hi) with lo = t ⊕ (hi >>> 3)·k all share the mix of t: distinct keys no split can separate.
    const set = new KeySet();
    const add = (h: number) => set.add((0x1234 ^ Math.imul(h, 0x85eb_ca77)) >>> 0, h << 3);
    for (let h = 1; h <= 512; h++) add(h);
    expect(set.size).toBe(512);
    expect(() => add(513)).toThrow(/^more than 512 keys share a 32-bit mix/);
  });
});

describe('DistinctPairs', () => {
  it('counts 200k real-looking ids with repeats exactly, as a Set does', () => {
    const ids = realisticIds(200_000, 2);
    const rand = mulberry32(3);
    const pairs = new DistinctPairs();
    const reference = new Set<string>();
    let added = 0;
    // Every id twice or more, in a shuffled order, each time as a new string object.
    const order = [...ids, ...ids, ...ids.slice(0, 50_000)].map((id) => ({ id, key: rand() }));
    order.sort((a, b) => a.key - b.key);
    for (const { id } of order) {
      const activity = id.length % 3;
      if (pairs.add(copy(id), activity)) added++;
      reference.add(`${activity}\u0000${id}`);
    }
    expect(added).toBe(reference.size);
    expect(pairs.size).toBe(reference.size);
  });

  it('counts one respondent once per activity, however the rows run', () => {
    const pairs = new DistinctPairs();
    expect(pairs.add('R1', 0)).toBe(true);
    expect(pairs.add('R1', 1)).toBe(true);
    expect(pairs.add(copy('R1'), 0)).toBe(false);
    expect(pairs.add('R2', 0)).toBe(true);
    expect(pairs.add('R1', 1)).toBe(false);
    expect(pairs.add('R2', 1)).toBe(true);
    expect(pairs.add('R1', 8)).toBe(true); // 8 and 0 differ only above the low 3 bits
    expect(pairs.add('R1', 2 ** 32 - 1)).toBe(true);
    expect(pairs.add('R1', 2 ** 32 - 1)).toBe(false);
    expect(pairs.size).toBe(6);
  });
});

describe('RatingAccumulator respondent counts', () => {
  it('counts many activities × respondents', () => {
    const acc = new RatingAccumulator(ONE, []);
    const rand = mulberry32(11);
    const activities = 400;
    const respondents = 500;
    // Each activity rated by its own subset of respondents, some pairs several times.
    const expected = new Map<string, Set<number>>();
    for (let k = 0; k < 300_000; k++) {
      const a = Math.floor(rand() * activities);
      const r = Math.floor(rand() * respondents) % (50 + a); // activity a sees at most 50 + a respondents
      acc.add(`A${a}`, `R${r}`, [3], []);
      const set = expected.get(`A${a}`) ?? new Set<number>();
      set.add(r);
      expected.set(`A${a}`, set);
    }
    for (const t of acc.tallies())
      expect([t.activity, t.respondents]).toEqual([t.activity, expected.get(t.activity)?.size]);
    expect(acc.tallies().length).toBe(activities);
  });

  it('stays small when every row names a new activity and a new respondent', () => {
    // A wrong activity column: a bitset per activity would need n²/16 bytes (625 MB here).
    const n = 100_000;
    const acc = new RatingAccumulator(ONE, []);
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < n; i++) acc.add(`A${i}`, `R${i}`, [3], []);
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(grown).toBeLessThan(n * 100);
    expect(acc.tallies().every((t) => t.respondents === 1 && t.anonymous === 0)).toBe(true);
  });

  it('counts rows without an id (empty or missing) each on their own, and unrated rows not at all', () => {
    const acc = new RatingAccumulator(ONE, []);
    acc.add('A', 'R1', [3], []);
    acc.add('A', '', [3], []);
    acc.add('A', undefined, [3], []);
    acc.add('A', '', [4], []);
    acc.add('A', 'R1', [4], []);
    acc.add('A', 'R2', [undefined], []);
    acc.add('B', 'R2', [Number.NaN], []);
    acc.add('B', 'R1', [2], []);
    const [a, b] = acc.tallies();
    expect([a?.rows, a?.respondents, a?.anonymous]).toEqual([5, 1, 3]);
    expect([b?.rows, b?.respondents, b?.anonymous]).toEqual([1, 1, 0]);
  });

  it('matches a Map<activity, Set<respondent>> recount (property)', () => {
    // Ids from any UTF-16 code units (lone surrogates too), few enough that they repeat.
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const id = fc.oneof(fc.constantFrom('R1', 'R2', 'R3', 'r1', 'R1 ', ''), fc.string({ unit, maxLength: 6 }));
    const row = fc.record({
      activity: fc.constantFrom('Abon', 'Keripik', 'Madu', 'Tenun'),
      respondent: fc.option(id, { nil: undefined, freq: 8 }),
      rated: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const acc = new RatingAccumulator(ONE, []);
        const ids = new Map<string, Set<string>>();
        const anonymous = new Map<string, number>();
        for (const r of rows) {
          acc.add(
            r.activity,
            r.respondent === undefined ? undefined : copy(r.respondent),
            [r.rated ? 3 : undefined],
            [],
          );
          if (!r.rated) continue;
          if (r.respondent === undefined || r.respondent === '')
            anonymous.set(r.activity, (anonymous.get(r.activity) ?? 0) + 1);
          else ids.set(r.activity, (ids.get(r.activity) ?? new Set()).add(r.respondent));
        }
        for (const t of acc.tallies()) {
          expect(t.respondents).toBe(ids.get(t.activity)?.size ?? 0);
          expect(t.anonymous).toBe(anonymous.get(t.activity) ?? 0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
