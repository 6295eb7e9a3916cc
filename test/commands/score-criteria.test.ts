import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreRequest } from '../../src/cli/score.js';
import { score } from '../../src/commands/score.js';
import { resolveConfig } from '../../src/config.js';
import { UsageError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';
import { runInProcess, testRuntime } from '../helpers/runtime.js';

/** A folder without any assessment.json above it that matters: files written into a fresh temp dir. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('tree-criteria-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const REVIEWS = [
  'userID,placeID,rating,food_rating,service_rating',
  'U1,132825,2,2,2',
  'U2,132825,2,2,2',
  'U3,132825,1,2,1',
  'U1,135085,0,1,0',
  'U2,135085,1,0,0',
].join('\n');

describe('criteria and scale without a workspace (issue 8, point 6)', () => {
  it('scores a three-column file in one line: --map activity=…, --criteria, --scale', async () => {
    const dir = folder({ 'reviews.csv': REVIEWS });
    const r = await runInProcess(
      [
        'score',
        'reviews.csv',
        '--map',
        'activity=placeID,respondent=userID',
        '--criteria',
        'rating,food_rating,service_rating',
        '--scale',
        '0..2',
        '--json',
        '--lang',
        'en',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      activities: { activity: string; score: number; n: number }[];
      meta: { scale: number[]; directions: Record<string, string> };
    };
    expect(report.meta.scale).toEqual([0, 2]);
    expect(Object.keys(report.meta.directions)).toEqual(['rating', 'food_rating', 'service_rating']);
    const best = report.activities[0];
    expect(best?.activity).toBe('132825');
    // means 5/3, 2, 5/3 on 0–2: (5/6 + 1 + 5/6) / 3 = 8/9.
    expect(best?.score).toBe(88.89);
    // means 1/2, 1/2, 0 on 0–2: (1/4 + 1/4 + 0) / 3.
    expect(report.activities[1]?.score).toBe(16.67);
  });

  it('takes :cost in --criteria, and gives the typed request criteria and scale', async () => {
    const dir = folder({ 'reviews.csv': REVIEWS });
    const { rt } = testRuntime({ cwd: dir });
    const request = await scoreRequest(rt, ['reviews.csv'], {
      criteria: 'rating, food_rating:cost',
      scale: '0..2',
      map: 'activity=placeID',
    });
    expect(request.criteria).toEqual([
      { id: 'rating', direction: 'benefit' },
      { id: 'food_rating', direction: 'cost' },
    ]);
    expect(request.scale).toEqual({ min: 0, max: 2 });
    const report = await score(request);
    expect(report.meta.directions).toEqual({ rating: 'benefit', food_rating: 'cost' });
  });

  it('refuses a bad --criteria or --scale with exit 2 and an example', async () => {
    const dir = folder({ 'reviews.csv': REVIEWS });
    const bad = await runInProcess(['score', 'reviews.csv', '--criteria', 'Rating,x:costly', '--lang', 'en'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot read the criterion "Rating" in --criteria: write id or id:cost/);
    for (const value of ['2..0', '0-2', 'low..high', '1..1']) {
      const r = await runInProcess(['score', 'reviews.csv', '--scale', value, '--lang', 'en'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`cannot read the scale "${value}" in --scale: write MIN..MAX`);
    }
  });

  it('refuses an unknown --map field with exit 2, listing the known ones', async () => {
    const dir = folder({ 'reviews.csv': REVIEWS });
    const args = ['score', 'reviews.csv', '--criteria', 'rating', '--scale', '0..2', '--lang', 'en'];
    const r = await runInProcess([...args, '--map', 'activity=placeID,ratng=rating'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'cannot map "ratng" with --map: it is not a field of this survey. Known fields: activity, respondent, rating.',
    );
    // A segment asked for with --by is a known field.
    const ok = await runInProcess([...args, '--map', 'activity=placeID,user=userID', '--by', 'user', '--json'], dir);
    // Only warnings: the file's other rating columns are not criteria of this run, and are named.
    expect(ok.stderr).not.toMatch(/^error/m);
    expect(ok.stderr).toMatch(/column "food_rating" holds ratings/);
    expect(ok.code).toBe(0);
    const e = await rejection(
      score({
        cwd: dir,
        files: ['reviews.csv'],
        criteria: [{ id: 'rating', direction: 'benefit' }],
        map: { gender: 'x' },
      }),
    );
    expect(e).toBeInstanceOf(UsageError);
  });

  it('says --map activity=COLUMN when no activity column is found', async () => {
    const dir = folder({ 'reviews.csv': REVIEWS });
    const r = await runInProcess(
      ['score', 'reviews.csv', '--criteria', 'rating', '--scale', '0..2', '--lang', 'en'],
      dir,
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no activity column found .*--map activity=COLUMN.*survey\.columns\.activity/);
  });

  it('says where the scale is set in an out-of-scale message: --scale, or survey.scale, or the default', async () => {
    const dir = folder({ 'reviews.csv': REVIEWS });
    const args = ['score', 'reviews.csv', '--map', 'activity=placeID', '--criteria', 'rating', '--lang', 'en'];
    const flag = await runInProcess([...args, '--scale', '1..2'], dir);
    expect(flag.code).toBe(3);
    expect(flag.stderr).toContain('"0" is outside the rating scale 1–2 for criterion rating (set in --scale).');
    const dflt = await runInProcess(args, dir);
    expect(dflt.stderr).toContain(
      '"0" is outside the rating scale 1–5 for criterion rating (set in the default 1–5: change it with survey.scale in assessment.json, or --scale MIN..MAX).',
    );
  });

  it('reads --labels from JSON or CSV into the request and the config as scale.labels', async () => {
    const dir = folder({
      'reviews.csv': REVIEWS,
      'labels.json': '{"buruk": 0, "cukup": 1, "baik": 2}',
      'labels.csv': 'label,value\nburuk,0\ncukup,1\nbaik,"2"\n',
      'bad.csv': 'buruk,0\ncukup,satu\n',
    });
    const { rt } = testRuntime({ cwd: dir });
    for (const file of ['labels.json', 'labels.csv']) {
      const request = await scoreRequest(rt, ['reviews.csv'], { labels: file });
      expect({ ...request.labels }).toEqual({ buruk: 0, cukup: 1, baik: 2 });
      expect({ ...resolveConfig(undefined, { labels: { ...request.labels } }).scale.labels }).toEqual({
        buruk: 0,
        cukup: 1,
        baik: 2,
      });
    }
    const r = await runInProcess(['score', 'reviews.csv', '--labels', 'bad.csv', '--lang', 'en'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('bad.csv:2');
    expect(r.stderr).toContain('the answer "cukup" has the value "satu", which is not a number');
  });
});

describe('a scale per criterion (issue 8, point 8): reading', () => {
  const workspace = JSON.stringify({
    version: 1,
    criteria: [
      { id: 'cupping', label: { en: 'Cupping' }, scale: { min: 0, max: 10 } },
      { id: 'defects', label: { en: 'Defects' }, direction: 'cost', scale: { min: 0, max: 63 } },
    ],
  });

  it('checks each cell against its criterion’s own scale, and scores on it without --skip-invalid', async () => {
    const dir = folder({
      'assessment.json': workspace,
      'lots.csv': ['activity,cupping,defects', 'lot1,8,0', 'lot1,9,2', 'lot2,7,60', 'lot2,8,63'].join('\n'),
    });
    const report = await score({ cwd: dir, files: ['lots.csv'], lang: 'en' });
    expect(report.meta.skipped).toBe(0);
    expect(report.meta.scales).toEqual({ cupping: [0, 10], defects: [0, 63] });
    expect(report.activities.map((a) => a.activity)).toEqual(['lot1', 'lot2']);
    // lot2: cupping 0.75, defects (63 − 61.5) / 63.
    expect(report.activities[1]?.score).toBe(Math.round(100 * ((0.75 + 1.5 / 63) / 2) * 100) / 100);
  });

  it('names the criterion and criteria[i].scale when a cell is outside it', async () => {
    const dir = folder({
      'assessment.json': workspace,
      'lots.csv': ['activity,cupping,defects', 'lot1,11,0', 'lot1,9,64'].join('\n'),
    });
    const r = await runInProcess(['score', 'lots.csv', '--lang', 'en'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'lots.csv:2:2: "11" is outside the rating scale 0–10 for criterion cupping (set in criteria[0].scale in assessment.json).',
    );
    expect(r.stderr).toContain(
      'lots.csv:3:3: "64" is outside the rating scale 0–63 for criterion defects (set in criteria[1].scale in assessment.json).',
    );
  });
});

describe('answer words given with --labels', () => {
  it('count when a column is judged to hold ratings, as words in survey.scale.labels do', async () => {
    const dir = folder({
      'words.csv': [
        'place,need,extra',
        'A,Very needed,Not needed',
        'B,Not needed,Very needed',
        'C,Very needed,Very needed',
        '',
      ].join('\n'),
      'labels.json': '{"Not needed": 1, "Very needed": 5}',
    });
    const args = ['score', 'words.csv', '--map', 'activity=place', '--criteria', 'need', '--scale', '1..5'];
    const r = await runInProcess([...args, '--labels', 'labels.json', '--lang', 'en', '--min-n', '1'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/column "extra" holds ratings \(3 of 3 answers/);
  });
});
