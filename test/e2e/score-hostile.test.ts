/**
 * `tree score` as the built bin on a survey read with the wrong activity column (issue 7,
 * case 7): a new activity on every row stops the read with exit 3, naming the column.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DISTINCT_ACTIVITIES } from '../../src/core/score/index.js';
import { runCli, tempDir } from '../helpers/cli.js';

describe('tree score with a new activity on every row (built bin)', () => {
  it('exits 3 at the first activity past the limit, names the column, writes nothing', () => {
    const dir = tempDir();
    const rows = Array.from(
      { length: MAX_DISTINCT_ACTIVITIES * 3 },
      (_, i) => `2026-09-14T08:${String(i % 60).padStart(2, '0')}:00.${i},R${i},4,3,2`,
    );
    writeFileSync(
      path.join(dir, 'ratings.csv'),
      ['today,respondent,market_demand,skills_base,risk', ...rows, ''].join('\r\n'),
    );
    const out = path.join(dir, 'ranking.json');
    const r = runCli(['--lang', 'en', 'score', 'ratings.csv', '--map', 'activity=today', '-o', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(
      `ratings.csv:${MAX_DISTINCT_ACTIVITIES + 2}:1: more than ${MAX_DISTINCT_ACTIVITIES} different activities in the column "today"`,
    );
    expect(r.stderr).toContain('--map activity=COLUMN');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /i);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
