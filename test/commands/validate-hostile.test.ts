/**
 * `tree validate` and `tree score` on hostile or inconsistent workspace inputs (issue 7):
 * deep JSON and all-zero weights.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

function workspace(assessment: object | string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'assessment.json'), typeof assessment === 'string' ? assessment : JSON.stringify(assessment, null, 2));
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
