import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = path.join(tempDir(), 'ws');
  expect(runCli(['example', dir]).code).toBe(0);
});

const score = (args: string[], input?: string) => runCli(['--lang', 'en', 'score', ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });

describe('tree score on the example workspace', () => {
  it('lists an opportunity nobody rated as not scored, instead of dropping it', () => {
    const rows = readFileSync(path.join(dir, 'data', 'ratings.csv'), 'utf8').split('\r\n').filter((l) => !l.includes('"batik_tulis"'));
    writeFileSync(path.join(dir, 'no-batik.csv'), rows.join('\r\n'));
    const report = JSON.parse(score(['no-batik.csv', '--json']).stdout);
    expect(report.activities).toHaveLength(10);
    expect(report.activities.at(-1)).toMatchObject({ activity: 'batik_tulis', rank: null, score: null, n: 0, flags: expect.arrayContaining(['unscored']) });
  });

  it('ranks the ten candidates from survey.files, best first, with the TREE shortlist', () => {
    const r = score(['--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.activities).toHaveLength(10);
    expect(report.activities.map((a: { rank: number }) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const scores = report.activities.map((a: { score: number }) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(report.activities.filter((a: { shortlist: boolean }) => a.shortlist)).toHaveLength(5);
    expect(report.activities.filter((a: { feasibility: boolean }) => a.feasibility)).toHaveLength(2);
    expect(report.activities[0]).toMatchObject({ activity: 'keripik_singkong', name: 'Cassava chips' });
    expect(report.activities.at(-1).activity).toBe('budidaya_lele');
    const batik = report.activities.find((a: { activity: string }) => a.activity === 'batik_tulis');
    expect(batik.flags).toContain('low_n');
    expect(report.meta).toMatchObject({ files: ['data/ratings.csv'], rows: 240, ratings: 240, skipped: 0, scale: [1, 5] });
    expect(Object.keys(report.meta.weights)).toHaveLength(9);
  });

  it('breaks the ranking down by gender', () => {
    const report = JSON.parse(score(['--by', 'gender', '--json']).stdout);
    expect(report.meta.segments.gender).toEqual(['laki_laki', 'perempuan']);
    for (const a of report.activities) {
      const n = Object.values(a.segments.gender as Record<string, { n: number }>).reduce((s, x) => s + x.n, 0);
      expect(n).toBe(a.n);
    }
  });

  it('reports rank stability under perturbed weights, the same for the same seed', () => {
    const a = score(['--sensitivity', '300', '--seed', '7', '--json']);
    const b = score(['--sensitivity', '300', '--seed', '7', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report.meta.sensitivity).toEqual({ runs: 300, seed: 7, spread: 0.25 });
    for (const x of report.activities) {
      expect(x.sensitivity.rankMin).toBeLessThanOrEqual(x.rank);
      expect(x.sensitivity.rankMax).toBeGreaterThanOrEqual(x.rank);
    }
  });

  it('takes weights from the command line: weighting one criterion alone ranks by it', () => {
    const ids = ['market_demand', 'raw_materials', 'skills_base', 'capital_required', 'profitability', 'jobs_created', 'inclusion', 'environment', 'risk'];
    const only = ids.map((id) => `${id}=${id === 'raw_materials' ? 1 : 0}`).join(',');
    const report = JSON.parse(score(['--weights', only, '--json']).stdout);
    const means = report.activities.map((a: { criteria: { raw_materials: { mean: number } } }) => a.criteria.raw_materials.mean);
    expect([...means].sort((a, b) => b - a)).toEqual(means);
  });

  it('writes Markdown, a table, and Excel CSV', () => {
    expect(score(['--format', 'md']).stdout).toMatch(/^# Ranking of candidate activities\n\n\| Rank \| Activity \|/);
    expect(score([]).stdout).toMatch(/Rank\s+Activity\s+Score\s+95% CI/);
    const out = path.join(dir, 'out', 'excel.csv');
    expect(score(['-o', out, '--excel']).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFrank;activity;name;score;')).toBe(true);
    expect(text).toMatch(/\r\n1;keripik_singkong;Cassava chips;\d+,\d+;/);
  });
});

describe('tree score on bad input', () => {
  const cases: Record<string, [string | Buffer, RegExp]> = {
    'empty.csv': ['', /empty\.csv: the file is empty/],
    'header-only.csv': ['activity;market_demand\r\n', /header-only\.csv:2: the file has a header but no data rows/],
    'unclosed.csv': ['activity,market_demand\nkeripik,4\n"tiwul,3\n', /unclosed\.csv:3: a quoted field is never closed/],
    'ragged.csv': ['activity,market_demand,risk\nkeripik,4\n', /ragged\.csv:2:3: row has 2 fields but the header has 3/],
    'out-of-scale.csv': ['activity,market_demand\nkeripik,6\n', /out-of-scale\.csv:2:2: "6" is outside the rating scale 1–5 for market_demand/],
    'word.csv': ['activity,market_demand\nkeripik,bagus\n', /word\.csv:2:2: "bagus" is not a rating for market_demand/],
    'no-activity.csv': ['usaha_x,market_demand\nkeripik,4\n', /no-activity\.csv:1: no activity column found/],
    'two-columns.csv': ['activity,grp/risk,risk\nkeripik,4,4\n', /two-columns\.csv:1:3: risk matches more than one column/],
    'binary.csv': [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), /binary\.csv: this is not a text CSV file/],
  };
  for (const [name, [content, message]] of Object.entries(cases)) {
    it(`${name}: exit 3, one line per problem with its place, no output file, no stack trace`, () => {
      writeFileSync(path.join(dir, name), content);
      const out = path.join(dir, 'out', `${name}.json`);
      const r = score([name, '-o', out]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  }

  it('lists every problem of a file together', () => {
    writeFileSync(path.join(dir, 'many.csv'), 'activity,market_demand,risk\nkeripik,6,1\ntiwul,x,9\nlele,2,2\n');
    const r = score(['many.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr.match(/many\.csv:\d+:\d+:/g)).toHaveLength(3);
  });

  it('--skip-invalid skips bad cells, says how many, and scores the rest', () => {
    writeFileSync(path.join(dir, 'skip.csv'), 'activity,market_demand,risk\nkeripik,6,1\ntiwul,x,2\nlele,2,2\n');
    const r = score(['skip.csv', '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped 2 invalid cells/);
    const report = JSON.parse(r.stdout);
    expect(report.meta.skipped).toBe(2);
    expect(report.activities.find((a: { activity: string }) => a.activity === 'keripik').criteria.market_demand.n).toBe(0);
  });

  it('a missing input is exit 4; an existing output without --force is exit 5 and stays untouched', () => {
    expect(score(['nowhere.csv']).code).toBe(4);
    const out = path.join(dir, 'out', 'keep.csv');
    writeFileSync(out, 'precious');
    const r = score(['-o', out]);
    expect(r.code).toBe(5);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(score(['-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^rank,activity/);
  });

  it('bad flags are usage errors (exit 2)', () => {
    expect(score(['--shortlist', '7']).code).toBe(2);
    expect(score(['--weights', 'risk=-1']).code).toBe(2);
    expect(score(['--weights', 'nosuch=1']).code).toBe(2);
    expect(score(['--delimiter', 'x']).code).toBe(2);
    expect(score(['--format', 'html']).code).toBe(2);
  });
});

describe('tree score: inputs', () => {
  it('reads several files, globs and standard input', () => {
    writeFileSync(path.join(dir, 'part-a.csv'), 'activity,market_demand\nkeripik,4\nkeripik,5\n');
    writeFileSync(path.join(dir, 'part-b.csv'), 'activity,market_demand\nkeripik,3\ntiwul,2\n');
    const glob = JSON.parse(score(['part-*.csv', '--json']).stdout);
    expect(glob.meta.files).toEqual(['part-a.csv', 'part-b.csv']);
    const keripik = glob.activities.find((a: { activity: string }) => a.activity === 'keripik');
    expect(keripik.criteria.market_demand).toMatchObject({ n: 3, mean: 4 });
    const piped = JSON.parse(score(['-', '--json'], 'activity;market_demand\r\nkeripik;4\r\n').stdout);
    expect(piped.meta.files).toEqual(['<stdin>']);
    expect(piped.activities[0].criteria.market_demand.mean).toBe(4);
  });

  it('never writes a live formula into CSV output', () => {
    writeFileSync(path.join(dir, 'formula.csv'), 'activity,market_demand\n"=HYPERLINK(""http://x"")",4\n+cmd,3\n@SUM(1),2\n-2+3,1\n');
    const r = score(['formula.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    const cells = r.stdout.split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[1] ?? '');
    for (const c of cells) expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(r.stdout).toContain("'+cmd");
    expect(r.stdout).toContain("'@SUM(1)");
  });
});

describe('tree score: encodings', () => {
  it('counts each row once when Windows-1252 shows only after the first 64 KiB', () => {
    const rows = Array.from({ length: 6000 }, () => 'keripik;4\r\n').join('');
    const file = path.join(dir, 'late.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('activity;market_demand\r\n'), Buffer.from(rows), Buffer.from('tiwul caf'), Buffer.from([0xe9]), Buffer.from(';2\r\n')]));
    const report = JSON.parse(score(['late.csv', '--json']).stdout);
    expect(report.meta.rows).toBe(6001);
    // The workspace's ten opportunities are listed too, unscored; these are the file's own.
    const names = report.activities.filter((a: { n: number }) => a.n > 0).map((a: { activity: string; n: number }) => [a.activity, a.n]);
    expect(names).toEqual([['keripik', 6000], ['tiwul café', 1]]);
  });
});
