/**
 * `tree validate` and `tree score` on hostile or inconsistent workspace inputs (issue 7):
 * deep JSON, endless or oversized files, all-zero weights, a named workspace that is not there.
 */
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { InputError } from '../../src/errors.js';
import { JSON_MAX_BYTES } from '../../src/io/json-locate.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';
import { runInProcess } from '../helpers/runtime.js';

const hasDevZero = process.platform !== 'win32' && existsSync('/dev/zero');

function workspace(assessment: object | string): string {
  const dir = tempDir();
  writeFileSync(
    path.join(dir, 'assessment.json'),
    typeof assessment === 'string' ? assessment : JSON.stringify(assessment, null, 2),
  );
  writeFileSync(path.join(dir, 'ratings.csv'), 'activity,a,b\nchips,4,3\n');
  return dir;
}

const criterion = (id: string, weight: number) => ({ id, label: { en: id, id }, weight });

describe('a JSON file nested 5,000 levels deep', () => {
  it('is exit 3 with the place and a clear message, in validate and in score', async () => {
    const dir = workspace(`{"version": 1, "community": {"notes": ${'['.repeat(5000)}${']'.repeat(5000)}}}`);
    const v = await runInProcess(['validate', 'assessment.json'], dir);
    expect(v.code, v.stderr).toBe(3);
    expect(v.stdout).toMatch(/assessment\.json:1:\d+: nested more than \d+ levels deep/);
    const s = await runInProcess(['score', 'ratings.csv'], dir);
    expect(s.code, s.stderr).toBe(3);
    expect(s.stderr).toMatch(/levels deep/);
    expect(s.stderr).not.toMatch(/call stack/i);
  });
});

describe('all-zero weights', () => {
  it('in assessment.json: invalid in validate and exit 3 in score', async () => {
    const dir = workspace({ version: 1, criteria: [criterion('a', 0), criterion('b', 0)] });
    const report = await validate({ cwd: dir, env: {}, files: ['assessment.json'] });
    expect(report.valid).toBe(false);
    expect(report.files[0]?.problems).toEqual([expect.objectContaining({ pointer: '/criteria', line: 3 })]);
    const v = await runInProcess(['validate', 'assessment.json'], dir);
    expect(v.code).toBe(3);
    const s = await runInProcess(['score', 'ratings.csv'], dir);
    expect(s.code, s.stderr).toBe(3);
    expect(s.stderr).toMatch(/assessment\.json:3:3 \(\/criteria\): every criterion has weight 0/);
  });

  it('given on the command line: still a usage error (exit 2)', async () => {
    const dir = workspace({ version: 1, criteria: [criterion('a', 1), criterion('b', 0)] });
    const s = await runInProcess(['score', 'ratings.csv', '--weights', 'a=0'], dir);
    expect(s.code, s.stderr).toBe(2);
  });
});

describe('validate -w naming a workspace that does not exist', () => {
  it('is exit 4, as in score, also when only JSON files are checked', async () => {
    const dir = workspace({ version: 1 });
    const error = await rejection(validate({ cwd: dir, env: {}, workspace: 'typo/', files: ['assessment.json'] }));
    expect(error).toBeInstanceOf(InputError);
    const v = await runInProcess(['validate', '-w', 'typo/', 'assessment.json'], dir);
    expect(v.code, v.stderr).toBe(4);
    expect(v.stderr).toMatch(/typo.*assessment\.json: file not found/);
    const withCsv = await runInProcess(['validate', '-w', 'typo/', 'ratings.csv'], dir);
    expect(withCsv.code).toBe(4);
    const s = await runInProcess(['score', '-w', 'typo/', 'ratings.csv'], dir);
    expect(s.code).toBe(4);
    // An existing one is fine.
    expect((await runInProcess(['validate', '-w', '.', 'assessment.json'], dir)).code).toBe(0);
  });
});

describe('oversized and endless JSON inputs', () => {
  it('a JSON file past the size limit is invalid in validate (exit 3), unread', async () => {
    const dir = workspace({ version: 1 });
    const big = path.join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, JSON_MAX_BYTES + 1);
    const report = await validate({ cwd: dir, env: {}, files: ['big.json', 'assessment.json'] });
    expect(report.files.map((f) => f.valid)).toEqual([false, true]);
    expect(report.files[0]?.problems[0]?.message).toMatch(/larger than 64 MiB/);
  });

  it.skipIf(!hasDevZero)(
    'tree validate /dev/zero and -w on a link to it end with exit 3',
    { timeout: 30_000 },
    async () => {
      const dir = workspace({ version: 1 });
      const v = await runInProcess(['validate', '/dev/zero'], dir);
      expect(v.code, v.stderr).toBe(3);
      mkdirSync(path.join(dir, 'zero'));
      symlinkSync('/dev/zero', path.join(dir, 'zero', 'assessment.json'));
      // A broken workspace does not stop validate: the CSV is checked with the defaults, and a warning says why.
      // (This CSV lacks the default criteria, hence exit 3.)
      const w = await runInProcess(['validate', '--lang', 'en', '-w', 'zero', 'ratings.csv'], dir);
      expect(w.code, w.stderr).toBe(3);
      expect(w.stdout + w.stderr).toMatch(/zero\/assessment\.json: this workspace has 1 problem/);
      expect(w.stdout).toMatch(/no criterion columns found/);
      const s = await runInProcess(['score', '-w', 'zero', 'ratings.csv'], dir);
      expect(s.code, s.stderr).toBe(3);
      expect(s.stderr).toMatch(/larger than 64 MiB/);
      const h = await runInProcess(['-w', 'zero', '--help'], dir);
      expect(h.code).toBe(0);
    },
  );
});
