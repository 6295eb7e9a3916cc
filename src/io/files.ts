import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, OutputError } from '../errors.js';
import type { Context } from '../context.js';

/** `-` names standard input (or output) in every command. */
export const STDIO = '-';

/** Resolves a user-given path against the runtime's working directory. */
export function resolvePath(ctx: Context, file: string): string {
  return path.resolve(ctx.cwd, file);
}

/** A system error as a user can look it up: its code (ENOSPC, EACCES, ...) or its message. */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(error);
}

/** Maps a failed open or read to the contract's "input missing or unreadable" error. */
export function inputError(ctx: Pick<Context, 't' | 'cwd'>, file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(ctx.t('input.missing', { file, cwd: ctx.cwd }), { cause: error });
  if (code === 'EISDIR') return new InputError(ctx.t('input.isDirectory', { file }), { cause: error });
  return new InputError(ctx.t('input.unreadable', { file, reason: describeError(error) }), { cause: error });
}

/** Reads a whole input (a file, or stdin for `-`) as bytes. */
export async function readInput(ctx: Context, file: string): Promise<Buffer> {
  if (file === STDIO) {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await fs.readFile(resolvePath(ctx, file));
  } catch (error) {
    throw inputError(ctx, file, error);
  }
}

/** True when something exists at the path. */
export async function exists(full: string): Promise<boolean> {
  try {
    await fs.lstat(full);
    return true;
  } catch {
    return false;
  }
}

export interface WriteOptions {
  force?: boolean;
}

/**
 * Writes one file completely or not at all (see io/output.ts); without `force` an existing
 * file is refused (exit 5) and left untouched.
 */
export async function writeFileAtomic(ctx: Context, file: string, content: string | Buffer, options: WriteOptions = {}): Promise<void> {
  const { writeOutput } = await import('./output.js');
  await writeOutput(ctx, file, content, options);
}

/** Creates a folder (and its parents); a failure is an output error. */
export async function ensureDir(ctx: Context, dir: string): Promise<void> {
  try {
    await fs.mkdir(resolvePath(ctx, dir), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const key = code === 'EEXIST' || code === 'ENOTDIR' ? 'output.notFolder' : 'output.unwritable';
    throw new OutputError(ctx.t(key, { file: dir, reason: describeError(error) }), { cause: error });
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands glob patterns in file arguments, so `data/*.csv` works on Windows too, where the
 * shell leaves patterns to the program. A name that exists as given is never expanded, and
 * a pattern that matches nothing is kept as is so it fails as a missing file (exit 4).
 */
export async function expandInputs(ctx: Context, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIO || !GLOB_CHARS.test(arg) || (await exists(resolvePath(ctx, arg)))) {
      out.push(arg);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const matches = await glob(arg.replace(/\\/g, '/'), { cwd: ctx.cwd, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) out.push(arg);
    else out.push(...matches.sort().map((m) => path.normalize(m)));
  }
  return out;
}
