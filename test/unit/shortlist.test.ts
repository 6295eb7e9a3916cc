/**
 * The shortlist and the feasibility marks go to the best activities with enough ratings
 * (README, "Ranks and shortlist"): one rating is not evidence.
 */
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import {
  type ActivityScore,
  RatingAccumulator,
  type ScoreOptions,
  scoreActivities,
  sensitivity,
} from '../../src/core/score/index.js';

const CRITERIA: Criterion[] = [{ id: 'market_demand', label: { en: 'x', id: 'x' }, weight: 1, direction: 'benefit' }];

/** Each activity rated `n` times with the same rating, so its score is (rating − 1) · 25. */
function tally(spec: Record<string, [rating: number, n: number]>): RatingAccumulator {
  const acc = new RatingAccumulator(CRITERIA, []);
  for (const [activity, [rating, n]] of Object.entries(spec))
    for (let i = 0; i < n; i++) acc.add(activity, `${activity}-${i}`, [rating], []);
  return acc;
}

const options = (extra: Partial<ScoreOptions> = {}): ScoreOptions => ({
  criteria: CRITERIA,
  scale: { min: 1, max: 5 },
  shortlist: 2,
  feasibility: 1,
  lowN: 5,
  ...extra,
});

const marks = (activities: ActivityScore[]) =>
  Object.fromEntries(
    activities.map((a) => [
      a.activity,
      { rank: a.rank, shortlist: a.shortlist, feasibility: a.feasibility, heldBack: a.heldBack },
    ]),
  );

// Once (a single top rating) beats everything; the others have five ratings or more.
const SURVEY = { once: [5, 1], madu: [4, 5], tenun: [3, 6], kopi: [2, 5], twice: [1.5, 2] } as Record<
  string,
  [number, number]
>;

describe('shortlist and feasibility marks', () => {
  it('keeps an activity with too few ratings in the ranking, flagged, but off the shortlist and the feasibility marks', () => {
    const result = scoreActivities(tally(SURVEY), options());
    expect(marks(result.activities)).toEqual({
      once: { rank: 1, shortlist: false, feasibility: false, heldBack: true },
      madu: { rank: 2, shortlist: true, feasibility: true, heldBack: false },
      tenun: { rank: 3, shortlist: true, feasibility: false, heldBack: false },
      kopi: { rank: 4, shortlist: false, feasibility: false, heldBack: false },
      // Low n too, but its score would not make the shortlist anyway.
      twice: { rank: 5, shortlist: false, feasibility: false, heldBack: false },
    });
    expect(result.activities[0]?.flags).toContain('low_n');
  });

  it('lets them in with allowLowN, as before', () => {
    const result = scoreActivities(tally(SURVEY), options({ allowLowN: true }));
    expect(marks(result.activities)).toEqual({
      once: { rank: 1, shortlist: true, feasibility: true, heldBack: false },
      madu: { rank: 2, shortlist: true, feasibility: false, heldBack: false },
      tenun: { rank: 3, shortlist: false, feasibility: false, heldBack: false },
      kopi: { rank: 4, shortlist: false, feasibility: false, heldBack: false },
      twice: { rank: 5, shortlist: false, feasibility: false, heldBack: false },
    });
    expect(result.activities[0]?.flags).toContain('low_n');
  });

  it('fills the shortlist from the activities with enough ratings, ties at its edge included', () => {
    const acc = tally({ once: [5, 1], madu: [4, 5], tenun: [3, 5], kopi: [3, 7], batik: [2, 5] });
    expect(marks(scoreActivities(acc, options()).activities)).toEqual({
      once: { rank: 1, shortlist: false, feasibility: false, heldBack: true },
      madu: { rank: 2, shortlist: true, feasibility: true, heldBack: false },
      kopi: { rank: 3, shortlist: true, feasibility: false, heldBack: false },
      tenun: { rank: 3, shortlist: true, feasibility: false, heldBack: false },
      batik: { rank: 5, shortlist: false, feasibility: false, heldBack: false },
    });
  });

  it('says an activity tied at the edge with too few ratings was held back', () => {
    const acc = tally({ madu: [4, 5], tenun: [3, 5], kopi: [3, 2], batik: [2, 5] });
    const result = marks(scoreActivities(acc, options()).activities);
    expect(result.kopi).toEqual({ rank: 2, shortlist: false, feasibility: false, heldBack: true });
    expect(result.tenun).toEqual({ rank: 2, shortlist: true, feasibility: false, heldBack: false });
  });

  it('marks nobody when no activity has enough ratings', () => {
    const result = scoreActivities(tally({ once: [5, 1], twice: [4, 2] }), options());
    expect(result.activities.map((a) => [a.shortlist, a.feasibility, a.heldBack])).toEqual([
      [false, false, true],
      [false, false, true],
    ]);
  });

  it('follows minN: at the threshold an activity is eligible', () => {
    const result = scoreActivities(tally({ once: [5, 1], madu: [4, 5] }), options({ lowN: 1 }));
    expect(result.activities.map((a) => [a.activity, a.feasibility, a.flags.includes('low_n')])).toEqual([
      ['once', true, false],
      ['madu', false, false],
    ]);
  });

  it('never counts a held-back activity in the sensitivity shortlist, whatever the weights', () => {
    const criteria: Criterion[] = [
      ...CRITERIA,
      { id: 'risk', label: { en: 'x', id: 'x' }, weight: 1, direction: 'cost' },
    ];
    const acc = new RatingAccumulator(criteria, []);
    acc.add('once', 'r', [5, 1], []);
    for (let i = 0; i < 5; i++) {
      acc.add('madu', `m${i}`, [4, 3], []);
      acc.add('tenun', `t${i}`, [3, 2], []);
      acc.add('kopi', `k${i}`, [2, 4], []);
    }
    const opts = options({ criteria });
    const s = sensitivity(acc, opts, 200, 7, 0.5);
    const once = s.activities.find((a) => a.activity === 'once');
    expect(once).toMatchObject({ rank: 1, inShortlist: 0, inFeasibility: 0, rankMin: 1 });
    // The eligible ones share the two places in every run.
    const total = s.activities.reduce((sum, a) => sum + a.inShortlist, 0);
    expect(total).toBeGreaterThanOrEqual(2);
    const allowed = sensitivity(acc, { ...opts, allowLowN: true }, 200, 7, 0.5);
    expect(allowed.activities.find((a) => a.activity === 'once')?.inShortlist).toBe(1);
  });

  it('with zero spread, sensitivity agrees with the marks of the ranking', () => {
    for (const allowLowN of [false, true]) {
      const acc = tally(SURVEY);
      const base = scoreActivities(acc, options({ allowLowN })).activities;
      const s = sensitivity(acc, options({ allowLowN }), 10, 1, 0);
      expect(s.activities.map((a) => [a.activity, a.inShortlist, a.inFeasibility])).toEqual(
        base.map((a) => [a.activity, a.shortlist ? 1 : 0, a.feasibility ? 1 : 0]),
      );
    }
  });
});
