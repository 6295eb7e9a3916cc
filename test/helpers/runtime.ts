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
