import path from 'node:path';
import type { Readable } from 'node:stream';
import { type Lang, type Translate, translator } from './i18n/index.js';

export type Env = Record<string, string | undefined>;
export type InStream = Readable & { isTTY?: boolean };

/**
 * One part of a survey that holds many: only the rows whose column `field` (a segment such
 * as `village`, found as the readers find it) holds `value`, compared as names are (case,
 * spaces, underscores, hyphens and dots aside; an empty value is the rows with an empty cell).
 */
export interface RowFilter {
  field: string;
  value: string;
}

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
  /** Only these rows of the survey files (`tree report --by village`); every row when absent. */
  where?: RowFilter;
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
  /**
   * Read only the survey rows of one village (or another segment): the rating and household
   * surveys' rows whose `field` column holds `value`. Problems still name the file's own lines.
   */
  where?: RowFilter;
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
    ...(options.where === undefined ? {} : { where: { field: options.where.field, value: options.where.value } }),
  };
}
