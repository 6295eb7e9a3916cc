import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { type Config, type ConfigFlags, resolveConfig, resolveLanguage } from '../config.js';
import { type Context, type ContextOptions, createContext } from '../context.js';
import type { Assessment } from '../core/assessment.js';
import { DataError, InputError, type Problem, UsageError } from '../errors.js';
import type { Lang, MessageKey, Translate } from '../i18n/index.js';
import { exists, expandInputs, inputError, resolvePath } from './files.js';
import { findWorkspace, languageOf } from './workspace-find.js';

export { DATA_DIR, findWorkspace, languageOf, OUT_DIR, peekLanguage, WORKSPACE_FILE } from './workspace-find.js';

/** Checks a workspace text against the schema and the rules a schema cannot say. */
export async function checkAssessment(
  text: string,
  file: string,
  t: Translate,
): Promise<{ assessment?: Assessment; problems: Problem[] }> {
  // Loaded here, not at the top: jsonc-parser and ajv cost start-up time that --help never needs.
  const { checkAssessmentText } = await import('./assessment-check.js');
  return checkAssessmentText(text, file, t);
}

export interface OpenOptions extends ContextOptions {
  /** assessment.json or its folder (default: the nearest above cwd). */
  workspace?: string;
  /** A workspace must exist (tree assess); otherwise the defaults stand in for a missing one. */
  required?: boolean;
  /** Settings given for this run, layered over the workspace's. */
  flags?: ConfigFlags;
}

/** An opened workspace: what every command reads its settings from. */
export interface Workspace {
  /** The context in the resolved language. */
  ctx: Context;
  lang: Lang;
  /** Absolute path of assessment.json; undefined when there is none. */
  file?: string;
  /** The workspace folder (the working folder when there is no workspace). */
  dir: string;
  /** The validated assessment; undefined when there is no workspace file. */
  assessment?: Assessment;
  /** Defaults ← assessment.json ← flags, resolved once. */
  config: Config;
  /** The settings with more flags layered on (weights and a mapping checked by the command). */
  configWith(more: ConfigFlags): Config;
  /** A path written in assessment.json (relative to its folder), as a path relative to cwd. */
  resolve(relative: string): string;
  /** Validates and writes the assessment atomically, so an answer is never half-saved. */
  save(next: Assessment): Promise<void>;
}

/**
 * Opens the workspace once for a command: finds assessment.json, validates it (every
 * problem listed, exit 3), decides the language (option, then the workspace's, then the
 * locale, then English) and layers the settings. A workspace named explicitly must exist.
 */
export async function openWorkspace(options: OpenOptions = {}): Promise<Workspace> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const file = await findWorkspace({ cwd }, options.workspace);
  const present = file !== undefined && (await exists(file));
  let text: string | undefined;
  if (present || (file !== undefined && options.workspace !== undefined)) {
    const probe = createContext(options, resolveLanguage(options.lang, undefined, env));
    // Read with the limits of every JSON input: a link to /dev/zero is refused, not read forever.
    const { readJsonInput } = await import('./json-locate.js');
    text = await readJsonInput(probe, file as string, {
      shown: path.relative(cwd, file as string) || (file as string),
    });
  }
  const lang = resolveLanguage(options.lang, text === undefined ? undefined : languageOf(text), env);
  const ctx = createContext({ ...options, cwd, env }, lang);
  if (text === undefined || file === undefined) {
    if (options.required) throw new InputError(ctx.t('workspace.notFound', { dir: cwd }));
    return workspaceOf(ctx, undefined, cwd, undefined, options.flags ?? {});
  }
  const shown = path.relative(cwd, file) || file;
  const { assessment, problems } = await checkAssessment(text, shown, ctx.t);
  if (!assessment)
    throw new DataError(ctx.t('workspace.invalid', { file: shown, count: problems.length }), { problems });
  return workspaceOf(ctx, file, path.dirname(file), assessment, options.flags ?? {});
}

/**
 * The file of a workspace named with -w (assessment.json or its folder), which must be
 * there: a missing or unreadable one is an input error (exit 4), as in every command.
 */
export async function namedWorkspaceFile(ctx: Pick<Context, 't' | 'cwd'>, explicit: string): Promise<string> {
  const file = (await findWorkspace(ctx, explicit)) as string;
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw inputError(ctx, path.relative(ctx.cwd, file) || file, error);
  }
  return file;
}

/** The settings without a workspace file: the built-in defaults, layered with the flags. */
export function defaultWorkspace(options: OpenOptions = {}): Workspace {
  const env = options.env ?? process.env;
  const ctx = createContext(options, resolveLanguage(options.lang, undefined, env));
  return workspaceOf(ctx, undefined, ctx.cwd, undefined, options.flags ?? {});
}

function workspaceOf(
  ctx: Context,
  file: string | undefined,
  dir: string,
  assessment: Assessment | undefined,
  flags: ConfigFlags,
): Workspace {
  const ws: Workspace = {
    ctx,
    lang: ctx.lang,
    dir,
    config: resolveConfig(assessment, flags, ctx.env, ctx.lang),
    configWith: (more) => resolveConfig(ws.assessment, { ...flags, ...more }, ctx.env, ctx.lang),
    resolve: (relative) => path.relative(ctx.cwd, path.resolve(dir, relative)) || relative,
    async save(next) {
      if (file === undefined) throw new InputError(ctx.t('workspace.notFound', { dir: ctx.cwd }));
      const shown = path.relative(ctx.cwd, file) || file;
      const text = `${JSON.stringify(next, null, 2)}\n`;
      const { problems } = await checkAssessment(text, shown, ctx.t);
      if (problems.length > 0)
        throw new DataError(ctx.t('workspace.invalid', { file: shown, count: problems.length }), { problems });
      const { writeFileAtomic } = await import('./files.js');
      await writeFileAtomic(ctx, file, text, { force: true });
      ws.assessment = next;
      ws.config = resolveConfig(next, flags, ctx.env, ctx.lang);
    },
  };
  if (file !== undefined) ws.file = resolvePath(ctx, file);
  if (assessment !== undefined) ws.assessment = assessment;
  return ws;
}

/** Files listed in assessment.json (relative to its folder, globs allowed), as paths to read. */
export function listedFiles(ws: Workspace, listed: readonly string[] | undefined): Promise<string[]> {
  return expandInputs(
    ws.ctx,
    (listed ?? []).map((f) => ws.resolve(f)),
  );
}

/**
 * The files a command reads: those given (globs expanded), else those the workspace lists;
 * with neither, a usage error (`none`) saying how to name them.
 */
export async function inputFiles(
  ws: Workspace,
  given: readonly string[] | undefined,
  listed: readonly string[] | undefined,
  none: MessageKey,
): Promise<string[]> {
  if (given !== undefined && given.length > 0) return expandInputs(ws.ctx, given);
  if ((listed ?? []).length === 0 || ws.file === undefined) throw new UsageError(ws.ctx.t(none));
  return listedFiles(ws, listed);
}
