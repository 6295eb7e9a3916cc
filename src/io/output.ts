import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Context } from '../context.js';
import { OutputError } from '../errors.js';
import { describeError, resolvePath, STDIO } from './files.js';

/**
 * Where one result goes. A regular file is written to a temporary file beside it and
 * renamed into place; a FIFO or character device (`/dev/null`, `/dev/stdout`, a named
 * pipe) is written into directly, because renaming over it would replace it.
 */
export type Destination =
  | { kind: 'stdout' }
  | { kind: 'file'; shown: string; full: string; mode?: number }
  | { kind: 'stream'; shown: string; full: string };

export interface OutputCheck {
  /** Overwrite existing regular files. */
  force?: boolean;
  /** Files the run reads: none of them may be written (a ranking must not replace its survey). */
  inputs?: readonly string[];
}

async function statOrUndefined(full: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The real path of an existing file, else the resolved path: links to one file compare equal. */
async function identity(full: string): Promise<string> {
  try {
    return await fs.realpath(full);
  } catch {
    return full;
  }
}

async function checkOne(
  ctx: Context,
  target: string,
  options: OutputCheck,
  inputs: ReadonlySet<string>,
): Promise<Destination> {
  if (target === STDIO) return { kind: 'stdout' };
  const full = resolvePath(ctx, target);
  let stats: Stats | undefined;
  try {
    stats = await statOrUndefined(full);
  } catch (error) {
    throw writeError(ctx, target, error);
  }
  if (stats === undefined) {
    const parent = await statOrUndefined(path.dirname(full)).catch(() => undefined);
    if (!parent?.isDirectory())
      throw new OutputError(ctx.t('output.noFolder', { file: target, dir: path.dirname(target) || '.' }));
    return { kind: 'file', shown: target, full };
  }
  const real = await identity(full);
  if (inputs.has(real)) throw new OutputError(ctx.t('output.isInput', { file: target }));
  if (stats.isDirectory()) throw new OutputError(ctx.t('output.isFolder', { file: target }));
  if (stats.isFIFO() || stats.isCharacterDevice() || stats.isSocket())
    return { kind: 'stream', shown: target, full: real };
  if (!stats.isFile())
    throw new OutputError(ctx.t('output.unwritable', { file: target, reason: ctx.t('output.notRegular') }));
  if (!options.force) throw new OutputError(ctx.t('output.exists', { file: target }));
  return { kind: 'file', shown: target, full: real, mode: stats.mode & 0o7777 };
}

/**
 * Checks every output of a run before any work starts, so a long run never ends in
 * "exists" and a bad target costs nothing: an existing file without --force, a missing
 * folder, a folder as target, one of the run's own inputs, or one file named twice.
 */
export async function checkOutputs(
  ctx: Context,
  targets: readonly string[],
  options: OutputCheck = {},
): Promise<Destination[]> {
  const inputs = new Set<string>();
  for (const input of options.inputs ?? []) if (input !== STDIO) inputs.add(await identity(resolvePath(ctx, input)));
  const seen = new Set<string>();
  const out: Destination[] = [];
  for (const target of targets) {
    const dest = await checkOne(ctx, target, options, inputs);
    if (dest.kind !== 'stdout') {
      if (seen.has(dest.full)) throw new OutputError(ctx.t('output.twice', { file: target }));
      seen.add(dest.full);
    }
    out.push(dest);
  }
  return out;
}

/** A failed write in words a user can act on: a full disk is not a missing folder. */
function writeError(ctx: Context, shown: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code;
  const key =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'output.diskFull'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'output.denied'
        : code === 'ENAMETOOLONG'
          ? 'output.nameTooLong'
          : undefined;
  const message = key
    ? ctx.t(key, { file: shown, reason: describeError(error) })
    : ctx.t('output.unwritable', { file: shown, reason: describeError(error) });
  return new OutputError(message, { cause: error });
}

/** Writes to a stream and waits until the bytes are handed over; a reader that left (EPIPE) is not a failure. */
async function writeStream(stream: Writable, content: string | Buffer): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.write(content, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}

/** Writes into a FIFO or device: opened for writing only, never truncated, renamed or removed. */
async function writeSpecial(full: string, content: string | Buffer): Promise<void> {
  const handle = await fs.open(full, 'w');
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/**
 * Writes one temporary file completely: every byte written, flushed to the disk, and its
 * size checked, so a full disk fails here instead of leaving a cut file to be renamed.
 */
async function writeTemporary(dest: Extract<Destination, { kind: 'file' }>, bytes: Buffer): Promise<string> {
  const temp = path.join(
    path.dirname(dest.full),
    `.${path.basename(dest.full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await fs.open(temp, 'wx', dest.mode ?? 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== bytes.length)
      throw Object.assign(new Error(`wrote ${size} of ${bytes.length} bytes`), { code: 'ENOSPC' });
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/**
 * Writes a set of results to destinations checked by checkOutputs. Files are all written
 * to temporary files first and renamed only when every one is complete, so a failure
 * (full disk, no permission) leaves every earlier file as it was and no temporary behind.
 */
export async function writeOutputs(
  ctx: Context,
  items: readonly { dest: Destination; content: string | Buffer }[],
  stdout?: Writable,
): Promise<void> {
  const temps: { temp: string; full: string }[] = [];
  const fail = (shown: string, error: unknown) => writeError(ctx, shown, error);
  try {
    for (const { dest, content } of items) {
      if (dest.kind !== 'file') continue;
      try {
        temps.push({ temp: await writeTemporary(dest, Buffer.from(content)), full: dest.full });
      } catch (error) {
        throw fail(dest.shown, error);
      }
    }
    for (const { dest, content } of items) {
      if (dest.kind === 'stdout') {
        try {
          if (!stdout) throw new Error('no standard output to write to');
          await writeStream(stdout, content);
        } catch (error) {
          throw new OutputError(ctx.t('output.stdoutFailed', { reason: describeError(error) }), { cause: error });
        }
      } else if (dest.kind === 'stream') {
        try {
          await writeSpecial(dest.full, content);
        } catch (error) {
          throw fail(dest.shown, error);
        }
      }
    }
    const shown = new Map(
      items.flatMap(({ dest }) => (dest.kind === 'file' ? [[dest.full, dest.shown] as const] : [])),
    );
    while (temps.length > 0) {
      const { temp, full } = temps[0] as { temp: string; full: string };
      try {
        await fs.rename(temp, full);
      } catch (error) {
        throw fail(shown.get(full) ?? full, error);
      }
      temps.shift();
    }
  } finally {
    await Promise.all(temps.map(({ temp }) => fs.rm(temp, { force: true })));
  }
}

/** Checks one target and writes one result to it: the common case of a single -o. */
export async function writeOutput(
  ctx: Context,
  target: string | undefined,
  content: string | Buffer,
  options: OutputCheck = {},
  stdout?: Writable,
): Promise<Destination> {
  const [dest] = await checkOutputs(ctx, [target ?? STDIO], options);
  const d = dest as Destination;
  await writeOutputs(ctx, [{ dest: d, content }], stdout);
  return d;
}
