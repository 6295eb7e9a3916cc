import { PassThrough, Readable } from 'node:stream';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import type { Lang } from '../../src/i18n/index.js';

/** An in-memory output stream and what has been written to it. */
function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

export interface Captured {
  rt: Runtime;
  stdout: () => string;
  stderr: () => string;
}

/** A runtime with in-memory streams, as a command sees it when not on a terminal. */
export function testRuntime(options: { cwd: string; lang?: Lang; stdin?: string; env?: Record<string, string> }): Captured {
  const out = capture();
  const err = capture();
  const rt = createRuntime({
    cwd: options.cwd,
    env: options.env ?? {},
    lang: options.lang ?? 'en',
    stdin: Readable.from([options.stdin ?? '']),
    stdout: out.stream,
    stderr: err.stream,
  });
  return { rt, stdout: out.text, stderr: err.text };
}

/** Runs the CLI in this process, for tests that run it hundreds of times. */
export async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/main.js');
  const out = capture();
  const err = capture();
  const code = await main(args, { cwd, env: { NO_COLOR: '1' }, stdin: Readable.from(['']), stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}
