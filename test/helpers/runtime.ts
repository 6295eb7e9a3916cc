import { PassThrough, Readable } from 'node:stream';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import type { Lang } from '../../src/i18n/index.js';

export interface Captured {
  rt: Runtime;
  stdout: () => string;
  stderr: () => string;
}

/** A runtime with in-memory streams, as a command sees it when not on a terminal. */
export function testRuntime(options: { cwd: string; lang?: Lang; stdin?: string; env?: Record<string, string> }): Captured {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c: Buffer) => (o += c.toString()));
  err.on('data', (c: Buffer) => (e += c.toString()));
  const rt = createRuntime({
    cwd: options.cwd,
    env: options.env ?? {},
    lang: options.lang ?? 'en',
    stdin: Readable.from([options.stdin ?? '']),
    stdout: out,
    stderr: err,
  });
  return { rt, stdout: () => o, stderr: () => e };
}

/** Runs the CLI in this process, for tests that run it hundreds of times. */
export async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/main.js');
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await main(args, { cwd, env: { NO_COLOR: '1' }, stdin: Readable.from(['']), stdout: out, stderr: err });
  return { code, stdout, stderr };
}
