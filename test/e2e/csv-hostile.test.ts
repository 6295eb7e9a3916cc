/** Hostile CSV input through the built bin: what a user running `tree score` sees. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

describe('tree score on hostile CSV (built bin)', () => {
  // A header cell full of group separators once took minutes (quadratic); it must take a
  // moment. No duration is asserted: quadratic code would run past the test's timeout.
  it('scores a survey whose header holds a 1 MB cell of separators', () => {
    const dir = tempDir();
    const cell = 'a-'.repeat(512 * 1024);
    writeFileSync(path.join(dir, 'wide-header.csv'), `activity,market_demand,"${cell}"\nkeripik,4,x\ntiwul,2,y\n`);
    const r = runCli(['--lang', 'en', 'score', 'wide-header.csv', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { activities: { activity: string }[]; meta: { rows: number } };
    expect(report.meta.rows).toBe(2);
    expect(report.activities.map((a) => a.activity)).toEqual(['keripik', 'tiwul']);
  }, 120_000);
});
