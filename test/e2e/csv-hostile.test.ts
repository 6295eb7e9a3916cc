/** Hostile CSV input through the built bin: what a user running `tree score` sees. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';

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

describe('standard input and pipes (built bin)', () => {
  const spawnWith = (args: string[], stdin: number | 'pipe', input?: string) =>
    spawnSync(process.execPath, [BIN, '--lang', 'en', ...args], {
      cwd: tempDir(),
      encoding: 'utf8',
      stdio: [stdin, 'pipe', 'pipe'],
      timeout: 60_000,
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
      ...(input === undefined ? {} : { input }),
    });

  it('says standard input is a folder, exit 4', () => {
    const fd = openSync(tempDir(), 'r');
    try {
      const r = spawnWith(['score', '-'], fd);
      expect(r.status, r.stderr).toBe(4);
      expect(r.stderr).toMatch(/standard input is a folder/);
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(process.platform === 'win32')('stops at once on endless NUL bytes (/dev/zero): exit 3, binary', () => {
    const fd = openSync('/dev/zero', 'r');
    try {
      const r = spawnWith(['score', '-'], fd);
      expect(r.status, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/binary/);
    } finally {
      closeSync(fd);
    }
  });

  // Through a shell, as a user types it: a real pipe (Node's own stdin pipes are sockets).
  it.skipIf(process.platform === 'win32')('reads /dev/stdin and <(cat file) as streams, as file names', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.csv'), 'activity;market_demand\nkeripik;4\n');
    const tree = `"${process.execPath}" "${BIN}" --lang en score --json`;
    for (const line of [`cat ok.csv | ${tree} /dev/stdin`, `${tree} <(cat ok.csv)`]) {
      const r = spawnSync('bash', ['-c', line], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
      });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ meta: { rows: 1 } });
    }
  });
});
