import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import { RatingAccumulator, type ScoreOptions, scoreActivities, sensitivity } from '../../src/core/score/index.js';

const label = { en: 'x', id: 'x' };
const SCALE = { min: 1, max: 5 };
const ACTIVITIES = ['Abon', 'Keripik', 'Madu', 'Tenun', 'Batik', 'Kopi'];

interface Row {
  activity: string;
  respondent: string | undefined;
  values: (number | undefined)[];
  gender: string;
  key: number; // random sort key, used to shuffle
}

interface Case {
  criteria: Criterion[];
  rows: Row[];
}

// Ratings on the 1–5 scale, halves included (decimal commas occur in surveys).
const rating = fc.integer({ min: 2, max: 10 }).map((h) => h / 2);

const caseArb: fc.Arbitrary<Case> = fc
  .array(
    fc.record({
      weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0.1, max: 5, noNaN: true })),
      direction: fc.constantFrom<'benefit' | 'cost'>('benefit', 'cost'),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .chain((specs) => {
    const criteria: Criterion[] = specs.map((s, i) => ({
      id: `c${i}`,
      label,
      weight: s.weight,
      direction: s.direction,
    }));
    const row = fc.record({
      activity: fc.constantFrom(...ACTIVITIES),
      respondent: fc.option(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'), { nil: undefined }),
      values: fc.tuple(...criteria.map(() => fc.option(rating, { nil: undefined, freq: 4 }))),
      gender: fc.constantFrom('', 'perempuan', 'laki-laki'),
      key: fc.double({ noNaN: true }),
    });
    return fc.record({ criteria: fc.constant(criteria), rows: fc.array(row, { minLength: 1, maxLength: 40 }) });
  });

function accumulate(criteria: readonly Criterion[], rows: readonly Row[]): RatingAccumulator {
  const acc = new RatingAccumulator(criteria, ['gender']);
  for (const r of rows) acc.add(r.activity, r.respondent, r.values, [r.gender]);
  return acc;
}

function options(criteria: readonly Criterion[], extra: Partial<ScoreOptions> = {}): ScoreOptions {
  return { criteria, scale: SCALE, shortlist: 3, feasibility: 2, by: ['gender'], ...extra };
}

/** Independent two-pass reference for one activity's unrounded score and standard error. */
function reference(criteria: readonly Criterion[], rows: readonly Row[]): { score: number; se: number } | undefined {
  let num = 0;
  let den = 0;
  let varSum = 0;
  criteria.forEach((c, i) => {
    const xs = rows.map((r) => r.values[i]).filter((v): v is number => v !== undefined);
    if (xs.length === 0 || c.weight === 0) return;
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const norm = c.direction === 'benefit' ? (mean - SCALE.min) / 4 : (SCALE.max - mean) / 4;
    num += c.weight * norm;
    den += c.weight;
    if (xs.length > 1) {
      const v = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
      varSum += (c.weight ** 2 * v) / xs.length;
    }
  });
  if (den === 0) return undefined;
  return { score: (100 * num) / den, se: (100 / (den * 4)) * Math.sqrt(varSum) };
}

const clamp = (x: number): number => Math.min(100, Math.max(0, x));

// Reported figures are rounded to hundredths after a first rounding to 1e-6 (so summation
// noise cannot flip a tie): at most 0.005 + 5e-7 from the exact value.
const ROUNDING = 0.005 + 1e-6;

describe('score properties', () => {
  it('matches an independent two-pass recomputation from the rows', () => {
    fc.assert(
      fc.property(caseArb, ({ criteria, rows }) => {
        const result = scoreActivities(accumulate(criteria, rows), options(criteria));
        for (const a of result.activities) {
          const own = rows.filter((r) => r.activity === a.activity);
          const rated = own.filter((r) => r.values.some((v) => v !== undefined));
          expect(a.n).toBe(rated.length);
          const ids = new Set(rated.filter((r) => r.respondent !== undefined).map((r) => r.respondent));
          expect(a.respondents).toBe(ids.size + rated.filter((r) => r.respondent === undefined).length);
          const ref = reference(criteria, own);
          if (ref === undefined) {
            expect(a.score).toBeNull();
            expect(a.rank).toBeNull();
            continue;
          }
          expect(a.score).not.toBeNull();
          expect(Math.abs((a.score as number) - ref.score)).toBeLessThanOrEqual(ROUNDING);
          const [lo, hi] = a.ci95 as [number, number];
          expect(Math.abs(lo - clamp(ref.score - 1.96 * ref.se))).toBeLessThanOrEqual(ROUNDING);
          expect(Math.abs(hi - clamp(ref.score + 1.96 * ref.se))).toBeLessThanOrEqual(ROUNDING);
          for (const [value, seg] of Object.entries(a.segments.gender ?? {})) {
            const segRef = reference(
              criteria,
              own.filter((r) => r.gender === value),
            );
            if (segRef === undefined) expect(seg.score).toBeNull();
            else expect(Math.abs((seg.score as number) - segRef.score)).toBeLessThanOrEqual(ROUNDING);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks consistently: scores descend, equal reported scores share a rank, others do not', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), fc.integer({ min: 1, max: 8 }), ({ criteria, rows }, allowLowN, lowN) => {
        const all = scoreActivities(accumulate(criteria, rows), options(criteria, { allowLowN, lowN })).activities;
        const list = all.filter((a) => a.score !== null);
        // Only activities with at least lowN rated rows may be shortlisted, unless allowLowN.
        const eligible = list.filter((b) => allowLowN || b.n >= lowN);
        list.forEach((a, i) => {
          // Competition ranking: 1 + number of activities with a strictly higher reported score.
          expect(a.rank).toBe(1 + list.filter((b) => (b.score as number) > (a.score as number)).length);
          if (i > 0) expect((list[i - 1]?.score as number) >= (a.score as number)).toBe(true);
          // The shortlist is the same ranking taken among the eligible activities only.
          const shortRank = 1 + eligible.filter((b) => (b.score as number) > (a.score as number)).length;
          const ok = allowLowN || a.n >= lowN;
          expect(a.flags.includes('low_n')).toBe(a.n < lowN);
          expect(a.shortlist).toBe(ok && shortRank <= 3);
          expect(a.feasibility).toBe(ok && shortRank <= 2);
          expect(a.heldBack).toBe(!ok && shortRank <= 3);
        });
        for (const a of all)
          if (a.score === null) expect([a.shortlist, a.feasibility, a.heldBack]).toEqual([false, false, false]);
      }),
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(caseArb, ({ criteria, rows }) => {
        const shuffled = [...rows].sort((a, b) => a.key - b.key);
        const one = scoreActivities(accumulate(criteria, rows), options(criteria));
        const two = scoreActivities(accumulate(criteria, shuffled), options(criteria));
        expect(two.activities.map((a) => [a.activity, a.rank, a.n, a.respondents])).toEqual(
          one.activities.map((a) => [a.activity, a.rank, a.n, a.respondents]),
        );
        one.activities.forEach((a, i) => {
          const b = two.activities[i];
          if (a.score === null) expect(b?.score).toBeNull();
          else expect(Math.abs(a.score - (b?.score as number))).toBeLessThanOrEqual(1e-9);
          for (const id of Object.keys(a.criteria)) {
            const x = a.criteria[id];
            const y = b?.criteria[id];
            expect(y?.n).toBe(x?.n);
            if (x?.mean == null) expect(y?.mean).toBeNull();
            else expect(Math.abs(x.mean - (y?.mean as number))).toBeLessThanOrEqual(1e-9);
          }
        });
        expect(two.segmentValues).toEqual(one.segmentValues);
      }),
    );
  });

  it('keeps scores and intervals within 0–100, the score inside its interval', () => {
    fc.assert(
      fc.property(caseArb, ({ criteria, rows }) => {
        const result = scoreActivities(accumulate(criteria, rows), options(criteria));
        const cells = result.activities.flatMap((a) => [a, ...Object.values(a.segments.gender ?? {})]);
        for (const c of cells) {
          if (c.score === null) {
            expect(c.ci95).toBeNull();
            continue;
          }
          const [lo, hi] = c.ci95 as [number, number];
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(100);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(100);
          expect(lo).toBeLessThanOrEqual(c.score + 1e-9);
          expect(hi).toBeGreaterThanOrEqual(c.score - 1e-9);
        }
      }),
    );
  });

  it('never lowers a score when a top rating is added on a benefit criterion', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.constantFrom(...ACTIVITIES), ({ criteria, rows }, pick, activity) => {
        const benefit = criteria.map((c, i) => (c.direction === 'benefit' ? i : -1)).filter((i) => i >= 0);
        fc.pre(benefit.length > 0);
        const target = benefit[pick % benefit.length] as number;
        const before = scoreActivities(accumulate(criteria, rows), options(criteria)).activities.find(
          (a) => a.activity === activity,
        );
        const acc = accumulate(criteria, rows);
        acc.add(
          activity,
          'new',
          criteria.map((_, i) => (i === target ? SCALE.max : undefined)),
          ['perempuan'],
        );
        const after = scoreActivities(acc, options(criteria)).activities.find((a) => a.activity === activity);
        if (before?.score == null) return; // was unscored or absent: nothing to lower
        expect(after?.score).not.toBeNull();
        expect(after?.score as number).toBeGreaterThanOrEqual(before.score - 1e-9);
      }),
    );
  });

  it('is unchanged when all weights are scaled by a positive constant', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), ({ criteria, rows }, k) => {
        const acc = accumulate(criteria, rows);
        const scaled = criteria.map((c) => ({ ...c, weight: c.weight * k }));
        const one = scoreActivities(acc, options(criteria)).activities;
        const two = scoreActivities(acc, options(scaled)).activities;
        expect(two.map((a) => [a.activity, a.rank, a.shortlist, a.flags])).toEqual(
          one.map((a) => [a.activity, a.rank, a.shortlist, a.flags]),
        );
        for (const [i, a] of one.entries()) {
          const b = two[i];
          if (a.score === null) {
            expect(b?.score).toBeNull();
            continue;
          }
          expect(Math.abs(a.score - (b?.score as number))).toBeLessThanOrEqual(1e-9);
          const [lo1, hi1] = a.ci95 as [number, number];
          const [lo2, hi2] = (b?.ci95 ?? [Number.NaN, Number.NaN]) as [number, number];
          expect(Math.abs(lo1 - lo2)).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(hi1 - hi2)).toBeLessThanOrEqual(1e-9);
        }
      }),
    );
  });

  it('with zero spread, sensitivity reproduces the ranking in every run', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 1, max: 20 }),
        fc.integer(),
        fc.boolean(),
        ({ criteria, rows }, runs, seed, allowLowN) => {
          const acc = accumulate(criteria, rows);
          const base = scoreActivities(acc, options(criteria, { allowLowN })).activities;
          const s = sensitivity(acc, options(criteria, { allowLowN }), runs, seed, 0);
          expect(s.activities.map((a) => a.activity)).toEqual(base.map((a) => a.activity));
          s.activities.forEach((a, i) => {
            const b = base[i];
            expect(a.rank).toBe(b?.rank);
            expect(a.rankMin).toBe(b?.rank);
            expect(a.rankMax).toBe(b?.rank);
            expect(a.rankMedian).toBe(b?.rank);
            expect(a.inShortlist).toBe(b?.shortlist ? 1 : 0);
            expect(a.inFeasibility).toBe(b?.feasibility ? 1 : 0);
          });
        },
      ),
    );
  });

  it('keeps sensitivity fractions and rank ranges coherent for any spread', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.integer(),
        fc.boolean(),
        ({ criteria, rows }, spread, seed, allowLowN) => {
          const acc = accumulate(criteria, rows);
          const s = sensitivity(acc, options(criteria, { allowLowN }), 25, seed, spread);
          const lowN = new Set(
            scoreActivities(acc, options(criteria))
              .activities.filter((a) => a.flags.includes('low_n'))
              .map((a) => a.activity),
          );
          const scored = s.activities.filter((a) => a.rank !== null);
          const eligible = scored.filter((a) => allowLowN || !lowN.has(a.activity));
          for (const a of s.activities) {
            expect(a.inShortlist).toBeGreaterThanOrEqual(a.inFeasibility);
            if (a.rank === null) continue;
            expect(a.rankMin as number).toBeLessThanOrEqual(a.rankMedian as number);
            expect(a.rankMedian as number).toBeLessThanOrEqual(a.rankMax as number);
            expect(a.rankMax as number).toBeLessThanOrEqual(scored.length);
            if (allowLowN) expect(a.inShortlist === 1).toBe((a.rankMax as number) <= 3);
            else if (lowN.has(a.activity)) expect([a.inShortlist, a.inFeasibility]).toEqual([0, 0]);
            // Passing over others only moves an eligible activity up the shortlist.
            else if ((a.rankMax as number) <= 3) expect(a.inShortlist).toBe(1);
          }
          // At least three places ≤ 3 are filled in every run when three eligible activities are scored.
          if (eligible.length >= 3)
            expect(scored.reduce((t, a) => t + a.inShortlist, 0)).toBeGreaterThanOrEqual(3 - 1e-9);
        },
      ),
    );
  });
});
