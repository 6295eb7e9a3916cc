import { promises as fs, fstatSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { InputError, OutputError, UsageError } from '../errors.js';

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

/** The error for standard input that is a folder (`tree score - < data`). */
function stdinFolder(ctx: Pick<Context, 't'>, cause?: unknown): InputError {
  return new InputError(ctx.t('input.stdinFolder'), cause === undefined ? {} : { cause });
}

/**
 * Standard input, checked: a folder redirected to it is an input error, where Node would
 * give an empty stream. Errors while reading it become input errors too (see readStream).
 */
export function stdinStream(ctx: Context): NodeJS.ReadableStream {
  const fd = (ctx.stdin as { fd?: unknown }).fd;
  if (typeof fd === 'number') {
    let folder = false;
    try {
      folder = fstatSync(fd).isDirectory();
    } catch {
      // Not a descriptor that can be looked at: read it and see.
    }
    if (folder) throw stdinFolder(ctx);
  }
  return ctx.stdin;
}

/**
 * Opens an input for reading from its start, once: a file, a named pipe, a device such
 * as /dev/stdin or `<(cat a.csv)`, or standard input for `-`. Nothing is read by position,
 * so pipes work; nothing is opened twice, so a pipe is not drained by a first look.
 */
export async function openInput(ctx: Context, file: string, range?: ByteRange): Promise<NodeJS.ReadableStream> {
  if (file === STDIO) return stdinStream(ctx);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(resolvePath(ctx, file), 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw inputError(ctx, file, error);
  }
  // createReadStream's `end` is inclusive.
  return range === undefined
    ? handle.createReadStream()
    : handle.createReadStream({ start: range.start, ...(range.end === undefined ? {} : { end: range.end - 1 }) });
}

/** Bytes [start, end) of a file; with no end, to the end. */
export interface ByteRange {
  start: number;
  end?: number;
}

/** An error met while reading an input, as the contract's input error (exit 4). */
export function readError(ctx: Pick<Context, 't' | 'cwd'>, file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  if (file === STDIO && (error as NodeJS.ErrnoException).code === 'EISDIR') return stdinFolder(ctx, error);
  return inputError(ctx, file === STDIO ? '<stdin>' : file, error);
}

/** Reads a whole input (a file, or stdin for `-`) as bytes. */
export async function readInput(ctx: Context, file: string): Promise<Buffer> {
  if (file === STDIO) {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stdinStream(ctx)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    } catch (error) {
      throw readError(ctx, file, error);
    }
    return Buffer.concat(chunks);
  }
  try {
    return await fs.readFile(resolvePath(ctx, file));
  } catch (error) {
    throw inputError(ctx, file, error);
  }
}

/**
 * True when an input can be read only once: standard input, a pipe, a device (`/dev/stdin`,
 * `<(cat a.csv)`). A caller that would look at a file before reading it reads these once.
 */
export async function readOnce(ctx: Context, file: string): Promise<boolean> {
  if (file === STDIO) return true;
  try {
    const stat = await fs.stat(resolvePath(ctx, file));
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
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
export async function writeFileAtomic(
  ctx: Context,
  file: string,
  content: string | Buffer,
  options: WriteOptions = {},
): Promise<void> {
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
 * Splits a pattern into the folder it starts in, taken literally (every leading folder
 * name without glob characters, or that exists as written: `data (2)`, `export [v1]`),
 * and the rest, in which only `* ? [ ] { }` are glob characters: parentheses (and with
 * them `!( +( @(`) and a leading `!` are escaped, since they are common in file names.
 */
async function splitPattern(ctx: Context, pattern: string): Promise<{ base: string; rest: string }> {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1) {
    const part = parts[i] as string;
    if (GLOB_CHARS.test(part) && !(await exists(resolvePath(ctx, [...parts.slice(0, i), part].join('/') || '/'))))
      break;
    i++;
  }
  let base = parts.slice(0, i).join('/');
  if (i > 0 && (base === '' || base.endsWith(':'))) base += '/';
  const rest = parts
    .slice(i)
    .map((part) => part.replace(/[()]/g, '[$&]').replace(/^!/, '\\!'))
    .join('/');
  return { base, rest };
}

/**
 * Expands glob patterns in file arguments, so `data/*.csv` works on Windows too, where the
 * shell leaves patterns to the program. A name that exists as given is never expanded, and
 * a pattern that matches nothing is kept as is so it fails as a missing file (exit 4).
 * Standard input (`-`) can be read only once: naming it twice is a usage error.
 */
export async function expandInputs(ctx: Context, args: readonly string[]): Promise<string[]> {
  const stdin = args.filter((a) => a === STDIO).length;
  if (stdin > 1) throw new UsageError(ctx.t('input.stdinTwice', { count: stdin }));
  const out: string[] = [];
  for (const arg of args) {
    if (arg === STDIO || !GLOB_CHARS.test(arg) || (await exists(resolvePath(ctx, arg)))) {
      out.push(arg);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const { base, rest } = await splitPattern(ctx, arg.replace(/\\/g, '/'));
    const matches = await glob(rest, {
      cwd: resolvePath(ctx, base === '' ? '.' : base),
      onlyFiles: true,
      expandDirectories: false,
    });
    if (matches.length === 0) out.push(arg);
    else out.push(...matches.sort().map((m) => path.normalize(base === '' ? m : path.join(base, m))));
  }
  return out;
}
