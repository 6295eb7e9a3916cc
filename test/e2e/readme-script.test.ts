import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

describe('README, "From a script"', () => {
  it('the script runs against the installed package and prints the shortlist', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const script = /## From a script[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(script).toBeDefined();
    const dir = tempDir();
    mkdirSync(path.join(dir, 'node_modules'));
    // As `npm install /path/to/tree-assess` leaves it: the package under its own name.
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'tree-assess'), 'junction');
    writeFileSync(path.join(dir, 'rank.mjs'), script as string);
    expect(runCli(['example', 'tree-example'], { cwd: dir }).code).toBe(0);
    const r = spawnSync(process.execPath, ['rank.mjs', 'tree-example'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '' },
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^1\. Cassava chips: \d+(\.\d+)? \((perempuan|laki_laki) #\d+, (perempuan|laki_laki) #\d+\)$/,
    );
  });
});
