import path from 'node:path';
import { DataError, type Problem } from '../errors.js';
import type { Assessment } from '../core/assessment.js';
import type { Translate } from '../i18n/index.js';
import type { Runtime } from '../runtime.js';
import { exists, readInput, resolvePath } from './files.js';
import { parseJsonWithPositions } from './json-locate.js';
import { assessmentValidator, describeSchemaErrors } from './schema.js';

export const WORKSPACE_FILE = 'assessment.json';
export const DATA_DIR = 'data';
export const OUT_DIR = 'out';

/**
 * Finds the workspace file: an explicit path (a file, or a folder holding assessment.json),
 * else assessment.json in the working folder or the nearest folder above it, as git does.
 */
export async function findWorkspace(rt: Runtime, explicit?: string): Promise<string | undefined> {
  if (explicit !== undefined) {
    const full = resolvePath(rt, explicit);
    return full.toLowerCase().endsWith('.json') ? full : path.join(full, WORKSPACE_FILE);
  }
  let dir = rt.cwd;
  for (;;) {
    const candidate = path.join(dir, WORKSPACE_FILE);
    if (await exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Checks a parsed document against the schema and the rules a schema cannot say. */
export async function checkAssessment(
  text: string,
  file: string,
  t: Translate,
): Promise<{ assessment?: Assessment; problems: Problem[] }> {
  const { parsed, errors } = parseJsonWithPositions(text);
  if (!parsed) {
    return {
      problems: errors.map((e) => ({
        file,
        line: e.position.line,
        column: e.position.column,
        message: t('workspace.invalidJson', { reason: e.reason }),
      })),
    };
  }
  const validate = await assessmentValidator();
  const problems: Problem[] = [];
  const at = (pointer: string, message: string): Problem => {
    const pos = parsed.locate(pointer);
    return { file, pointer, message, ...(pos ? { line: pos.line, column: pos.column } : {}) };
  };
  if (!validate(parsed.value)) {
    for (const p of describeSchemaErrors(validate.errors ?? [], t)) problems.push(at(p.pointer, p.message));
    return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
  }
  const assessment = parsed.value as Assessment;
  const ids = new Map<string, number>();
  assessment.criteria?.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(at(`/criteria/${i}/id`, t('schema.duplicateCriterion', { id: c.id })));
    ids.set(c.id, i);
  });
  const scale = assessment.survey?.scale;
  if (scale && scale.min >= scale.max) {
    problems.push(at('/survey/scale', t('schema.badScale', { min: scale.min, max: scale.max })));
  }
  return problems.length > 0 ? { problems } : { assessment, problems };
}

export interface LoadedWorkspace {
  file: string;
  dir: string;
  assessment: Assessment;
}

/** Reads and validates a workspace file; any problem is a data error listing all of them. */
export async function loadWorkspace(rt: Runtime, file: string): Promise<LoadedWorkspace> {
  const shown = path.relative(rt.cwd, file) || file;
  const text = (await readInput(rt, file)).toString('utf8');
  const { assessment, problems } = await checkAssessment(text, shown, rt.t);
  if (!assessment) throw new DataError(rt.t('workspace.invalid', { file: shown, count: problems.length }), { problems });
  return { file, dir: path.dirname(file), assessment };
}

/**
 * Reads only the language of a workspace, without validating it, so that messages are in
 * the right language before anything else runs. Any failure means "no preference".
 */
export async function peekLanguage(rt: Runtime, explicit?: string): Promise<string | undefined> {
  try {
    const file = await findWorkspace(rt, explicit);
    if (!file) return undefined;
    const value = JSON.parse((await readInput(rt, file)).toString('utf8').replace(/^\uFEFF/, '')) as { language?: unknown };
    return typeof value.language === 'string' ? value.language : undefined;
  } catch {
    return undefined;
  }
}
