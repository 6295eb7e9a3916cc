/**
 * The scoring core and the score renderer on hostile input (issue 7): keys named like
 * Object.prototype members (case 5), extreme weights (case 12).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import {
  RatingAccumulator,
  type ScoreOptions,
  type ScoreReport,
  scoreActivities,
  sensitivity,
} from '../../src/core/score/index.js';
import { collectWeights, splitWeightList } from '../../src/core/weights.js';
import { renderScore } from '../../src/render/score.js';
import { testRuntime } from '../helpers/runtime.js';

const label = { en: 'x', id: 'x' };
const SCALE = { min: 1, max: 5 };

describe('segment values named like Object.prototype members (case 5)', () => {
  it('the core reports only the values an activity was rated in, with no prototype behind them', () => {
    const criteria: Criterion[] = [{ id: 'constructor', label, weight: 1, direction: 'benefit' }];
    const acc = new RatingAccumulator(criteria, ['__proto__']);
    acc.add('keripik', 'r1', [5], ['constructor']);
    acc.add('madu', 'r2', [3], ['perempuan']);
    const result = scoreActivities(acc, { criteria, scale: SCALE, by: ['__proto__'] });
    expect(Object.keys(result.segmentValues)).toEqual(['__proto__']);
    const madu = result.activities.find((a) => a.activity === 'madu');
    expect(Object.keys(madu?.segments ?? {})).toEqual(['__proto__']);
    // biome-ignore lint/suspicious/noProto: the point is an own key named __proto__ on a prototype-free object.
    expect(madu?.segments['__proto__']?.['constructor']).toBeUndefined();
    expect(madu?.criteria['constructor']?.n).toBe(1);
  });

  it('the renderer shows no phantom cell for a report read back from JSON (plain objects)', () => {
    const report = JSON.parse(
      JSON.stringify({
        activities: [
          {
            rank: 1,
            activity: 'keripik',
            name: 'keripik',
            score: 90,
            ci95: [80, 100],
            n: 1,
            respondents: 1,
            shortlist: true,
            feasibility: true,
            criteria: {},
            missingCriteria: [],
            flags: [],
            segments: { gender: { constructor: { score: 90, ci95: null, n: 1, rank: 1, flags: [] } } },
          },
          {
            rank: 2,
            activity: 'madu',
            name: 'madu',
            score: 50,
            ci95: [40, 60],
            n: 1,
            respondents: 1,
            shortlist: true,
            feasibility: true,
            criteria: {},
            missingCriteria: [],
            flags: [],
            segments: { gender: { perempuan: { score: 50, ci95: null, n: 1, rank: 1, flags: [] } } },
          },
        ],
        meta: {
          files: [],
          rows: 2,
          ratings: 2,
          skipped: 0,
          scale: [1, 5],
          weights: {},
          directions: {},
          shortlist: 5,
          feasibility: 2,
          minN: 1,
          by: ['gender'],
          segments: { gender: ['constructor', 'perempuan', 'toString'] },
          ci: '',
          warnings: [],
        },
      }),
    ) as ScoreReport;
    const { rt } = testRuntime({ cwd: '.' });
    const table = renderScore(rt, report, 'table');
    expect(table).not.toContain('(#-)');
    expect(table.match(/\(#1\)/g)).toHaveLength(2);
    expect(renderScore(rt, report, 'csv')).not.toMatch(/function|\[object/);
  });
});

describe('extreme weights (case 12): only their ratios matter', () => {
  const rating = fc.integer({ min: 2, max: 10 }).map((h) => h / 2);
  const caseArb = fc
    .array(
      fc.record({
        weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0.1, max: 5, noNaN: true })),
        direction: fc.constantFrom<'benefit' | 'cost'>('benefit', 'cost'),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .filter((specs) => specs.some((s) => s.weight > 0))
    .chain((specs) => {
      const criteria: Criterion[] = specs.map((s, i) => ({
        id: `c${i}`,
        label,
        weight: s.weight,
        direction: s.direction,
      }));
      const row = fc.record({
        activity: fc.constantFrom('Abon', 'Keripik', 'Madu', 'Tenun', 'Batik'),
        values: fc.tuple(...criteria.map(() => fc.option(rating, { nil: undefined, freq: 4 }))),
        gender: fc.constantFrom('', 'perempuan', 'laki-laki'),
      });
      return fc.record({ criteria: fc.constant(criteria), rows: fc.array(row, { minLength: 1, maxLength: 30 }) });
    });

  const accumulate = (
    criteria: readonly Criterion[],
    rows: readonly { activity: string; values: (number | undefined)[]; gender: string }[],
  ) => {
    const acc = new RatingAccumulator(criteria, ['gender']);
    for (const [i, r] of rows.entries()) acc.add(r.activity, `r${i}`, r.values, [r.gender]);
    return acc;
  };
  const options = (criteria: readonly Criterion[]): ScoreOptions => ({
    criteria,
    scale: SCALE,
    shortlist: 3,
    feasibility: 2,
    by: ['gender'],
  });

  it('scaling every weight by any factor in [1e-300, 1e300] leaves every reported figure as it was', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.integer(),
        ({ criteria, rows }, exponent, seed) => {
          const k = 10 ** exponent;
          const acc = accumulate(criteria, rows);
          const scaled = criteria.map((c) => ({ ...c, weight: c.weight * k }));
          expect(scoreActivities(acc, options(scaled))).toEqual(scoreActivities(acc, options(criteria)));
          expect(sensitivity(acc, options(scaled), 20, seed, 0.25)).toEqual(
            sensitivity(acc, options(criteria), 20, seed, 0.25),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([1e308, 1e-200, 1e-320, Number.MAX_VALUE, Number.MIN_VALUE])(
    'equal weights of %s score as equal weights of 1',
    (w) => {
      const criteria: Criterion[] = ['a', 'b', 'c'].map((id) => ({ id, label, weight: 1, direction: 'benefit' }));
      const acc = new RatingAccumulator(criteria, []);
      acc.add('keripik', 'r1', [5, 4, 2], []);
      acc.add('keripik', 'r2', [3, 4, 4], []);
      acc.add('madu', 'r3', [2, 2, 1], []);
      acc.add('madu', 'r4', [1, 3, 2], []);
      const ones = scoreActivities(acc, { criteria, scale: SCALE });
      const extreme = scoreActivities(acc, { criteria: criteria.map((c) => ({ ...c, weight: w })), scale: SCALE });
      expect(extreme).toEqual(ones);
      const keripik = extreme.activities[0];
      expect(keripik?.score).toBe(66.67);
      expect(keripik?.flags).not.toContain('unscored');
      const [lo, hi] = (keripik?.ci95 ?? [Number.NaN, Number.NaN]) as [number, number];
      expect(hi - lo).toBeGreaterThan(1);
    },
  );
});

describe('weight lists (case 15)', () => {
  it('a criterion weighted twice is a problem naming it, not the last weight taken', () => {
    const { weights, problems } = collectWeights(splitWeightList('a=2,b=1,a=3'), new Set(['a', 'b']));
    expect(problems).toEqual([{ kind: 'duplicate', id: 'a' }]);
    expect(weights['a']).toBe(2);
    expect(
      collectWeights([
        { part: 'a=1', id: 'a', value: '1', line: 2 },
        { part: 'a=1', id: 'a', value: '1', line: 5 },
      ]).problems,
    ).toEqual([{ kind: 'duplicate', id: 'a', line: 5 }]);
  });
});
