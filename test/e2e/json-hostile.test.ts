/**
 * The built bin on a hostile assessment.json (issue 7, case 8a): 200,000 schema errors in
 * 1.4 MB. Locating each error by rescanning the file took minutes (54 s for 50,000 errors);
 * the whole run now takes about a second, so the 30 s allowed is only for a slow machine.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

describe('tree validate (built bin) on 200,000 schema errors', () => {
  it('lists the first 50 by line, counts the rest and exits 3, in linear time', { timeout: 60_000 }, () => {
    const dir = tempDir();
    const n = 200_000;
    const text = `{"version":1,"criteria":[\n${Array(n).fill('"aaa"').join(',\n')}\n]}`;
    expect(text.length).toBeGreaterThan(1_400_000);
    writeFileSync(path.join(dir, 'assessment.json'), text);
    const r = runCli(['--lang', 'en', 'validate', 'assessment.json'], { cwd: dir, timeout: 30_000 });
    expect(r.code, r.stderr).toBe(3);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`assessment.json: ${n} problem(s)`);
    expect(lines[1]).toBe('  assessment.json:2:1 (/criteria/0): must be object');
    expect(lines[50]).toBe('  assessment.json:51:1 (/criteria/49): must be object');
    expect(r.stdout).toContain(`… and ${n - 50} more problems (first 50 shown).`);
  });
});
