/**
 * One rating is not evidence: an activity rated fewer than --min-n times stays in the
 * ranking, flagged, but neither enters the shortlist nor gets a feasibility mark unless
 * --allow-low-n, and the table says why (README, "Ranks and shortlist").
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { type ScoreRequest, score } from '../../src/commands/score.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

let dir: string;
beforeAll(async () => {
  dir = path.join(tempDir(), 'ws');
  await example({ cwd: dir, dir: '.', env: {} });
  // "negeri" is rated once, with the best ratings; the others five or six times.
  const rows = [
    ...Array.from({ length: 5 }, () => 'madu,4,2'),
    ...Array.from({ length: 6 }, () => 'tenun,3,2'),
    'negeri,5,1',
    ...Array.from({ length: 5 }, () => 'kopi,2,3'),
  ];
  writeFileSync(path.join(dir, 'few.csv'), `activity,market_demand,risk\n${rows.join('\n')}\n`);
});

const SETTINGS = { files: ['few.csv'], shortlist: 2, feasibility: 1 } as const;
const run = (request: ScoreRequest = {}) => score({ cwd: dir, env: {}, lang: 'en', ...SETTINGS, ...request });
const cli = (lang: string, args: string[] = []) =>
  runInProcess(['--lang', lang, 'score', 'few.csv', '--shortlist', '2', '--feasibility', '1', ...args], dir);

/** The table line of one activity. */
const line = (table: string, activity: string) => table.split('\n').find((l) => l.includes(` ${activity} `)) ?? '';

describe('score(): too few ratings keep an activity off the shortlist', () => {
  it('ranks it first but shortlists and marks the best activities with enough ratings', async () => {
    const report = await run();
    expect(report.meta.allowLowN).toBe(false);
    const scored = report.activities.filter((a) => a.rank !== null);
    expect(scored.map((a) => [a.activity, a.rank, a.shortlist, a.feasibility, a.heldBack])).toEqual([
      ['negeri', 1, false, false, true],
      ['madu', 2, true, true, false],
      ['tenun', 3, true, false, false],
      ['kopi', 4, false, false, false],
    ]);
    expect(scored[0]?.flags).toContain('low_n');
  });

  it('lets it in with allowLowN, and says so in meta', async () => {
    const report = await run({ allowLowN: true });
    expect(report.meta.allowLowN).toBe(true);
    const scored = report.activities.filter((a) => a.rank !== null);
    expect(scored.map((a) => [a.activity, a.shortlist, a.feasibility, a.heldBack])).toEqual([
      ['negeri', true, true, false],
      ['madu', true, false, false],
      ['tenun', false, false, false],
      ['kopi', false, false, false],
    ]);
  });

  it('follows minN', async () => {
    const report = await run({ minN: 1 });
    expect(report.activities[0]).toMatchObject({ activity: 'negeri', feasibility: true, heldBack: false });
  });

  it('leaves it out of the sensitivity shortlist too', async () => {
    const report = await run({ sensitivity: { runs: 50, spread: 0.5 } });
    expect(report.activities[0]?.sensitivity).toMatchObject({ inShortlist: 0, inFeasibility: 0 });
    const allowed = await run({ allowLowN: true, sensitivity: { runs: 50, spread: 0.5 } });
    expect(allowed.activities[0]?.sensitivity?.inShortlist).toBeGreaterThan(0);
  });
});

describe('tree score: the table says why', () => {
  it('in English', async () => {
    const r = await cli('en');
    expect(r.code, r.stderr).toBe(0);
    expect(line(r.stdout, 'negeri')).toContain('not shortlisted: only 1 rating(s), 5 needed');
    expect(line(r.stdout, 'negeri')).not.toContain('★');
    expect(line(r.stdout, 'madu')).toContain('★ feasibility study');
    expect(line(r.stdout, 'tenun')).toContain('• shortlist');
    expect(line(r.stdout, 'kopi')).not.toMatch(/shortlist/);
    expect(r.stdout).toContain('Activities with fewer than 5 ratings stay in the ranking');
  });

  it('in Indonesian', async () => {
    const r = await cli('id');
    expect(r.code, r.stderr).toBe(0);
    expect(line(r.stdout, 'negeri')).toContain('tidak masuk daftar pendek: hanya 1 penilaian, perlu 5');
    expect(line(r.stdout, 'madu')).toContain('★ studi kelayakan');
  });

  it('--allow-low-n lets it in; JSON carries meta.allowLowN and heldBack', async () => {
    const r = await cli('en', ['--allow-low-n']);
    expect(r.code, r.stderr).toBe(0);
    expect(line(r.stdout, 'negeri')).toContain('★ feasibility study');
    expect(r.stdout).not.toContain('not shortlisted');
    const json = JSON.parse((await cli('en', ['--json'])).stdout);
    expect(json.meta.allowLowN).toBe(false);
    expect(json.activities[0]).toMatchObject({ activity: 'negeri', shortlist: false, heldBack: true });
    const allowed = JSON.parse((await cli('en', ['--json', '--allow-low-n'])).stdout);
    expect(allowed.meta.allowLowN).toBe(true);
  });

  it('CSV has a held_back column', async () => {
    const r = await cli('en', ['--format', 'csv']);
    const [header, first] = r.stdout.split('\n');
    const cols = (header ?? '').split(',');
    const cells = (first ?? '').split(',');
    expect(cells[cols.indexOf('activity')]).toBe('negeri');
    expect(cells[cols.indexOf('shortlist')]).toBe('false');
    expect(cells[cols.indexOf('held_back')]).toBe('true');
  });
});
