import path from 'node:path';
import type { Writable } from 'node:stream';
import { Chalk, type ChalkInstance, supportsColor, supportsColorStderr } from 'chalk';
import type { Context, InStream } from './context.js';
import { type Lang, translator } from './i18n/index.js';

/** A stream that may be a terminal. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number };
export type { InStream };

/**
 * What the CLI shell may touch of the outside world: a command's context plus the
 * terminal streams; injectable so tests need no real process.
 */
export interface Runtime extends Context {
  stdout: OutStream;
  stderr: OutStream;
  /** Colour for results on stdout and for messages on stderr, decided once. */
  out: ChalkInstance;
  err: ChalkInstance;
  debug: boolean;
  /** True when prompts may be shown: both stdin and stdout are terminals. */
  interactive: boolean;
}

export interface RuntimeOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: InStream;
  stdout?: OutStream;
  stderr?: OutStream;
  lang: Lang;
  /** true for --color, false for --no-color, undefined when neither was given. */
  color?: boolean;
  debug?: boolean;
}

/**
 * Decides whether a stream gets colour. Flags win; then NO_COLOR (any non-empty value,
 * see no-color.org); then FORCE_COLOR; then whether the stream is a terminal. chalk alone
 * does not look at NO_COLOR, hence this function.
 */
export function colorLevel(
  stream: OutStream,
  env: Record<string, string | undefined>,
  flag: boolean | undefined,
  detected: number,
): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return detected > 0 ? clampLevel(detected) : 1;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return Number.isInteger(n) && n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (stream.isTTY !== true) return 0;
  return detected > 0 ? clampLevel(detected) : 1;
}

function clampLevel(n: number): 1 | 2 | 3 {
  return n >= 3 ? 3 : n === 2 ? 2 : 1;
}

/** Builds the runtime from the real process, with overrides for tests and embedding. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const stdin = options.stdin ?? process.stdin;
  const outLevel = colorLevel(stdout, env, options.color, supportsColor ? supportsColor.level : 0);
  const errLevel = colorLevel(stderr, env, options.color, supportsColorStderr ? supportsColorStderr.level : 0);
  return {
    cwd: path.resolve(options.cwd ?? process.cwd()),
    env,
    stdin,
    stdout,
    stderr,
    lang: options.lang,
    t: translator(options.lang),
    out: new Chalk({ level: outLevel }),
    err: new Chalk({ level: errLevel }),
    debug: options.debug ?? false,
    interactive: stdin.isTTY === true && stdout.isTTY === true && env['CI'] !== 'true',
  };
}
