import path from 'node:path';
import { resolveLanguage } from '../config.js';
import { type Context, type ContextOptions, createContext } from '../context.js';
import { newAssessment } from '../core/workspace-template.js';
import { OutputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { readAssetText } from '../io/assets.js';
import { ensureDir, exists, resolvePath } from '../io/files.js';
import { checkOutputs, writeOutputs } from '../io/output.js';
import { ASSESSMENT_SCHEMA_FILE } from '../io/schema.js';
import { DATA_DIR, OUT_DIR, WORKSPACE_FILE } from '../io/workspace.js';

export interface InitRequest extends ContextOptions {
  /** Folder of the new workspace (default: cwd); created if missing. */
  dir?: string;
  village?: string;
  district?: string;
  province?: string;
  /** Language stored in the workspace (default: the request's language). */
  language?: Lang;
  /** Overwrite an existing assessment.json and its schema. */
  force?: boolean;
}

export interface InitResult {
  /** The workspace folder and files written, as given relative to cwd. */
  dir: string;
  file: string;
  dataDir: string;
}

function contextOf(request: InitRequest): Context {
  return createContext(request, resolveLanguage(request.lang, undefined, request.env ?? process.env));
}

/** The files init writes, relative to cwd. */
function targets(dir: string): { file: string; schema: string } {
  return { file: path.join(dir, WORKSPACE_FILE), schema: path.join(dir, ASSESSMENT_SCHEMA_FILE) };
}

/**
 * Refuses a folder that already holds a workspace (without force). The CLI calls it before
 * asking anything: a user should not answer questions only to be told no.
 */
export async function checkInit(request: InitRequest): Promise<void> {
  const ctx = contextOf(request);
  const dir = request.dir ?? '.';
  if (request.force) return;
  for (const existing of Object.values(targets(dir))) {
    if (await exists(resolvePath(ctx, existing)))
      throw new OutputError(ctx.t('workspace.exists', { dir, file: existing }));
  }
}

/**
 * Creates a workspace: assessment.json (the default criteria written out, so weights can
 * be edited), its JSON Schema beside it for editors, and the folders data/ and out/.
 * Both files are written as a set: either both are new, or neither changed.
 */
export async function init(request: InitRequest = {}): Promise<InitResult> {
  const ctx = contextOf(request);
  const dir = request.dir ?? '.';
  await checkInit(request);
  const { file, schema } = targets(dir);
  await ensureDir(ctx, dir);
  const [schemaDest, fileDest] = await checkOutputs(ctx, [schema, file], { force: request.force === true });
  const assessment = newAssessment(
    {
      language: request.language ?? ctx.lang,
      ...(request.village ? { village: request.village } : {}),
      ...(request.district ? { district: request.district } : {}),
      ...(request.province ? { province: request.province } : {}),
    },
    `./${ASSESSMENT_SCHEMA_FILE}`,
  );
  await writeOutputs(ctx, [
    {
      dest: schemaDest as NonNullable<typeof schemaDest>,
      content: await readAssetText(`schemas/${ASSESSMENT_SCHEMA_FILE}`),
    },
    { dest: fileDest as NonNullable<typeof fileDest>, content: `${JSON.stringify(assessment, null, 2)}\n` },
  ]);
  const dataDir = path.join(dir, DATA_DIR);
  await ensureDir(ctx, dataDir);
  await ensureDir(ctx, path.join(dir, OUT_DIR));
  return { dir, file, dataDir };
}
