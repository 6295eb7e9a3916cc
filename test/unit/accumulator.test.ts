/** The streaming tallies behind `tree score`: what a row adds, and which rows and settings are refused. */
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import { RatingAccumulator } from '../../src/core/score/index.js';
import { MOMENT_STRIDE, momentsCount, momentsMean } from '../../src/core/stats.js';

const label = { en: 'x', id: 'x' };
const A: Criterion = { id: 'a', label, weight: 1, direction: 'benefit' };
const B: Criterion = { id: 'b', label, weight: 1, direction: 'benefit' };
const U = undefined;

/** [n, mean] of each criterion in a moments block. */
const figures = (moments: Float64Array, nc = 2) =>
  Array.from({ length: nc }, (_, c) => [
    momentsCount(moments, c * MOMENT_STRIDE),
    momentsMean(moments, c * MOMENT_STRIDE) ?? null,
  ]);

describe('RatingAccumulator set-up', () => {
  it('refuses a criterion id or a segment name given twice, naming it', () => {
    expect(() => new RatingAccumulator([A, B, A], [])).toThrow(/^duplicate criterion id: a$/);
    expect(() => new RatingAccumulator([A], ['gender', 'age', 'gender'])).toThrow(/^duplicate segment name: gender$/);
  });
});

describe('RatingAccumulator rows', () => {
  it('refuses a row of the wrong width, saying what it expected', () => {
    const acc = new RatingAccumulator([A, B], ['gender']);
    expect(() => acc.add('x', 'r', [1], ['f'])).toThrow(/^expected 2 rating values, got 1$/);
    expect(() => acc.add('x', 'r', [1, 2], [])).toThrow(/^expected 1 segment values, got 0$/);
  });

  it('refuses an infinite rating either way, naming the criterion', () => {
    const acc = new RatingAccumulator([A, B], []);
    expect(() => acc.add('x', 'r', [1, Number.NEGATIVE_INFINITY], [])).toThrow(/^rating for b is not a finite number$/);
    expect(() => acc.add('x', 'r', [Number.POSITIVE_INFINITY, 1], [])).toThrow(/^rating for a is not a finite number$/);
  });

  it('takes NaN as a missing rating, as readers passing a Float64Array mark it', () => {
    const acc = new RatingAccumulator([A, B], ['gender']);
    acc.add('x', 'r1', Float64Array.of(Number.NaN, 3), ['f']);
    acc.add('x', 'r2', Float64Array.of(5, Number.NaN), ['f']);
    acc.add('x', 'r3', Float64Array.of(Number.NaN, Number.NaN), ['f']);
    const [x] = acc.tallies();
    expect(figures(x?.moments as Float64Array)).toEqual([
      [1, 5],
      [1, 3],
    ]);
    expect(figures(x?.segments[0]?.get('f')?.moments as Float64Array)).toEqual([
      [1, 5],
      [1, 3],
    ]);
    // The all-missing row is not a rating: no row, no respondent, no segment row.
    expect([x?.rows, x?.respondents, x?.segments[0]?.get('f')?.rows]).toEqual([2, 2, 2]);
  });

  it('counts rows with at least one rating, over all activities', () => {
    const acc = new RatingAccumulator([A, B], []);
    acc.add('x', 'r1', [1, U], []);
    acc.add('y', 'r1', [U, 2], []);
    acc.add('y', 'r2', [U, U], []);
    acc.add('z', 'r3', [U, U], []);
    expect(acc.rows).toBe(2);
    expect(acc.tallies().map((t) => [t.activity, t.rows])).toEqual([
      ['x', 1],
      ['y', 1],
      ['z', 0],
    ]);
  });

  it('keeps activities in first-seen order, one tally each, also when reached through tally()', () => {
    const acc = new RatingAccumulator([A], []);
    const listed = acc.tally('listed');
    acc.add('b', 'r1', [1], []);
    acc.add('a', 'r1', [2], []);
    acc.addTo(acc.tally('b'), 'r2', [3], []);
    acc.addTo(listed, 'r1', [4], []);
    expect(acc.tally('listed')).toBe(listed);
    expect(acc.tallies().map((t) => [t.activity, t.index, t.rows, t.respondents])).toEqual([
      ['listed', 0, 1, 1],
      ['b', 1, 2, 2],
      ['a', 2, 1, 1],
    ]);
  });

  it('adds a row to each of its segment values, skipping empty ones, and only its own ratings', () => {
    const acc = new RatingAccumulator([A, B], ['gender', 'age']);
    acc.add('x', 'r1', [4, U], ['f', '']);
    acc.add('x', 'r2', [2, 5], ['f', 'old']);
    acc.add('x', 'r3', [U, 1], ['m', 'old']);
    const [x] = acc.tallies();
    const gender = x?.segments[0] as Map<string, { rows: number; moments: Float64Array }>;
    const age = x?.segments[1] as Map<string, { rows: number; moments: Float64Array }>;
    expect([...gender.keys()]).toEqual(['f', 'm']);
    expect([...age.keys()]).toEqual(['old']);
    expect([gender.get('f')?.rows, gender.get('m')?.rows, age.get('old')?.rows]).toEqual([2, 1, 2]);
    expect(figures(gender.get('f')?.moments as Float64Array)).toEqual([
      [2, 3],
      [1, 5],
    ]);
    expect(figures(age.get('old')?.moments as Float64Array)).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});
