/**
 * `tree score` and `tree validate` on hostile input, in-process: keys that are names of
 * Object.prototype's members (issue 7, case 5), extreme weights (case 12), flags and weight
 * lists that were misread (case 15), and a wrong activity column (case 7).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { type ScoreRequest, score } from '../../src/commands/score.js';
import { validate } from '../../src/commands/validate.js';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { MAX_DISTINCT_ACTIVITIES } from '../../src/core/score/index.js';
import { DataError, UsageError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';
import { runInProcess } from '../helpers/runtime.js';

const label = (en: string) => ({ en, id: en });

/** A workspace whose first criterion is called `constructor` (the schema's id pattern allows it). */
let proto: string;
beforeAll(() => {
  proto = tempDir();
  writeFileSync(
    path.join(proto, 'assessment.json'),
    JSON.stringify({
      version: 1,
      language: 'en',
      criteria: [
        { id: 'constructor', label: label('Constructor'), weight: 2 },
        { id: 'risk', label: label('Risk'), direction: 'cost' },
      ],
      survey: { files: ['ratings.csv'] },
    }),
  );
  // Gender values `constructor` and `toString` are names of Object.prototype members too.
  writeFileSync(
    path.join(proto, 'ratings.csv'),
    [
      'activity,respondent,gender,constructor,risk',
      'keripik,r1,perempuan,5,2',
      'keripik,r2,constructor,4,1',
      'keripik,r3,toString,4,2',
      'madu,r4,perempuan,3,3',
      'madu,r5,perempuan,2,4',
      '',
    ].join('\n'),
  );
});

const run = (request: ScoreRequest = {}) => score({ cwd: proto, env: {}, lang: 'en', ...request });
const cli = (args: string[]) => runInProcess(['--lang', 'en', 'score', ...args], proto);

describe('keys named like Object.prototype members (case 5)', () => {
  it('validate() accepts a workspace and survey with a criterion called constructor', async () => {
    const report = await validate({ cwd: proto, env: {}, lang: 'en', files: ['assessment.json', 'ratings.csv'] });
    expect(report.files.map((f) => [f.kind, f.valid, f.problems])).toEqual([
      ['assessment', true, []],
      ['ratings', true, []],
    ]);
  });

  it('score() scores the criterion called constructor like any other', async () => {
    const report = await run();
    expect(Object.hasOwn(report.meta.weights, 'constructor')).toBe(true);
    expect(report.meta.weights['constructor']).toBe(2);
    const keripik = report.activities.find((a) => a.activity === 'keripik');
    expect(keripik?.criteria['constructor']).toEqual({ n: 3, mean: 4.333, sd: 0.577 });
    // (2·(4.333−1)/4 + 1·(5−1.667)/4) / 3 = 83.33
    expect(keripik?.score).toBe(83.33);
  });

  it('--weights constructor=1 weights that criterion; __proto__ is an unknown criterion (exit 2)', async () => {
    const report = await run({ weights: { constructor: 1 } });
    expect(report.meta.weights['constructor']).toBe(1);
    const r = await cli(['--weights', '__proto__=1']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('there is no criterion "__proto__"');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '--by %s without such a column: exit 3 naming the field, not an internal error',
    async (field) => {
      const r = await runInProcess(['--lang', 'en', 'score', '--by', field], proto);
      // `constructor` is a criterion column here, so it is found; the others are not.
      if (field === 'constructor') expect(r.code, r.stderr).toBe(0);
      else {
        expect(r.code, r.stderr).toBe(3);
        expect(r.stderr).toContain(field);
        expect(r.stderr).not.toMatch(/internal error/i);
      }
    },
  );

  it('a criterion id __proto__ is refused by the schema: exit 3 from score() and validate(), at its place', async () => {
    const ws = tempDir();
    writeFileSync(
      path.join(ws, 'assessment.json'),
      JSON.stringify({
        version: 1,
        criteria: [{ id: '__proto__', label: label('x') }],
        survey: { columns: { segments: { constructor: 'gender' } } },
      }),
    );
    writeFileSync(path.join(ws, 'r.csv'), 'activity,__proto__\nkeripik,4\n');
    const error = await rejection(score({ cwd: ws, env: {}, lang: 'en', files: ['r.csv'] }));
    expect(error).toBeInstanceOf(DataError);
    expect(error.problems.map((p) => p.pointer)).toEqual(['/criteria/0/id']);
    const report = await validate({ cwd: ws, env: {}, lang: 'en', files: ['assessment.json'] });
    expect(report.files[0]?.problems.map((p) => p.pointer)).toEqual(['/criteria/0/id']);
  });

  it('a segment called constructor, mapped in assessment.json, is an ordinary segment', async () => {
    const ws = tempDir();
    writeFileSync(
      path.join(ws, 'assessment.json'),
      JSON.stringify({ version: 1, survey: { columns: { segments: { constructor: 'sex' } } } }),
    );
    writeFileSync(path.join(ws, 'r.csv'), 'activity,sex,market_demand\nkeripik,perempuan,4\nmadu,toString,3\n');
    const report = await score({ cwd: ws, env: {}, lang: 'en', files: ['r.csv'], by: ['constructor'] });
    expect(report.meta.segments['constructor']).toEqual(['perempuan', 'toString']);
    expect(Object.keys(report.activities.find((a) => a.activity === 'madu')?.segments['constructor'] ?? {})).toEqual([
      'toString',
    ]);
  });

  it('--encoding constructor is a usage error (exit 2)', async () => {
    const r = await cli(['--encoding', 'constructor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown encoding "constructor"');
  });

  it('segment values constructor and toString are ordinary values: no phantom cells', async () => {
    const report = await run({ by: ['gender'] });
    expect(report.meta.segments['gender']).toEqual(['constructor', 'perempuan', 'toString']);
    const madu = report.activities.find((a) => a.activity === 'madu');
    const gender = madu?.segments['gender'] ?? {};
    expect(Object.keys(gender)).toEqual(['perempuan']);
    expect(gender['constructor']).toBeUndefined();
    expect(gender['toString']).toBeUndefined();
    const table = await cli(['--by', 'gender']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).not.toContain('(#-)');
    const maduRow = table.stdout.split('\n').find((l) => l.includes('madu')) ?? '';
    expect(maduRow.match(/\(#\d+\)/g)).toHaveLength(1);
    const csv = await cli(['--by', 'gender', '--format', 'csv']);
    expect(csv.stdout).not.toMatch(/function|\[object/);
  });

  it('a segment called __proto__ (mapped with --map) is reported under its own name', async () => {
    const report = await run({
      map: JSON.parse('{"__proto__": "gender"}') as Record<string, string>,
      by: ['__proto__'],
    });
    expect(Object.hasOwn(report.meta.segments, '__proto__')).toBe(true);
    // biome-ignore lint/suspicious/noProto: the point is an own key named __proto__ on a prototype-free object.
    expect(report.meta.segments['__proto__']).toEqual(['constructor', 'perempuan', 'toString']);
    const keripik = report.activities.find((a) => a.activity === 'keripik');
    expect(Object.hasOwn(keripik?.segments ?? {}, '__proto__')).toBe(true);
    // biome-ignore lint/suspicious/noProto: the point is an own key named __proto__ on a prototype-free object.
    expect(Object.keys(keripik?.segments['__proto__'] ?? {})).toEqual(['constructor', 'perempuan', 'toString']);
    const json = JSON.parse((await cli(['--map', '__proto__=gender', '--by', '__proto__', '--json'])).stdout) as {
      meta: { segments: Record<string, string[]> };
    };
    expect(Object.hasOwn(json.meta.segments, '__proto__')).toBe(true);
  });
});

describe('extreme weights (case 12)', () => {
  const CRITERIA = DEFAULT_CRITERIA.map((c) => c.id);
  let ex: string;
  beforeAll(async () => {
    ex = path.join(tempDir(), 'ws');
    await example({ cwd: ex, dir: '.', env: {} });
  });
  /** The report's figures, without meta.weights (which shows the weights as given). */
  const figures = async (weight: number | undefined) => {
    const weights = weight === undefined ? undefined : Object.fromEntries(CRITERIA.map((id) => [id, weight]));
    const report = await score({ cwd: ex, env: {}, lang: 'en', by: ['gender'], ...(weights ? { weights } : {}) });
    return { activities: report.activities, segments: report.meta.segments };
  };

  it.each([1e308, 1e-200, 1e-320])('equal weights of %s give the figures of equal weights of 1', async (w) => {
    expect(await figures(w)).toEqual(await figures(undefined));
  });

  it('a weights file of 1e-320 prints the ranking of equal weights, with no NaN', async () => {
    writeFileSync(path.join(ex, 'tiny.json'), `{${CRITERIA.map((id) => `"${id}": 1e-320`).join(', ')}}`);
    const tiny = await runInProcess(['--lang', 'en', 'score', '--weights', 'tiny.json'], ex);
    const plain = await runInProcess(['--lang', 'en', 'score'], ex);
    expect(tiny.code, tiny.stderr).toBe(0);
    expect(tiny.stdout).not.toContain('NaN');
    expect(tiny.stdout).toBe(plain.stdout);
  });
});

describe('flags and weight lists that were misread (case 15)', () => {
  let ex: string;
  beforeAll(async () => {
    ex = path.join(tempDir(), 'ws');
    await example({ cwd: ex, dir: '.', env: {} });
  });
  const cli = (args: string[]) => runInProcess(['--lang', 'en', 'score', ...args], ex);

  it.each(['-5', '1e9', '1.5', '+5', '2,5', '.5', '1E+3', '0x10', '-Infinity'])(
    '--sensitivity %s is a bad number of runs (exit 2), not a file name',
    async (value) => {
      const r = await cli([`--sensitivity=${value}`]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--sensitivity must be a whole number from 10 to 100000, not "${value}"`);
      // Apart, commander takes some (-Infinity) for an unknown option: a usage error all the same.
      expect((await cli(['--sensitivity', value])).code).toBe(2);
    },
  );

  it('--sensitivity followed by a file name still reads that file', async () => {
    const r = await cli(['--sensitivity', 'data/ratings.csv', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ meta: { files: ['data/ratings.csv'], sensitivity: { runs: 1000 } } });
  });

  it('an empty weights CSV says that it holds no weights and what it should hold (exit 3)', async () => {
    for (const text of ['', '\n\n', 'criterion,weight\n']) {
      writeFileSync(path.join(ex, 'empty-weights.csv'), text);
      const r = await cli(['--weights', 'empty-weights.csv']);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain('empty-weights.csv holds no weights');
      expect(r.stderr).toContain('market_demand,2');
      expect(r.stderr).not.toContain('export the survey');
    }
  });

  it('a criterion weighted twice on the command line is a usage error naming it (exit 2)', async () => {
    const r = await cli(['--weights', 'market_demand=2,risk=1,market_demand=3']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('cannot use --weights market_demand=2,risk=1,market_demand=3:');
    expect(r.stderr).toContain('market_demand is weighted twice');
  });

  it('a criterion weighted twice in a weights CSV is a data error at its line (exit 3)', async () => {
    writeFileSync(path.join(ex, 'twice.csv'), 'criterion,weight\nrisk,2\nmarket_demand,1\nrisk,3\n');
    const r = await cli(['--weights', 'twice.csv']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/twice\.csv:4: .*risk is weighted twice/);
  });

  it('an unknown criterion in --weights names the flag on the command line, and the file in a weights file', async () => {
    const r = await cli(['--weights', 'nosuch=1']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('cannot use --weights nosuch=1:');
    expect(r.stderr).toContain('there is no criterion "nosuch"');
    writeFileSync(path.join(ex, 'nosuch.csv'), 'nosuch,1\n');
    const f = await cli(['--weights', 'nosuch.csv']);
    expect(f.code, f.stderr).toBe(3);
    expect(f.stderr).toContain('cannot use --weights nosuch.csv:');
    expect(f.stderr).toMatch(/nosuch\.csv: there is no criterion "nosuch"/);
  });

  it('score() itself speaks of "these weights", a usage error', async () => {
    const error = await rejection(score({ cwd: ex, env: {}, lang: 'en', weights: { nosuch: 1 } }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('cannot use these weights:');
    expect(error).not.toBeInstanceOf(DataError);
  });
});

describe('a wrong activity column: a new activity on every row (case 7)', () => {
  const HEADER = 'submission_id,respondent,market_demand,risk';
  /** `count` rows, each naming an activity never seen before (as a submission id would). */
  const rows = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) => `uuid-${from + i},r${from + i},4,2`);
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    // Past the limit, then a ragged row and a rating off the scale that a full read would report.
    writeFileSync(
      path.join(dir, 'wrong.csv'),
      [HEADER, ...rows(MAX_DISTINCT_ACTIVITIES + 500), 'x,y', 'uuid-z,rz,9,2', ''].join('\n'),
    );
    writeFileSync(path.join(dir, 'limit.csv'), [HEADER, ...rows(MAX_DISTINCT_ACTIVITIES), ...rows(50), ''].join('\n'));
    writeFileSync(path.join(dir, 'half1.csv'), [HEADER, ...rows(MAX_DISTINCT_ACTIVITIES / 2 + 1), ''].join('\n'));
    writeFileSync(
      path.join(dir, 'half2.csv'),
      [HEADER, ...rows(MAX_DISTINCT_ACTIVITIES / 2 + 1, MAX_DISTINCT_ACTIVITIES), ''].join('\n'),
    );
  });
  const map = { activity: 'submission_id' };
  const message = `more than ${MAX_DISTINCT_ACTIVITIES} different activities in the column "submission_id"`;

  it('the limit is a sane number of activities for a TREE survey', () => {
    expect(MAX_DISTINCT_ACTIVITIES).toBeGreaterThanOrEqual(1000);
    expect(MAX_DISTINCT_ACTIVITIES).toBeLessThanOrEqual(5000);
  });

  it('score() stops at the first activity past the limit: one problem, naming the column, at its row', async () => {
    const progress: number[] = [];
    const error = await rejection(
      score({ cwd: dir, env: {}, lang: 'en', files: ['wrong.csv'], map, onProgress: (p) => progress.push(p.rows) }),
    );
    expect(error).toBeInstanceOf(DataError);
    expect(error.exitCode).toBe(3);
    // The ragged row and the 9 further down were never read.
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'wrong.csv', line: MAX_DISTINCT_ACTIVITIES + 2, column: 1 });
    expect(error.problems[0]?.message).toContain(message);
    expect(error.problems[0]?.message).toContain('--map activity=');
    expect(progress).toEqual([]);
  });

  it('exactly the limit is scored', async () => {
    const report = await score({ cwd: dir, env: {}, lang: 'en', files: ['limit.csv'], map, sensitivity: { runs: 10 } });
    expect(report.activities).toHaveLength(MAX_DISTINCT_ACTIVITIES);
    expect(report.activities[0]?.sensitivity).toBeDefined();
  });

  it('several files are one survey: their activities count together', async () => {
    const error = await rejection(score({ cwd: dir, env: {}, lang: 'en', files: ['half1.csv', 'half2.csv'], map }));
    expect(error).toBeInstanceOf(DataError);
    expect(error.problems).toHaveLength(1);
    // 1,001 from the first file; the 1,000th row of the second (line 1,001) is the 2,001st.
    expect(error.problems[0]).toMatchObject({ file: 'half2.csv', line: MAX_DISTINCT_ACTIVITIES / 2 + 1, column: 1 });
  });

  it('validate() applies the same limit, with the same problem', async () => {
    const report = await validate({ cwd: dir, env: {}, lang: 'en', files: ['wrong.csv', 'limit.csv'], map });
    expect(report.files.map((f) => f.valid)).toEqual([false, true]);
    expect(report.files[0]?.problems).toHaveLength(1);
    expect(report.files[0]?.problems[0]).toMatchObject({
      file: 'wrong.csv',
      line: MAX_DISTINCT_ACTIVITIES + 2,
      column: 1,
    });
    expect(report.files[0]?.problems[0]?.message).toContain(message);
  });

  it('names the column as the header spells it, in Indonesian too', async () => {
    writeFileSync(
      path.join(dir, 'kobo.csv'),
      [
        'grp/Jenis Usaha;grp/respondent;market_demand',
        ...Array.from({ length: MAX_DISTINCT_ACTIVITIES + 1 }, (_, i) => `Usaha ${i};r;3`),
        '',
      ].join('\n'),
    );
    const error = await rejection(score({ cwd: dir, env: {}, lang: 'id', files: ['kobo.csv'] }));
    expect(error.problems[0]?.message).toContain(
      `lebih dari ${MAX_DISTINCT_ACTIVITIES} kegiatan berbeda di kolom "grp/Jenis Usaha"`,
    );
  });
});
