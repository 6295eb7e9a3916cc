/**
 * The scoring core and the score renderer on hostile input (issue 7): keys named like
 * Object.prototype members (case 5), extreme weights (case 12).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/core/assessment.js';
import { RatingAccumulator, scoreActivities, sensitivity, type ScoreOptions, type ScoreReport } from '../../src/core/score/index.js';
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
    expect(madu?.segments['__proto__']?.['constructor']).toBeUndefined();
    expect(madu?.criteria['constructor']?.n).toBe(1);
  });

  it('the renderer shows no phantom cell for a report read back from JSON (plain objects)', () => {
    const report = JSON.parse(
      JSON.stringify({
        activities: [
          { rank: 1, activity: 'keripik', name: 'keripik', score: 90, ci95: [80, 100], n: 1, respondents: 1, shortlist: true, feasibility: true, criteria: {}, missingCriteria: [], flags: [], segments: { gender: { constructor: { score: 90, ci95: null, n: 1, rank: 1, flags: [] } } } },
          { rank: 2, activity: 'madu', name: 'madu', score: 50, ci95: [40, 60], n: 1, respondents: 1, shortlist: true, feasibility: true, criteria: {}, missingCriteria: [], flags: [], segments: { gender: { perempuan: { score: 50, ci95: null, n: 1, rank: 1, flags: [] } } } },
        ],
        meta: { files: [], rows: 2, ratings: 2, skipped: 0, scale: [1, 5], weights: {}, directions: {}, shortlist: 5, feasibility: 2, minN: 1, by: ['gender'], segments: { gender: ['constructor', 'perempuan', 'toString'] }, ci: '', warnings: [] },
      }),
    ) as ScoreReport;
    const { rt } = testRuntime({ cwd: '.' });
    const table = renderScore(rt, report, 'table');
    expect(table).not.toContain('(#-)');
    expect(table.match(/\(#1\)/g)).toHaveLength(2);
    expect(renderScore(rt, report, 'csv')).not.toMatch(/function|\[object/);
  });
});
