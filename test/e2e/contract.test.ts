import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { smallDisk, unmount } from '../helpers/disk.js';

const ENV = { PATH: process.env['PATH'] ?? '', CI: 'true', NO_COLOR: '1', LANG: 'C' };
const posix = process.platform !== 'win32';

let ws: string;
beforeAll(() => {
  ws = path.join(tempDir(), 'ws');
  expect(runCli(['example', ws]).code).toBe(0);
});

/** Runs the bin with stdout going to a file descriptor of our choosing (such as /dev/full). */
function runTo(fd: number, args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ws,
    env: ENV,
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr };
}

/** Runs a shell line with `tree` meaning the bin; returns what the shell printed. */
function sh(line: string): string {
  return spawnSync('bash', ['-c', `tree() { node "${BIN}" "$@"; }; ${line}`], { cwd: ws, env: ENV, encoding: 'utf8' })
    .stdout;
}

describe.skipIf(!posix || !existsSync('/dev/full'))('a standard output that cannot take the result', () => {
  it('is exit 5 with one line on stderr and no stack trace, for results, help and the version', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['score'], ['validate', 'assessment.json'], ['--help'], ['score', '--help'], ['--version']]) {
        const r = runTo(full, args);
        expect(r.code, args.join(' ')).toBe(5);
        expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        expect(r.stderr).toMatch(/ENOSPC/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      closeSync(full);
    }
  });

  it("keeps the command's own exit code when stderr is closed or cut short", () => {
    expect(sh('tree validate missing.csv 2>&-; echo "code $?"')).toMatch(/code 4/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${PIPESTATUS[0]} is for bash, not JavaScript.
    expect(sh('tree validate missing.csv 2>&1 | head -c 5 >/dev/null; echo "code ${PIPESTATUS[0]}"')).toMatch(/code 4/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above.
    expect(sh('tree score | head -1 >/dev/null; echo "code ${PIPESTATUS[0]}"')).toMatch(/code 0/);
  });
});

describe.skipIf(!posix)('-o onto a device or named pipe', () => {
  it('writes into /dev/null with --force and leaves it a device', () => {
    const r = runCli(['score', '-o', '/dev/null', '--force', '--format', 'csv'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes the ranking through a named pipe to its reader, and leaves the pipe in place', async () => {
    const fifo = path.join(tempDir(), 'ranking.pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = runCli(['score', '--format', 'csv', '-o', fifo, '--force'], { cwd: ws });
    await closed;
    expect(r.code, r.stderr).toBe(0);
    expect(got).toMatch(/^rank,activity,name,score/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('a full disk', () => {
  it('keeps the earlier ranking and says the disk is full (exit 5); skipped where no small file system can be mounted', (test) => {
    const disk = smallDisk();
    if (disk === undefined) return test.skip();
    try {
      const out = path.join(disk, 'ranking.csv');
      writeFileSync(out, 'earlier ranking\n');
      // Fill the rest of the disk, so the new ranking cannot be written.
      let filler = 0;
      for (;;) {
        try {
          writeFileSync(path.join(disk, `filler${filler++}`), Buffer.alloc(4096));
        } catch {
          break;
        }
      }
      const r = runCli(['--lang', 'en', 'score', '-o', out, '--force'], { cwd: ws });
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/the disk is full \(ENOSPC\)/);
      expect(r.stderr).not.toMatch(/Wrote/);
      expect(readFileSync(out, 'utf8')).toBe('earlier ranking\n');
      expect(readdirSync(disk).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      unmount(disk);
    }
  });
});
