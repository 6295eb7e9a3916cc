import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'tree.cjs');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, without a terminal and without colour. */
export function runCli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeout?: number } = {},
): RunResult {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    CI: 'true',
    NO_COLOR: '1',
    LANG: 'C',
    ...options.env,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    // Killed past it (code -1): a run that would hang fails instead of blocking the test run.
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'tree-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
