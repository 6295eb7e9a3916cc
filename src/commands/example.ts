import path from 'node:path';
import { resolveLanguage } from '../config.js';
import { type ContextOptions, createContext } from '../context.js';
import { OutputError } from '../errors.js';
import { listAssetFiles, readAssetBytes, readAssetText } from '../io/assets.js';
import { ensureDir, exists, resolvePath } from '../io/files.js';
import { checkOutputs, writeOutputs } from '../io/output.js';
import { ASSESSMENT_SCHEMA_FILE } from '../io/schema.js';
import { OUT_DIR, WORKSPACE_FILE } from '../io/workspace.js';

/** The bundled example workspace, as shipped in the package. */
const EXAMPLE = 'examples/workspace';

export interface ExampleRequest extends ContextOptions {
  /** Folder to write the example to (default: tree-example). */
  dir?: string;
  /** Overwrite files of an earlier example. */
  force?: boolean;
}

export interface ExampleResult {
  dir: string;
  /** The example's village, for the closing message. */
  village: string;
  /** Files written, relative to `dir`, with forward slashes. */
  files: string[];
}

/**
 * Writes the example workspace. Checks every target first, so without force it refuses
 * before writing anything, and writes all files as one set.
 */
export async function example(request: ExampleRequest = {}): Promise<ExampleResult> {
  const ctx = createContext(request, resolveLanguage(request.lang, undefined, request.env ?? process.env));
  const dir = request.dir ?? 'tree-example';
  const files = [...(await listAssetFiles(EXAMPLE)), ASSESSMENT_SCHEMA_FILE];
  const targets = files.map((f) => path.join(dir, f));
  if (!request.force) {
    const clashing: string[] = [];
    for (const [i, t] of targets.entries()) if (await exists(resolvePath(ctx, t))) clashing.push(files[i] as string);
    if (clashing.length > 0) throw new OutputError(ctx.t('workspace.notEmpty', { dir, files: clashing.join(', ') }));
  }
  for (const folder of new Set(targets.map((t) => path.dirname(t)))) await ensureDir(ctx, folder);
  const dests = await checkOutputs(ctx, targets, { force: true });
  const contents = await Promise.all(
    files.map((f) =>
      f === ASSESSMENT_SCHEMA_FILE ? readAssetText(`schemas/${f}`) : readAssetBytes(`${EXAMPLE}/${f}`),
    ),
  );
  await writeOutputs(
    ctx,
    dests.map((dest, i) => ({ dest, content: contents[i] as string | Buffer })),
  );
  await ensureDir(ctx, path.join(dir, OUT_DIR));
  const assessment = JSON.parse(await readAssetText(`${EXAMPLE}/${WORKSPACE_FILE}`)) as {
    community?: { village?: string };
  };
  return { dir, village: assessment.community?.village ?? '', files };
}
