/** tree report over many workspaces, as the built bin runs it, on worker threads (--jobs 2). */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

describe('tree report over many villages', () => {
  it('writes one report per village and a summary; a bad village is reported, the others written, exit 3', () => {
    const dir = tempDir();
    const names = Array.from({ length: 9 }, (_, i) => `desa${i + 1}`);
    for (const n of names) expect(runCli(['example', n], { cwd: dir }).code).toBe(0);
    appendFileSync(path.join(dir, 'desa4', 'data', 'ratings.csv'), 'broken\n');
    const r = runCli(
      ['report', ...names, '--out-dir', 'out', '--lang', 'en', '--sensitivity-runs', '0', '--jobs', '2'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/No report for desa4:/);
    expect(r.stderr).toMatch(/desa4[/\\]data[/\\]ratings\.csv:\d+:\d+/);
    expect(r.stderr).toMatch(/1 village\(s\) without a report: desa4/);
    const written = readdirSync(path.join(dir, 'out')).sort();
    expect(written).toEqual([...names.filter((n) => n !== 'desa4').map((n) => `${n}.md`), 'summary.md'].sort());
    const summary = readFileSync(path.join(dir, 'out', 'summary.md'), 'utf8');
    expect(summary.match(/^\| Sumber Rejo \|/gm)).toHaveLength(8);
    expect(summary).toMatch(/## Villages without a report\n\n- desa4: /);
    expect(existsSync(path.join(dir, 'out', 'desa4.md'))).toBe(false);
  });

  it('refuses at once, before any village is read, when a report is already there (exit 5)', () => {
    const dir = tempDir();
    for (const n of ['desa1', 'desa2']) expect(runCli(['example', n], { cwd: dir }).code).toBe(0);
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'desa2.md'), 'kept');
    const r = runCli(['report', 'desa1', 'desa2', '--out-dir', 'out', '--lang', 'en', '--sensitivity-runs', '0'], {
      cwd: dir,
    });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/desa2\.md already exists: use --force/);
    expect(r.stderr).not.toMatch(/No report for/);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['desa2.md']);
    expect(readFileSync(path.join(dir, 'out', 'desa2.md'), 'utf8')).toBe('kept');
  });

  it('needs --out-dir for several workspaces (exit 2)', () => {
    const dir = tempDir();
    expect(runCli(['report', 'a', 'b'], { cwd: dir }).code).toBe(2);
  });
});
