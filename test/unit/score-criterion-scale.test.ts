import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import { RatingAccumulator, scoreActivities } from '../../src/core/score/index.js';

const label = { en: 'x', id: 'x' };
const SCALE = { min: 1, max: 5 };
const ACTIVITIES = ['a', 'b', 'c', 'd'];

function scoreOf(criteria: Criterion[], rows: { activity: string; values: (number | undefined)[] }[]) {
  const acc = new RatingAccumulator(criteria, []);
  for (const r of rows) acc.add(r.activity, undefined, r.values, []);
  return scoreActivities(acc, { criteria, scale: SCALE, shortlist: 2, feasibility: 1 });
}

describe('a scale per criterion (issue 8, point 8)', () => {
  it('normalises each criterion on its own scale, a cost reversed', () => {
    const criteria: Criterion[] = [
      { id: 'cupping', label, weight: 1, direction: 'benefit', scale: { min: 0, max: 10 } },
      { id: 'defects', label, weight: 1, direction: 'cost', scale: { min: 0, max: 63 } },
    ];
    const { activities } = scoreOf(criteria, [
      { activity: 'lot1', values: [8, 0] },
      { activity: 'lot1', values: [8, 0] },
      { activity: 'lot2', values: [6, 63] },
      { activity: 'lot2', values: [6, 63] },
    ]);
    const lot1 = activities.find((a) => a.activity === 'lot1');
    const lot2 = activities.find((a) => a.activity === 'lot2');
    // (0.8 + 1) / 2 and (0.6 + 0) / 2: a ruinous defect count pulls the lot down, not out.
    expect(lot1?.score).toBe(90);
    expect(lot2?.score).toBe(30);
    expect(lot1?.rank).toBe(1);
  });

  it('uses each criterion’s range in the interval: se² = (100/Σw)²·Σ w²·sd²/(n·(max−min)²)', () => {
    const criteria: Criterion[] = [
      { id: 'p', label, weight: 1, direction: 'benefit', scale: { min: 0, max: 10 } },
      { id: 'q', label, weight: 1, direction: 'benefit' },
    ];
    const { activities } = scoreOf(criteria, [
      { activity: 'x', values: [4, 2] },
      { activity: 'x', values: [6, 4] },
    ]);
    // p: mean 5, sd² 2, range 10; q: mean 3, sd² 2, range 4 (the survey's 1–5).
    const score = 100 * ((0.5 + 0.5) / 2);
    const se = (100 / 2) * Math.sqrt(2 / (2 * 100) + 2 / (2 * 16));
    const [lo, hi] = activities[0]?.ci95 ?? [];
    expect(activities[0]?.score).toBe(score);
    expect(lo).toBeCloseTo(score - 1.96 * se, 2);
    expect(hi).toBeCloseTo(score + 1.96 * se, 2);
  });

  it('gives the same scores when a criterion’s data and scale are rescaled linearly together', () => {
    const rating = fc.integer({ min: 2, max: 10 }).map((h) => h / 2);
    const arb = fc.record({
      directions: fc.array(fc.constantFrom<'benefit' | 'cost'>('benefit', 'cost'), { minLength: 1, maxLength: 4 }),
      a: fc.double({ min: 0.1, max: 100, noNaN: true }),
      b: fc.double({ min: -100, max: 100, noNaN: true }),
      rows: fc.array(
        fc.record({
          activity: fc.constantFrom(...ACTIVITIES),
          values: fc.array(fc.option(rating, { nil: undefined, freq: 4 }), { minLength: 4, maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ directions, a, b, rows }) => {
        const plain: Criterion[] = directions.map((d, i) => ({ id: `c${i}`, label, weight: i + 1, direction: d }));
        // Criterion 0 gets the scale a·[1, 5] + b and its ratings the same map.
        const rescaled: Criterion[] = plain.map((c, i) =>
          i === 0 ? { ...c, scale: { min: a * SCALE.min + b, max: a * SCALE.max + b } } : c,
        );
        const cut = (vs: (number | undefined)[]) => vs.slice(0, directions.length);
        const before = scoreOf(
          plain,
          rows.map((r) => ({ activity: r.activity, values: cut(r.values) })),
        ).activities;
        const after = scoreOf(
          rescaled,
          rows.map((r) => ({
            activity: r.activity,
            values: cut(r.values).map((v, i) => (i === 0 && v !== undefined ? a * v + b : v)),
          })),
        ).activities;
        const byActivity = new Map(after.map((x) => [x.activity, x]));
        for (const x of before) {
          const y = byActivity.get(x.activity);
          if (x.score === null) expect(y?.score).toBeNull();
          // Rounded to 0.01 after floating-point work on other numbers: equal, or one hundredth apart.
          else expect(Math.abs((y?.score ?? Number.NaN) - x.score)).toBeLessThanOrEqual(0.0100001);
          expect(y?.flags).toEqual(x.flags);
        }
      }),
      { numRuns: 200 },
    );
  });
});
