/**
 * `tree score` as the built bin, and score() as a Node script importing the package: a few
 * runs. What scoring does is tested in-process in test/commands/score*.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = path.join(tempDir(), 'ws');
  expect(runCli(['example', dir]).code).toBe(0);
});

const score = (args: string[], input?: string) =>
  runCli(['--lang', 'en', 'score', ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });

describe('tree score (built bin)', () => {
  it('prints the ranking of the example workspace as a table', () => {
    const r = score([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Rank\s+Activity\s+Score\s+95% CI/);
    expect(r.stdout).toMatch(/\n\s*1\s+Cassava chips\s+\d+\.\d\d\s/);
  });

  it('on bad input: exit 3, the problem with its place, no output file, no stack trace', () => {
    writeFileSync(path.join(dir, 'ragged.csv'), 'activity,market_demand,risk\nkeripik,4\n');
    const out = path.join(dir, 'out', 'ragged.json');
    const r = score(['ragged.csv', '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ragged\.csv:2:3: row has 2 fields but the header has 3/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('reads a survey piped to standard input with -', () => {
    const r = score(['-', '--json'], 'activity;market_demand\r\nkeripik;4\r\n');
    expect(r.code, r.stderr).toBe(0);
    const piped = JSON.parse(r.stdout);
    expect(piped.meta.files).toEqual(['<stdin>']);
    expect(piped.activities[0].criteria.market_demand.mean).toBe(4);
  });
});

describe('score() from a Node script', () => {
  it('an ESM script importing score from "tree-assess" gets what tree score --json prints', () => {
    const project = tempDir();
    mkdirSync(path.join(project, 'node_modules'));
    // The package under its own name, as `npm install /path/to/tree-assess` leaves it.
    symlinkSync(ROOT, path.join(project, 'node_modules', 'tree-assess'), 'junction');
    writeFileSync(
      path.join(project, 'rank.mjs'),
      [
        "import { score } from 'tree-assess';",
        "const report = await score({ cwd: process.argv[2], lang: 'en' });",
        'process.stdout.write(JSON.stringify(report));',
      ].join('\n'),
    );
    const script = spawnSync(process.execPath, ['rank.mjs', dir], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', LANG: 'C' },
    });
    expect(script.status, script.stderr).toBe(0);
    const fromScript = JSON.parse(script.stdout);
    const bin = score(['--json']);
    expect(bin.code, bin.stderr).toBe(0);
    expect(fromScript).toEqual(JSON.parse(bin.stdout));
    expect(fromScript.activities).toHaveLength(10);
  });
});
