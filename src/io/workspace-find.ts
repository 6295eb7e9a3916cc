import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';

/*
 * Finding the workspace and its language: apart from opening it, and with nothing but
 * node:fs, because every start (even --help) asks which language to speak. Synchronous
 * calls: a few stats at start-up cost less than loading the promise-based API.
 */

export const WORKSPACE_FILE = 'assessment.json';
export const DATA_DIR = 'data';
export const OUT_DIR = 'out';

/**
 * The language probe reads no more than this: a workspace is a few kB, and one larger
 * than this (or a device, a pipe) gives no preference here; the command that opens it
 * reads it with the limits of every JSON input and reports what is wrong.
 */
const PROBE_BYTES = 1024 * 1024;

/**
 * Finds the workspace file: an explicit path (a file, or a folder holding assessment.json),
 * else assessment.json in the working folder or the nearest folder above it, as git does.
 */
export async function findWorkspace(ctx: Pick<Context, 'cwd'>, explicit?: string): Promise<string | undefined> {
  if (explicit !== undefined) {
    const full = path.resolve(ctx.cwd, explicit);
    return full.toLowerCase().endsWith('.json') ? full : path.join(full, WORKSPACE_FILE);
  }
  let dir = ctx.cwd;
  for (;;) {
    const candidate = path.join(dir, WORKSPACE_FILE);
    if (statSync(candidate, { throwIfNoEntry: false }) !== undefined) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The `language` of a workspace text, read without validating it; undefined when it has none. */
export function languageOf(text: string): string | undefined {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as { language?: unknown } | null;
    return typeof value?.language === 'string' ? value.language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads only the language of the workspace, so that messages (and --help) are in the
 * right language before a command runs. Cheap: no schema, no JSON positions. A broken or
 * missing workspace means "no preference" here; the command that opens it reports why.
 */
export async function peekLanguage(ctx: Pick<Context, 'cwd'>, explicit?: string): Promise<string | undefined> {
  const file = await findWorkspace(ctx, explicit);
  if (!file) return undefined;
  const text = readProbe(file);
  return text === undefined ? undefined : languageOf(text);
}

/** A regular file of at most PROBE_BYTES, as text; undefined for anything else, never blocking on a pipe. */
function readProbe(file: string): string | undefined {
  let fd: number | undefined;
  try {
    // stat first: opening a FIFO without a writer would wait, and a device never ends.
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > PROBE_BYTES) return undefined;
    fd = openSync(file, 'r');
    // One byte more than the stat said, to notice a file that grew since: then it is given up on.
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length > stat.size ? undefined : buffer.toString('utf8', 0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing was kept open
      }
    }
  }
}
