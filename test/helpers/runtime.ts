import { PassThrough, Readable } from 'node:stream';
import type { Lang } from '../../src/i18n/index.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';

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
export function testRuntime(options: {
  cwd: string;
  lang?: Lang;
  stdin?: string;
  env?: Record<string, string>;
}): Captured {
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

export interface InProcessOptions {
  /** What standard input holds (default: nothing). */
  stdin?: string | Buffer;
  /** Added to the environment, which otherwise holds only NO_COLOR=1 (no LANG, no CI). */
  env?: Record<string, string>;
  /** Make stdout and stderr claim to be terminals, as a user's console is. */
  tty?: boolean;
  /** The terminal's width when tty (default 120). */
  columns?: number;
}

/**
 * Runs the CLI in this process through main(), as the bin does but with in-memory
 * streams, for tests that run it hundreds of times. stdout and stderr are not terminals.
 */
export async function runInProcess(
  args: string[],
  cwd: string,
  options: InProcessOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/main.js');
  const out = capture();
  const err = capture();
  const input = options.stdin ?? '';
  const stdin = Readable.from([typeof input === 'string' ? Buffer.from(input) : input]);
  if (options.tty)
    for (const s of [out.stream, err.stream]) Object.assign(s, { isTTY: true, columns: options.columns ?? 120 });
  const env = options.tty ? { ...options.env } : { NO_COLOR: '1', ...options.env };
  const code = await main(args, { cwd, env, stdin, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}
