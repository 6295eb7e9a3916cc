import { beforeAll, describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import {
  type ActivityScore,
  RatingAccumulator,
  type ScoreOptions,
  scoreActivities,
  sensitivity,
} from '../../src/core/score/index.js';
import {
  MOMENT_STRIDE,
  momentsAdd,
  momentsCount,
  momentsMean,
  momentsSd,
  momentsVariance,
  mulberry32,
} from '../../src/core/stats.js';

const label = { en: 'x', id: 'x' };
const CRITERIA: Criterion[] = [
  { id: 'market_demand', label, weight: 2, direction: 'benefit' },
  { id: 'skills_base', label, weight: 1, direction: 'benefit' },
  { id: 'capital_required', label, weight: 1, direction: 'cost' },
  { id: 'environment', label, weight: 0, direction: 'benefit' },
];
const U = undefined;

/**
 * Scale 1–5 (range 4). Weights: market 2, skills 1, capital 1 (cost), environment 0 (never rated).
 *
 * Keripik  p1 perempuan (5,4,2)  p2 laki-laki (3,4,4)  p3 perempuan (4,–,3)
 *   market: mean 4, sd 1 (devs 1,−1,0 → Σd² 2 / 2), n 3 → norm (4−1)/4 = 0.75
 *   skills: mean 4, sd 0, n 2                         → norm 0.75
 *   capital: mean 3, sd 1, n 3                        → norm (5−3)/4 = 0.5 (cost)
 *   score = 100·(2·0.75 + 0.75 + 0.5)/4 = 68.75
 *   se² = (100/(4·4))² · (2²·1/3 + 1²·0/2 + 1²·1/3) = 39.0625 · 5/3 = 65.1042, se = 8.0687
 *   CI = 68.75 ∓ 1.96·8.0687 = [52.94, 84.56]
 *   perempuan (rows p1, p3): market 4.5, skills 4 (n 1), capital 2.5 → norms .875 .75 .625
 *     score = 100·(1.75 + .75 + .625)/4 = 78.125 → 78.13; var market .5, capital .5
 *     se² = 39.0625 · (4·.5/2 + .5/2) = 48.828, se 6.9877 → CI [64.43, 91.82]; skills n 1 → ci_unreliable
 *   laki-laki (p2): norms .5 .75 .25 → 100·(1 + .75 + .25)/4 = 50
 * Abon     p4, p5 perempuan (4,4,3) twice → same norms as Keripik → 68.75, sd 0 → CI [68.75, 68.75]
 * Madu     anonymous ×2, no gender: (2,–,5) (4,–,5) → market mean 3 (var 2), capital 5 (var 0)
 *   norms .5, 0 → 100·(2·.5 + 0)/3 = 33.33; missing skills_base (weighted) → missing_criteria
 *   se² = (100/(3·4))² · (4·2/2) = 277.78, se 16.667 → CI [33.333 − 32.667, 33.333 + 32.667] = [0.67, 66]
 * Tenun    p6 laki-laki (1,1,5) → norms 0,0,0 → 0; every n = 1 → se 0, ci_unreliable
 * Kosong   one row with no rating → unscored, no rank, listed last
 *
 * Ranks: Abon 68.75 and Keripik 68.75 share rank 1 (Abon first by name), Madu 3, Tenun 4.
 */
function handCase(): RatingAccumulator {
  const acc = new RatingAccumulator(CRITERIA, ['gender', 'age']);
  acc.add('Keripik', 'p1', [5, 4, 2, U], ['perempuan', '18-35']);
  acc.add('Keripik', 'p2', [3, 4, 4, U], ['laki-laki', '']);
  acc.add('Madu', U, [2, U, 5, U], ['', '']);
  acc.add('Keripik', 'p3', [4, U, 3, U], ['perempuan', '36+']);
  acc.add('Abon', 'p4', [4, 4, 3, U], ['perempuan', '']);
  acc.add('Abon', 'p5', [4, 4, 3, U], ['perempuan', '']);
  acc.add('Madu', U, [4, U, 5, U], ['', '']);
  acc.add('Tenun', 'p6', [1, 1, 5, U], ['laki-laki', '']);
  acc.add('Kosong', 'p7', [U, U, U, U], ['perempuan', '']);
  return acc;
}

const OPTIONS: ScoreOptions = {
  criteria: CRITERIA,
  scale: { min: 1, max: 5 },
  shortlist: 2,
  feasibility: 1,
  by: ['gender'],
};

function byName(list: readonly ActivityScore[], name: string): ActivityScore {
  const found = list.find((a) => a.activity === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

describe('scoreActivities on a hand-computed case', () => {
  // Scored in beforeAll, not while the file is collected: mutation testing switches a mutant
  // on only when the tests start, so a result computed earlier would hide it.
  let result: ReturnType<typeof scoreActivities>;
  let activities: ActivityScore[];
  beforeAll(() => {
    result = scoreActivities(handCase(), OPTIONS);
    activities = result.activities;
  });

  it('orders best first, ties by name, unscored last', () => {
    expect(activities.map((a) => a.activity)).toEqual(['Abon', 'Keripik', 'Madu', 'Tenun', 'Kosong']);
    expect(activities.map((a) => a.rank)).toEqual([1, 1, 3, 4, null]);
  });

  it('computes scores from weighted normalised means', () => {
    expect(activities.map((a) => a.score)).toEqual([68.75, 68.75, 33.33, 0, null]);
  });

  it('reports per-criterion n, mean and sd, with nulls where unrated', () => {
    const k = byName(activities, 'Keripik');
    expect(k.criteria).toEqual({
      market_demand: { n: 3, mean: 4, sd: 1 },
      skills_base: { n: 2, mean: 4, sd: 0 },
      capital_required: { n: 3, mean: 3, sd: 1 },
      environment: { n: 0, mean: null, sd: null },
    });
    expect(byName(activities, 'Tenun').criteria.market_demand).toEqual({ n: 1, mean: 1, sd: null });
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: sd is reported rounded to three decimals.
    expect(byName(activities, 'Madu').criteria.market_demand).toEqual({ n: 2, mean: 3, sd: 1.414 });
  });

  it('gives a delta-method 95% interval', () => {
    const se = Math.sqrt(((100 / 16) ** 2 * 5) / 3);
    expect(byName(activities, 'Keripik').ci95).toEqual([round2(68.75 - 1.96 * se), round2(68.75 + 1.96 * se)]);
    expect(byName(activities, 'Keripik').ci95).toEqual([52.94, 84.56]);
    expect(byName(activities, 'Abon').ci95).toEqual([68.75, 68.75]);
    expect(byName(activities, 'Madu').ci95).toEqual([0.67, 66]);
    expect(byName(activities, 'Tenun').ci95).toEqual([0, 0]);
    expect(byName(activities, 'Kosong').ci95).toBeNull();
  });

  it('counts rated rows and distinct respondents, anonymous rows each on their own', () => {
    expect(activities.map((a) => [a.activity, a.n, a.respondents])).toEqual([
      ['Abon', 2, 2],
      ['Keripik', 3, 3],
      ['Madu', 2, 2],
      ['Tenun', 1, 1],
      ['Kosong', 0, 0],
    ]);
  });

  it('marks the shortlist and feasibility, including everyone tied at the boundary', () => {
    // Every activity here has fewer than five ratings: only with allowLowN do they enter.
    expect(activities.map((a) => a.shortlist)).toEqual([false, false, false, false, false]);
    const all = { ...OPTIONS, allowLowN: true };
    const two = scoreActivities(handCase(), all).activities;
    expect(two.map((a) => a.shortlist)).toEqual([true, true, false, false, false]);
    expect(two.map((a) => a.feasibility)).toEqual([true, true, false, false, false]);
    const wider = scoreActivities(handCase(), { ...all, shortlist: 3, feasibility: 2 }).activities;
    expect(wider.map((a) => a.shortlist)).toEqual([true, true, true, false, false]);
    expect(wider.map((a) => a.feasibility)).toEqual([true, true, false, false, false]);
    const one = scoreActivities(handCase(), { ...all, shortlist: 1 }).activities;
    expect(one.filter((a) => a.shortlist).map((a) => a.activity)).toEqual(['Abon', 'Keripik']);
  });

  it('flags missing weighted criteria, low n, unreliable intervals and unscored activities', () => {
    expect(activities.map((a) => [a.activity, a.flags])).toEqual([
      ['Abon', ['low_n']],
      ['Keripik', ['low_n']],
      ['Madu', ['missing_criteria', 'low_n']],
      ['Tenun', ['low_n', 'ci_unreliable']],
      ['Kosong', ['unscored', 'missing_criteria', 'low_n']],
    ]);
    // The zero-weight criterion is listed as missing but raises no flag on its own.
    expect(byName(activities, 'Keripik').missingCriteria).toEqual(['environment']);
    expect(byName(activities, 'Madu').missingCriteria).toEqual(['skills_base', 'environment']);
    const lenient = scoreActivities(handCase(), { ...OPTIONS, lowN: 3 }).activities;
    expect(byName(lenient, 'Keripik').flags).toEqual([]);
    expect(byName(lenient, 'Abon').flags).toEqual(['low_n']);
  });

  it('breaks scores down by segment with ranks inside each segment value', () => {
    expect(result.segmentValues).toEqual({ gender: ['laki-laki', 'perempuan'] });
    const se = Math.sqrt((100 / 16) ** 2 * ((4 * 0.5) / 2 + 0.5 / 2));
    expect(byName(activities, 'Keripik').segments).toEqual({
      gender: {
        'laki-laki': { score: 50, ci95: [50, 50], n: 1, rank: 1, flags: ['low_n', 'ci_unreliable'] },
        perempuan: {
          score: 78.13,
          ci95: [round2(78.125 - 1.96 * se), round2(78.125 + 1.96 * se)],
          n: 2,
          rank: 1,
          flags: ['low_n', 'ci_unreliable'],
        },
      },
    });
    expect(byName(activities, 'Abon').segments.gender?.perempuan).toMatchObject({ score: 68.75, n: 2, rank: 2 });
    expect(byName(activities, 'Tenun').segments.gender).toEqual({
      'laki-laki': { score: 0, ci95: [0, 0], n: 1, rank: 2, flags: ['low_n', 'ci_unreliable'] },
    });
    expect(byName(activities, 'Madu').segments).toEqual({ gender: {} });
    // Kosong's row had no rating, so it is in no segment.
    expect(byName(activities, 'Kosong').segments).toEqual({ gender: {} });
  });

  it('omits segments not asked for', () => {
    const plain = scoreActivities(handCase(), { ...OPTIONS, by: [] });
    expect(plain.segmentValues).toEqual({});
    expect(byName(plain.activities, 'Keripik').segments).toEqual({});
    const byAge = scoreActivities(handCase(), { ...OPTIONS, by: ['age'] });
    expect(byAge.segmentValues).toEqual({ age: ['18-35', '36+'] });
  });

  it('uses weights given in options over those the accumulator was built with', () => {
    // Only skills_base counts: Keripik and Abon both 0.75 → 75; Tenun 0; Madu has no skills rating.
    const only = CRITERIA.map((c) => ({ ...c, weight: c.id === 'skills_base' ? 1 : 0 }));
    const r = scoreActivities(handCase(), { ...OPTIONS, criteria: only }).activities;
    expect(r.map((a) => [a.activity, a.score, a.rank])).toEqual([
      ['Abon', 75, 1],
      ['Keripik', 75, 1],
      ['Tenun', 0, 3],
      ['Kosong', null, null],
      ['Madu', null, null],
    ]);
  });
});

describe('ranking', () => {
  const crit: Criterion[] = [{ id: 'a', label, weight: 1, direction: 'benefit' }];
  function ranked(values: Record<string, number>) {
    const acc = new RatingAccumulator(crit, []);
    for (const [name, v] of Object.entries(values)) acc.add(name, undefined, [v], []);
    return scoreActivities(acc, { criteria: crit, scale: { min: 0, max: 100 } }).activities.map((a) => [
      a.activity,
      a.score,
      a.rank,
    ]);
  }

  it('uses competition ranking 1, 2, 2, 4', () => {
    expect(ranked({ d: 10, c: 50, b: 50, a: 90 })).toEqual([
      ['a', 90, 1],
      ['b', 50, 2],
      ['c', 50, 2],
      ['d', 10, 4],
    ]);
  });

  it('shares a rank exactly when the reported scores (to 0.01) are equal', () => {
    // On a 0–100 scale with one criterion the score is the rating itself.
    expect(ranked({ x: 60.004, y: 59.996, z: 59.994 })).toEqual([
      ['x', 60, 1],
      ['y', 60, 1],
      ['z', 59.99, 3],
    ]);
  });
});

describe('validation', () => {
  it('refuses malformed rows and options', () => {
    const acc = new RatingAccumulator(CRITERIA, ['gender']);
    expect(() => acc.add('a', 'r', [1, 2, 3], [''])).toThrow(RangeError);
    expect(() => acc.add('a', 'r', [1, 2, 3, U], [])).toThrow(RangeError);
    expect(() => acc.add('a', 'r', [Number.POSITIVE_INFINITY, 2, 3, U], [''])).toThrow(RangeError);
    acc.add('a', 'r', [1, 2, 3, U], ['']);
    expect(() => scoreActivities(acc, { ...OPTIONS, by: ['age'] })).toThrow(/unknown segment/);
    expect(() => scoreActivities(acc, { ...OPTIONS, by: [], criteria: CRITERIA.slice(1) })).toThrow(/no weight/);
    expect(() => scoreActivities(acc, { ...OPTIONS, by: [], scale: { min: 5, max: 1 } })).toThrow(RangeError);
    expect(() => scoreActivities(acc, { ...OPTIONS, by: [], shortlist: 0 })).toThrow(RangeError);
    expect(() => sensitivity(acc, { ...OPTIONS, by: [] }, 0, 1)).toThrow(RangeError);
    expect(() => sensitivity(acc, { ...OPTIONS, by: [] }, 10, 1, 1)).toThrow(RangeError);
    expect(() => new RatingAccumulator(CRITERIA, ['g', 'g'])).toThrow(/duplicate/);
  });
});

describe('sensitivity', () => {
  const crit: Criterion[] = [
    { id: 'a', label, weight: 1, direction: 'benefit' },
    { id: 'b', label, weight: 1, direction: 'benefit' },
  ];
  const scale = { min: 1, max: 5 };

  it('shows a ranking that flips with the weights', () => {
    // X = (5, 1) → norms (1, 0) → 100·wa/(wa+wb); Y = (3, 3) → 50 whatever the weights.
    // With independent factors wa > wb half of the time, so each leads in about half the runs.
    const acc = new RatingAccumulator(crit, []);
    acc.add('X', U, [5, 1], []);
    acc.add('Y', U, [3, 3], []);
    const s = sensitivity(acc, { criteria: crit, scale, shortlist: 1, feasibility: 1, allowLowN: true }, 2000, 42);
    expect(s.activities.map((a) => [a.activity, a.rank])).toEqual([
      ['X', 1],
      ['Y', 1],
    ]);
    for (const a of s.activities) {
      expect(a.inShortlist).toBeGreaterThan(0.44);
      expect(a.inShortlist).toBeLessThan(0.56);
      expect(a.inFeasibility).toBe(a.inShortlist);
      expect([a.rankMin, a.rankMax]).toEqual([1, 2]);
    }
  });

  it('keeps weights within the spread', () => {
    // Y = (3.6, 3.6) → 65 always. X ≤ 100·1.25/(1.25 + 0.75) = 62.5 with spread 0.25,
    // so X never overtakes; with spread 0.5, X reaches 100·1.5/2 = 75 and sometimes does.
    const acc = new RatingAccumulator(crit, []);
    acc.add('X', U, [5, 1], []);
    acc.add('Y', U, [3.6, 3.6], []);
    const opts = { criteria: crit, scale, shortlist: 1, allowLowN: true };
    const narrow = sensitivity(acc, opts, 500, 7);
    expect(narrow.activities).toEqual([
      { activity: 'Y', rank: 1, inShortlist: 1, inFeasibility: 1, rankMin: 1, rankMax: 1, rankMedian: 1 },
      { activity: 'X', rank: 2, inShortlist: 0, inFeasibility: 0, rankMin: 2, rankMax: 2, rankMedian: 2 },
    ]);
    const wide = sensitivity(acc, opts, 500, 7, 0.5);
    const x = wide.activities.find((a) => a.activity === 'X');
    expect(x?.rankMin).toBe(1);
    expect(x?.inShortlist).toBeGreaterThan(0);
    expect(x?.inShortlist).toBeLessThan(0.5);
  });

  it('is deterministic for a seed and varies with it', () => {
    const acc = new RatingAccumulator(crit, []);
    acc.add('X', U, [5, 1], []);
    acc.add('Y', U, [3, 3], []);
    const opts = { criteria: crit, scale, shortlist: 1, allowLowN: true };
    expect(sensitivity(acc, opts, 300, 123)).toEqual(sensitivity(acc, opts, 300, 123));
    expect(sensitivity(acc, opts, 300, 123).activities[0]?.inShortlist).not.toBe(
      sensitivity(acc, opts, 300, 124).activities[0]?.inShortlist,
    );
  });

  it('reports unscored activities without ranks', () => {
    const acc = new RatingAccumulator(crit, []);
    acc.add('X', U, [5, 1], []);
    acc.add('Z', U, [U, U], []);
    const s = sensitivity(acc, { criteria: crit, scale }, 10, 1);
    expect(s.activities[1]).toEqual({
      activity: 'Z',
      rank: null,
      inShortlist: 0,
      inFeasibility: 0,
      rankMin: null,
      rankMax: null,
      rankMedian: null,
    });
  });
});

describe('stats', () => {
  it('computes mean and sample sd without cancellation on a far-off scale', () => {
    const block = new Float64Array(MOMENT_STRIDE);
    expect(momentsMean(block, 0)).toBeUndefined();
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) momentsAdd(block, 0, x);
    // Deviations from 1e9 + 10: −6, −3, 3, 6 → Σd² = 90, variance 90/3 = 30.
    expect(momentsCount(block, 0)).toBe(4);
    expect(momentsMean(block, 0)).toBe(1e9 + 10);
    expect(momentsVariance(block, 0)).toBeCloseTo(30, 9);
    expect(momentsSd(block, 0)).toBeCloseTo(Math.sqrt(30), 9);
  });

  it('leaves sd undefined for a single value', () => {
    const block = new Float64Array(MOMENT_STRIDE);
    momentsAdd(block, 0, 3);
    expect(momentsMean(block, 0)).toBe(3);
    expect(momentsSd(block, 0)).toBeUndefined();
  });

  it('has a repeatable PRNG in [0, 1)', () => {
    const a = mulberry32(99);
    const b = mulberry32(99);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(mulberry32(100)()).not.toBe(mulberry32(99)());
  });
});
