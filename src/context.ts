import path from 'node:path';
import type { Readable } from 'node:stream';
import { type Lang, type Translate, translator } from './i18n/index.js';

export type Env = Record<string, string | undefined>;
export type InStream = Readable & { isTTY?: boolean };

/**
 * What a command function may use of the outside world besides the files it is told
 * about: where relative paths start, the environment, standard input and the language of
 * its messages. It has no stdout or stderr: commands return results, they never print.
 */
export interface Context {
  cwd: string;
  env: Env;
  stdin: InStream;
  lang: Lang;
  t: Translate;
}

/** The context options every exported command function accepts; all have defaults. */
export interface ContextOptions {
  /** Where relative paths start (default: process.cwd()). */
  cwd?: string;
  /** Environment for locale look-ups (default: process.env). */
  env?: Env;
  /** Read for the file name "-" (default: process.stdin). */
  stdin?: InStream;
  /** Language of messages and names in results (default: workspace, then LANG, then en). */
  lang?: Lang;
}

/** A context in a given language; the language itself is decided by the caller. */
export function createContext(options: ContextOptions, lang: Lang): Context {
  return {
    // Absolute, so a path found under a relative cwd is never resolved against it twice.
    cwd: path.resolve(options.cwd ?? process.cwd()),
    env: options.env ?? process.env,
    stdin: options.stdin ?? process.stdin,
    lang,
    t: translator(lang),
  };
}
