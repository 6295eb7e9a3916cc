/** The arithmetic behind `tree score`: settings checks, weights, normalised means, intervals, name order. */
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import { RatingAccumulator, type ScoreOptions, scoreActivities } from '../../src/core/score/index.js';
import { compareNames, fillNorms, normaliseWeights, prepare } from '../../src/core/score/internals.js';

const label = { en: 'x', id: 'x' };
const A: Criterion = { id: 'a', label, weight: 1, direction: 'benefit' };
const B: Criterion = { id: 'b', label, weight: 1, direction: 'benefit' };
const U = undefined;

function rated(): RatingAccumulator {
  const acc = new RatingAccumulator([A, B], ['gender']);
  acc.add('x', 'r1', [3, 4], ['f']);
  return acc;
}

const base: ScoreOptions = { criteria: [A, B], scale: { min: 1, max: 5 } };
const scoreWith = (extra: Partial<ScoreOptions>) => () => scoreActivities(rated(), { ...base, ...extra });

describe('settings the scoring refuses', () => {
  it('a survey scale that is not finite or not increasing', () => {
    for (const scale of [
      { min: Number.NaN, max: 5 },
      { min: 1, max: Number.POSITIVE_INFINITY },
      { min: 3, max: 3 },
      { min: 5, max: 1 },
    ])
      expect(scoreWith({ scale }), JSON.stringify(scale)).toThrow(/^scale must have min < max/);
  });

  it('a criterion scale that is not finite or not increasing, naming the criterion', () => {
    // −∞ … 5 is increasing, so only the finiteness check refuses it.
    for (const own of [
      { min: Number.NEGATIVE_INFINITY, max: 5 },
      { min: 1, max: Number.NaN },
      { min: 3, max: 3 },
    ])
      expect(scoreWith({ criteria: [{ ...A, scale: own }, B] }), String(own.min)).toThrow(
        /^scale of a must have min < max/,
      );
    expect(scoreActivities(rated(), { ...base, criteria: [{ ...A, scale: { min: 0, max: 10 } }, B] })).toBeDefined();
  });

  it('a criterion given twice, unknown, or left without a weight', () => {
    expect(scoreWith({ criteria: [A, B, A] })).toThrow(/^criterion a given twice/);
    expect(scoreWith({ criteria: [A, B, { ...A, id: 'c' }] })).toThrow(/^criterion c is not among the rated/);
    expect(scoreWith({ criteria: [A] })).toThrow(/^no weight given for criterion b/);
  });

  it('a weight below 0 or not a number; 0 is allowed', () => {
    expect(scoreWith({ criteria: [{ ...A, weight: -1 }, B] })).toThrow(/^weight of a must be a number ≥ 0/);
    expect(scoreWith({ criteria: [{ ...A, weight: Number.NaN }, B] })).toThrow(/^weight of a/);
    expect(scoreWith({ criteria: [{ ...A, weight: 0 }, B] })).not.toThrow();
  });

  it('a shortlist below 1, and a feasibility count or minimum n below 0 or fractional', () => {
    expect(scoreWith({ shortlist: 0 })).toThrow(/^shortlist must be an integer ≥ 1/);
    expect(scoreWith({ feasibility: -1 })).toThrow(/^feasibility must be an integer ≥ 0/);
    expect(scoreWith({ feasibility: 1.5 })).toThrow(/^feasibility must be an integer/);
    expect(scoreWith({ lowN: -1 })).toThrow(/^lowN must be an integer ≥ 0/);
    expect(scoreWith({ lowN: 2.5 })).toThrow(/^lowN must be an integer/);
  });

  it('a segment asked for twice', () => {
    expect(scoreWith({ by: ['gender', 'gender'] })).toThrow(/^duplicate segment in by: gender/);
  });
});

describe('settings at their lowest', () => {
  it('feasibility 0 marks no activity for a feasibility study, the shortlist still stands', () => {
    const [x] = scoreActivities(rated(), { ...base, feasibility: 0, allowLowN: true }).activities;
    expect([x?.shortlist, x?.feasibility]).toEqual([true, false]);
  });

  it('minimum n 0 flags no activity as low n, not even one nobody rated', () => {
    const acc = rated();
    acc.tally('nobody');
    const flags = scoreActivities(acc, { ...base, lowN: 0 }).activities.map((a) => [a.activity, a.flags]);
    expect(flags).toEqual([
      ['x', ['ci_unreliable']],
      ['nobody', ['unscored', 'missing_criteria']],
    ]);
  });

  it('with every weight 0 nothing is scored, and no criterion counts as missing', () => {
    // b is unrated, but with no weight it cannot be missing from the score.
    const acc = new RatingAccumulator([A, B], []);
    acc.add('x', 'r1', [3, U], []);
    const zero = [
      { ...A, weight: 0 },
      { ...B, weight: 0 },
    ];
    const [x] = scoreActivities(acc, { ...base, criteria: zero, lowN: 1 }).activities;
    expect([x?.score, x?.rank, x?.ci95, x?.flags]).toEqual([null, null, null, ['unscored']]);
  });
});

describe('normaliseWeights', () => {
  it('divides by the largest weight, keeping ratios and zeros', () => {
    const w = Float64Array.of(2, 1, 0);
    normaliseWeights(w);
    expect([...w]).toEqual([1, 0.5, 0]);
  });

  it('leaves all-zero weights at zero rather than 0 / 0', () => {
    const w = Float64Array.of(0, 0);
    normaliseWeights(w);
    expect([...w]).toEqual([0, 0]);
  });
});

describe('fillNorms', () => {
  it('writes one activity’s block and nothing past it, a cost reversed', () => {
    // Means 3 and 4 on 1–5 (range 4): a → (3 − 1)/4 = 0.5; b as a cost → (5 − 4)/4 = 0.25.
    const acc = new RatingAccumulator([A, B], []);
    acc.add('x', 'r1', [3, 4], []);
    const p = prepare(acc, { ...base, criteria: [A, { ...B, direction: 'cost' }] });
    const out = new Float64Array(4).fill(7);
    fillNorms(acc.tallies()[0]?.moments as Float64Array, p, out, 0);
    expect([...out]).toEqual([0.5, 0.25, 7, 7]);
  });
});

describe('95% interval', () => {
  // One criterion on 0–100: the score is the mean rating. Ratings 0, 0, 30: mean 10,
  // deviations −10, −10, 20 → variance 600 / 2 = 300; se = 100 · √(300 / (3 · 100²)) = 10.
  function interval(ratings: number[]) {
    const acc = new RatingAccumulator([A], []);
    ratings.forEach((r, i) => {
      acc.add('x', `r${i}`, [r], []);
    });
    return scoreActivities(acc, { criteria: [A], scale: { min: 0, max: 100 } }).activities[0]?.ci95;
  }

  it('is clipped at 0 below: 10 − 19.6 reads 0', () => {
    expect(interval([0, 0, 30])).toEqual([0, 29.6]);
  });

  it('is clipped at 100 above: 90 + 19.6 reads 100', () => {
    expect(interval([100, 100, 70])).toEqual([70.4, 100]);
  });
});

describe('name order among tied activities', () => {
  function order(names: string[]): string[] {
    const acc = new RatingAccumulator([A], []);
    for (const name of names) acc.add(name, U, [3], []);
    return scoreActivities(acc, { criteria: [A], scale: { min: 1, max: 5 } }).activities.map((a) => a.activity);
  }

  it('follows collation, not code units: b before C', () => {
    expect(order(['C', 'b'])).toEqual(['b', 'C']);
    expect(compareNames('b', 'C')).toBeLessThan(0);
  });

  it('does not depend on input order when names collate equal (é composed or not)', () => {
    const composed = 'Kaf\u00e9';
    const decomposed = 'Kafe\u0301';
    // The collator calls them equal; the code units decide: 'e' (0x65) < 'é' (0xe9).
    expect(order([composed, decomposed])).toEqual([decomposed, composed]);
    expect(order([decomposed, composed])).toEqual([decomposed, composed]);
    expect(compareNames(composed, decomposed)).toBe(1);
    expect(compareNames(decomposed, composed)).toBe(-1);
    expect(compareNames(composed, composed)).toBe(0);
  });
});
