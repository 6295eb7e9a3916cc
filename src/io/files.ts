import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, OutputError } from '../errors.js';
import type { Runtime } from '../runtime.js';

/** `-` names standard input (or output) in every command. */
export const STDIO = '-';

/** Resolves a user-given path against the runtime's working directory. */
export function resolvePath(rt: Runtime, file: string): string {
  return path.resolve(rt.cwd, file);
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(error);
}

/** Maps a failed open or read to the contract's "input missing or unreadable" error. */
export function inputError(rt: Runtime, file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(rt.t('input.missing', { file, cwd: rt.cwd }), { cause: error });
  if (code === 'EISDIR') return new InputError(rt.t('input.isDirectory', { file }), { cause: error });
  return new InputError(rt.t('input.unreadable', { file, reason: describe(error) }), { cause: error });
}

/** Reads a whole input (a file, or stdin for `-`) as bytes. */
export async function readInput(rt: Runtime, file: string): Promise<Buffer> {
  if (file === STDIO) {
    const chunks: Buffer[] = [];
    for await (const chunk of rt.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await fs.readFile(resolvePath(rt, file));
  } catch (error) {
    throw inputError(rt, file, error);
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
 * Writes a file atomically: the content goes to a temporary file beside the target and is
 * renamed over it, so a failed or interrupted run never leaves a half-written file.
 * Without `force` an existing file is refused (exit 5) and left untouched.
 */
export async function writeFileAtomic(rt: Runtime, file: string, content: string | Buffer, options: WriteOptions = {}): Promise<void> {
  const full = resolvePath(rt, file);
  if (!options.force && (await exists(full))) throw new OutputError(rt.t('output.exists', { file }));
  try {
    const { default: writeAtomic } = await import('write-file-atomic');
    await writeAtomic(full, content);
  } catch (error) {
    throw new OutputError(rt.t('output.unwritable', { file, reason: describe(error) }), { cause: error });
  }
}

/** Creates a folder (and its parents); a failure is an output error. */
export async function ensureDir(rt: Runtime, dir: string): Promise<void> {
  try {
    await fs.mkdir(resolvePath(rt, dir), { recursive: true });
  } catch (error) {
    throw new OutputError(rt.t('output.unwritable', { file: dir, reason: describe(error) }), { cause: error });
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands glob patterns in file arguments, so `data/*.csv` works on Windows too, where the
 * shell leaves patterns to the program. A name that exists as given is never expanded, and
 * a pattern that matches nothing is kept as is so it fails as a missing file (exit 4).
 */
export async function expandInputs(rt: Runtime, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIO || !GLOB_CHARS.test(arg) || (await exists(resolvePath(rt, arg)))) {
      out.push(arg);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const matches = await glob(arg.replace(/\\/g, '/'), { cwd: rt.cwd, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) out.push(arg);
    else out.push(...matches.sort().map((m) => path.normalize(m)));
  }
  return out;
}
