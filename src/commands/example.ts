import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, OutputError } from '../errors.js';
import { ensureDir, exists, resolvePath, writeFileAtomic } from '../io/files.js';
import { ASSESSMENT_SCHEMA_FILE } from '../io/schema.js';
import { OUT_DIR } from '../io/workspace.js';
import type { Runtime } from '../runtime.js';
import { readShippedSchema } from './init.js';

/** The bundled example workspace, shipped in the package. */
export const EXAMPLE_DIR = fileURLToPath(new URL('../../examples/workspace/', import.meta.url));

export interface ExampleOptions {
  force?: boolean;
}

/** Relative paths of every file of the example, with forward slashes. */
async function exampleFiles(): Promise<string[]> {
  const entries = await readdir(EXAMPLE_DIR, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(EXAMPLE_DIR, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/**
 * `tree example [dir]`: writes the example workspace. Checks every target first, so it
 * either writes all files or, without --force, refuses before writing any.
 */
export async function runExample(rt: Runtime, dir: string, options: ExampleOptions): Promise<number> {
  const files = [...(await exampleFiles()), ASSESSMENT_SCHEMA_FILE];
  if (!options.force) {
    const clashing: string[] = [];
    for (const f of files) if (await exists(resolvePath(rt, path.join(dir, f)))) clashing.push(f);
    if (clashing.length > 0) throw new OutputError(rt.t('workspace.notEmpty', { dir, files: clashing.join(', ') }));
  }
  for (const f of files) {
    const target = path.join(dir, f);
    await ensureDir(rt, path.dirname(target));
    const content = f === ASSESSMENT_SCHEMA_FILE ? await readShippedSchema() : await readFile(path.join(EXAMPLE_DIR, f));
    await writeFileAtomic(rt, target, content, { force: true });
  }
  await ensureDir(rt, path.join(dir, OUT_DIR));
  const assessment = JSON.parse(await readFile(path.join(EXAMPLE_DIR, 'assessment.json'), 'utf8')) as { community?: { village?: string } };
  rt.stderr.write(`${rt.t('example.created', { village: assessment.community?.village ?? '', dir })}\n${rt.t('example.next', { dir })}\n`);
  return ExitCode.ok;
}
