/**
 * `tree score` in-process: what the report holds through the typed score() function, and
 * what only the CLI shell does (flags, formats, -o, warnings on stderr, exit codes) through
 * main() with in-memory streams. test/e2e/score.test.ts runs the built bin a few times.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { type ScoreRequest, score } from '../../src/commands/score.js';
import { DataError, InputError, type Problem, UsageError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';
import { runInProcess } from '../helpers/runtime.js';

const CRITERIA = [
  'market_demand',
  'raw_materials',
  'skills_base',
  'capital_required',
  'profitability',
  'jobs_created',
  'inclusion',
  'environment',
  'risk',
];

let dir: string;
beforeAll(async () => {
  dir = path.join(tempDir(), 'ws');
  await example({ cwd: dir, dir: '.', env: {} });
});

/** score() in the example workspace, in English, untouched by the test process's locale. */
const run = (request: ScoreRequest = {}) => score({ cwd: dir, env: {}, lang: 'en', ...request });
/** `tree --lang en score ...` in the example workspace. */
const cli = (args: string[], stdin?: string) =>
  runInProcess(['--lang', 'en', 'score', ...args], dir, stdin === undefined ? {} : { stdin });

/** Where a problem is, as a comparable object (absent fields compare as undefined). */
const place = (p: Problem | undefined) => ({ file: p?.file, line: p?.line, column: p?.column });

describe('score() on the example workspace', () => {
  it('lists an opportunity nobody rated as not scored, instead of dropping it', async () => {
    const rows = readFileSync(path.join(dir, 'data', 'ratings.csv'), 'utf8')
      .split('\r\n')
      .filter((l) => !l.includes('"batik_tulis"'));
    writeFileSync(path.join(dir, 'no-batik.csv'), rows.join('\r\n'));
    const report = await run({ files: ['no-batik.csv'] });
    expect(report.activities).toHaveLength(10);
    expect(report.activities.at(-1)).toMatchObject({
      activity: 'batik_tulis',
      rank: null,
      score: null,
      n: 0,
      flags: expect.arrayContaining(['unscored']),
    });
  });

  it('ranks the ten candidates from survey.files, best first, with the TREE shortlist', async () => {
    const report = await run();
    expect(report.activities).toHaveLength(10);
    expect(report.activities.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const scores = report.activities.map((a) => a.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(report.activities.filter((a) => a.shortlist)).toHaveLength(5);
    expect(report.activities.filter((a) => a.feasibility)).toHaveLength(2);
    expect(report.activities[0]).toMatchObject({ activity: 'keripik_singkong', name: 'Cassava chips' });
    expect(report.activities.at(-1)?.activity).toBe('budidaya_lele');
    const batik = report.activities.find((a) => a.activity === 'batik_tulis');
    expect(batik?.flags).toContain('low_n');
    expect(report.meta).toMatchObject({
      files: ['data/ratings.csv'],
      rows: 240,
      ratings: 240,
      skipped: 0,
      scale: [1, 5],
    });
    expect(Object.keys(report.meta.weights)).toHaveLength(9);
  });

  it('names activities in the language asked for', async () => {
    const report = await score({ cwd: dir, env: {}, lang: 'id' });
    expect(report.activities[0]).toMatchObject({ activity: 'keripik_singkong', name: 'Keripik singkong' });
  });

  it('breaks the ranking down by gender', async () => {
    const report = await run({ by: ['gender'] });
    expect(report.meta.segments['gender']).toEqual(['laki_laki', 'perempuan']);
    for (const a of report.activities) {
      const n = Object.values(a.segments['gender'] ?? {}).reduce((s, x) => s + x.n, 0);
      expect(n).toBe(a.n);
    }
  });

  it('reports rank stability under perturbed weights, the same for the same seed', async () => {
    const a = await run({ sensitivity: { runs: 300, seed: 7 } });
    const b = await run({ sensitivity: { runs: 300, seed: 7 } });
    expect(a).toEqual(b);
    expect(a.meta.sensitivity).toEqual({ runs: 300, seed: 7, spread: 0.25 });
    for (const x of a.activities) {
      expect(x.sensitivity?.rankMin).toBeLessThanOrEqual(x.rank as number);
      expect(x.sensitivity?.rankMax).toBeGreaterThanOrEqual(x.rank as number);
    }
  });

  it('weighting one criterion alone ranks by it', async () => {
    const weights = Object.fromEntries(CRITERIA.map((id) => [id, id === 'raw_materials' ? 1 : 0]));
    const report = await run({ weights });
    expect(report.meta.weights).toEqual(weights);
    const means = report.activities.map((a) => a.criteria['raw_materials']?.mean);
    expect([...means].sort((a, b) => (b as number) - (a as number))).toEqual(means);
  });

  it('rejects settings out of range and weights it cannot use as usage errors, listing what is wrong', async () => {
    const shortlist = await rejection(run({ shortlist: 7 }));
    expect(shortlist).toBeInstanceOf(UsageError);
    expect(shortlist.exitCode).toBe(2);
    expect(shortlist.message).toMatch(/shortlist must be a whole number from 2 to 5, not "7"/);
    const negative = await rejection(run({ weights: { risk: -1 } }));
    expect(negative).toMatchObject({
      exitCode: 2,
      problems: [{ message: expect.stringMatching(/the weight of risk is -1/) }],
    });
    const unknown = await rejection(run({ weights: { nosuch: 1 } }));
    expect(unknown).toMatchObject({
      exitCode: 2,
      problems: [{ message: expect.stringMatching(/there is no criterion "nosuch"/) }],
    });
    const allZero = await rejection(run({ weights: Object.fromEntries(CRITERIA.map((id) => [id, 0])) }));
    expect(allZero).toBeInstanceOf(UsageError);
  });
});

describe('tree score: the CLI shell over score()', () => {
  it('prints with --json exactly what score() returns to a Node script', async () => {
    const report = await score({ cwd: dir, lang: 'en' });
    const r = await runInProcess(['--lang', 'en', 'score', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(report);
  });

  it('turns --by, --shortlist, --feasibility and --min-n into the request', async () => {
    const r = await cli(['--by', 'gender', '--shortlist', '3', '--feasibility', '1', '--min-n', '30', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.meta).toMatchObject({ by: ['gender'], shortlist: 3, feasibility: 1, minN: 30 });
    expect(report.meta.segments.gender).toEqual(['laki_laki', 'perempuan']);
    expect(report).toEqual(await run({ by: ['gender'], shortlist: 3, feasibility: 1, minN: 30 }));
  });

  it('takes --sensitivity and --seed: the same output for the same seed', async () => {
    const a = await cli(['--sensitivity', '300', '--seed', '7', '--json']);
    const b = await cli(['--sensitivity', '300', '--seed', '7', '--json']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report.meta.sensitivity).toEqual({ runs: 300, seed: 7, spread: 0.25 });
    expect(report).toEqual(await run({ sensitivity: { runs: 300, seed: 7 } }));
  });

  it('takes weights from the command line: weighting one criterion alone ranks by it', async () => {
    const only = CRITERIA.map((id) => `${id}=${id === 'raw_materials' ? 1 : 0}`).join(',');
    const r = await cli(['--weights', only, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.meta.weights).toEqual(Object.fromEntries(CRITERIA.map((id) => [id, id === 'raw_materials' ? 1 : 0])));
    const means = report.activities.map(
      (a: { criteria: { raw_materials: { mean: number } } }) => a.criteria.raw_materials.mean,
    );
    expect([...means].sort((a, b) => b - a)).toEqual(means);
  });

  it('writes Markdown, a table, and Excel CSV', async () => {
    expect((await cli(['--format', 'md'])).stdout).toMatch(
      /^# Ranking of candidate activities\n\n\| Rank \| Activity \|/,
    );
    expect((await cli([])).stdout).toMatch(/Rank\s+Activity\s+Score\s+95% CI/);
    const out = path.join(dir, 'out', 'excel.csv');
    const excel = await cli(['-o', out, '--excel=id']);
    expect(excel.code, excel.stderr).toBe(0);
    expect(excel.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFrank;activity;name;score;')).toBe(true);
    expect(text).toMatch(/\r\n1;keripik_singkong;Cassava chips;\d+,\d+;/);
  });

  it('never writes a live formula into CSV output', async () => {
    writeFileSync(
      path.join(dir, 'formula.csv'),
      'activity,market_demand\n"=HYPERLINK(""http://x"")",4\n+cmd,3\n@SUM(1),2\n-2+3,1\n',
    );
    const r = await cli(['formula.csv', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const cells = r.stdout
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[1] ?? '');
    for (const c of cells) expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(r.stdout).toContain("'+cmd");
    expect(r.stdout).toContain("'@SUM(1)");
  });

  it('a missing input is exit 4; an existing output without --force is exit 5 and stays untouched', async () => {
    const missing = await cli(['nowhere.csv']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/nowhere\.csv: file not found/);
    const out = path.join(dir, 'out', 'keep.csv');
    writeFileSync(out, 'precious');
    const r = await cli(['-o', out]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/already exists: use --force/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const forced = await cli(['-o', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^rank,activity/);
  });

  it('bad flags are usage errors (exit 2) that say what is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [['--shortlist', '7'], /--shortlist must be a whole number from 2 to 5, not "7"/],
      [['--weights', 'risk=-1'], /--weights risk=-1[\s\S]*the weight of risk is -1/],
      [['--weights', 'nosuch=1'], /there is no criterion "nosuch"/],
      [['--delimiter', 'x'], /unknown delimiter "x"/],
      [['--format', 'html'], /"html" is not allowed/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });
});

describe('score() and tree score on bad input', () => {
  /** Content, where the problem is, and what it says. */
  const cases: Record<string, [string | Buffer, { line?: number; column?: number }, RegExp]> = {
    'empty.csv': ['', {}, /the file is empty/],
    'header-only.csv': ['activity;market_demand\r\n', { line: 2 }, /the file has a header but no data rows/],
    'unclosed.csv': ['activity,market_demand\nkeripik,4\n"tiwul,3\n', { line: 3 }, /a quoted field is never closed/],
    'ragged.csv': [
      'activity,market_demand,risk\nkeripik,4\n',
      { line: 2, column: 3 },
      /row has 2 fields but the header has 3/,
    ],
    'out-of-scale.csv': [
      'activity,market_demand\nkeripik,6\n',
      { line: 2, column: 2 },
      /"6" is outside the rating scale 1–5 for criterion market_demand/,
    ],
    'word.csv': [
      'activity,market_demand\nkeripik,bagus\n',
      { line: 2, column: 2 },
      /"bagus" is not a rating for market_demand/,
    ],
    'no-activity.csv': ['usaha_x,market_demand\nkeripik,4\n', { line: 1 }, /no activity column found/],
    'two-columns.csv': [
      'activity,grp/risk,risk\nkeripik,4,4\n',
      { line: 1, column: 3 },
      /risk matches more than one column/,
    ],
    'binary.csv': [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), {}, /this is not a text CSV file/],
  };
  for (const [name, [content, where, message]] of Object.entries(cases)) {
    it(`${name}: a DataError with the problem's place; tree exits 3 with one line per problem, no output file, no stack trace`, async () => {
      writeFileSync(path.join(dir, name), content);
      const error = await rejection(run({ files: [name] }));
      expect(error).toBeInstanceOf(DataError);
      expect(error.exitCode).toBe(3);
      const problem = error.problems.find((p) => message.test(p.message));
      expect(problem, JSON.stringify(error.problems)).toBeDefined();
      expect(place(problem)).toEqual({ file: name, ...where });

      // As printed: "file:line:column: message", e.g. "ragged.csv:2:3: row has 2 fields ...".
      const at = [name, where.line, where.column]
        .filter((x) => x !== undefined)
        .join(':')
        .replaceAll('.', '\\.');
      const line = new RegExp(`${at}: ${message.source}`);
      const out = path.join(dir, 'out', `${name}.json`);
      const r = await cli([name, '-o', out]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(line);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  }

  it('lists every problem of a file together', async () => {
    writeFileSync(path.join(dir, 'many.csv'), 'activity,market_demand,risk\nkeripik,6,1\ntiwul,x,9\nlele,2,2\n');
    const error = await rejection(run({ files: ['many.csv'] }));
    expect(error.problems.map(place)).toEqual([
      { file: 'many.csv', line: 2, column: 2 },
      { file: 'many.csv', line: 3, column: 2 },
      { file: 'many.csv', line: 3, column: 3 },
    ]);
    const r = await cli(['many.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr.match(/many\.csv:\d+:\d+:/g)).toHaveLength(3);
  });

  it('skipInvalid skips bad cells, says how many, and scores the rest', async () => {
    writeFileSync(path.join(dir, 'skip.csv'), 'activity,market_demand,risk\nkeripik,6,1\ntiwul,x,2\nlele,2,2\n');
    const warned: Problem[] = [];
    const report = await run({ files: ['skip.csv'], skipInvalid: true, onWarning: (w) => warned.push(w) });
    expect(report.meta.skipped).toBe(2);
    expect(report.meta.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/skipped 2 invalid cells/));
    expect(warned).toEqual(report.meta.warnings);
    expect(report.activities.find((a) => a.activity === 'keripik')?.criteria['market_demand']?.n).toBe(0);
  });

  it('--skip-invalid: exit 0, the warning on stderr, the report on stdout', async () => {
    const r = await cli(['skip.csv', '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped 2 invalid cells/);
    const report = JSON.parse(r.stdout);
    expect(report.meta.skipped).toBe(2);
    expect(report.activities.find((a: { activity: string }) => a.activity === 'keripik').criteria.market_demand.n).toBe(
      0,
    );
  });

  it('a missing input is an InputError (exit 4) naming the file', async () => {
    const error = await rejection(run({ files: ['nowhere.csv'] }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.exitCode).toBe(4);
    expect(error.message).toMatch(/nowhere\.csv: file not found/);
  });
});

describe('score() and tree score: inputs', () => {
  it('reads several files, globs and standard input', async () => {
    writeFileSync(path.join(dir, 'part-a.csv'), 'activity,market_demand\nkeripik,4\nkeripik,5\n');
    writeFileSync(path.join(dir, 'part-b.csv'), 'activity,market_demand\nkeripik,3\ntiwul,2\n');
    const glob = await run({ files: ['part-*.csv'] });
    expect(glob.meta.files).toEqual(['part-a.csv', 'part-b.csv']);
    expect(glob.activities.find((a) => a.activity === 'keripik')?.criteria['market_demand']).toMatchObject({
      n: 3,
      mean: 4,
    });
    const piped = await run({
      files: ['-'],
      stdin: Readable.from([Buffer.from('activity;market_demand\r\nkeripik;4\r\n')]),
    });
    expect(piped.meta.files).toEqual(['<stdin>']);
    expect(piped.activities[0]?.criteria['market_demand']?.mean).toBe(4);
  });

  it('tree score takes a glob and - for standard input', async () => {
    const glob = JSON.parse((await cli(['part-*.csv', '--json'])).stdout);
    expect(glob.meta.files).toEqual(['part-a.csv', 'part-b.csv']);
    const keripik = glob.activities.find((a: { activity: string }) => a.activity === 'keripik');
    expect(keripik.criteria.market_demand).toMatchObject({ n: 3, mean: 4 });
    const piped = JSON.parse((await cli(['-', '--json'], 'activity;market_demand\r\nkeripik;4\r\n')).stdout);
    expect(piped.meta.files).toEqual(['<stdin>']);
    expect(piped.activities[0].criteria.market_demand.mean).toBe(4);
  });

  it('counts each row once when Windows-1252 shows only after the first 64 KiB', async () => {
    const rows = Array.from({ length: 6000 }, () => 'keripik;4\r\n').join('');
    const file = path.join(dir, 'late.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('activity;market_demand\r\n'),
        Buffer.from(rows),
        Buffer.from('tiwul caf'),
        Buffer.from([0xe9]),
        Buffer.from(';2\r\n'),
      ]),
    );
    const report = await run({ files: ['late.csv'] });
    expect(report.meta.rows).toBe(6001);
    // The workspace's ten opportunities are listed too, unscored; these are the file's own.
    const names = report.activities.filter((a) => a.n > 0).map((a) => [a.activity, a.n]);
    expect(names).toEqual([
      ['keripik', 6000],
      ['tiwul café', 1],
    ]);
  });
});

describe('score() checks what a script passes', () => {
  it('refuses a delimiter, an encoding or a range it cannot use, naming the setting', async () => {
    const cwd = tempDir();
    await expect(score({ cwd, env: {}, lang: 'en', files: ['x.csv'], delimiter: 'x' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/unknown delimiter "x"/),
    });
    await expect(
      score({ cwd, env: {}, lang: 'en', files: ['x.csv'], encoding: 'latin9' as never }),
    ).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/unknown encoding "latin9"/) });
    await expect(score({ cwd, env: {}, lang: 'en', files: ['x.csv'], shortlist: 9 })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/shortlist must be a whole number from 2 to 5/),
    });
    await expect(
      score({ cwd, env: {}, lang: 'en', files: ['x.csv'], sensitivity: { spread: 2 } }),
    ).rejects.toMatchObject({ exitCode: 2 });
    await expect(score({ cwd, env: {}, lang: 'en', files: ['x.csv'], weights: { nosuch: 1 } })).rejects.toMatchObject({
      exitCode: 2,
      problems: [{ message: expect.stringMatching(/no criterion "nosuch"/) }],
    });
  });
});
