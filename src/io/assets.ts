/**
 * Files shipped with the package (`schemas/`, `templates/`, `examples/`): the one place
 * that knows where they are. This module is two levels below the package root both as
 * dist/io/assets.js (after tsc) and as src/io/assets.ts (under vitest), so one relative
 * URL serves both.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a shipped file or folder, from a path relative to the package root. */
export function assetPath(relative: string): string {
  const full = path.resolve(ROOT, relative);
  // Callers pass constants, so leaving the package is a bug, not user input.
  const inside = path.relative(ROOT, full);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new InternalError(`not a shipped file: ${relative}`);
  return full;
}

/**
 * A shipped file that cannot be read means a broken install, not bad user input, so it
 * is an internal error (exit 1). Not translated: no translator is at hand this deep, and
 * the text is for a bug report.
 */
function brokenInstall(relative: string, error: unknown): InternalError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new InternalError(`shipped file ${assetPath(relative)} cannot be read (${code}); reinstall tree-assess`, {
    cause: error,
  });
}

export async function readAssetBytes(relative: string): Promise<Buffer> {
  try {
    return await readFile(assetPath(relative));
  } catch (error) {
    if (error instanceof InternalError) throw error;
    throw brokenInstall(relative, error);
  }
}

export async function readAssetText(relative: string): Promise<string> {
  return (await readAssetBytes(relative)).toString('utf8');
}

/** Every file under a shipped folder, relative to it, with forward slashes, sorted. */
export async function listAssetFiles(folder: string): Promise<string[]> {
  const dir = assetPath(folder);
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return (
      entries
        .filter((e) => e.isFile())
        // parentPath arrived in Node 20.12; older 20.x only has path.
        .map((e) =>
          path
            .relative(dir, path.join(e.parentPath ?? e.path, e.name))
            .split(path.sep)
            .join('/'),
        )
        .sort()
    );
  } catch (error) {
    throw brokenInstall(folder, error);
  }
}
