import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { newAssessment } from '../core/workspace-template.js';
import { ExitCode, OutputError, UsageError } from '../errors.js';
import { LANGS, isLang, type Lang } from '../i18n/index.js';
import { ensureDir, exists, resolvePath, writeFileAtomic } from '../io/files.js';
import { ASSESSMENT_SCHEMA_FILE } from '../io/schema.js';
import { DATA_DIR, OUT_DIR, WORKSPACE_FILE } from '../io/workspace.js';
import { terminalPrompter, type Prompter } from '../prompts/index.js';
import { toJson } from '../render/output.js';
import type { Runtime } from '../runtime.js';

export interface InitOptions {
  village?: string;
  district?: string;
  province?: string;
  lang?: string;
  yes?: boolean;
  force?: boolean;
}

/** The schema shipped with the package; copied into each workspace so editors work offline. */
export async function readShippedSchema(): Promise<string> {
  return readFile(new URL(`../../schemas/${ASSESSMENT_SCHEMA_FILE}`, import.meta.url), 'utf8');
}

interface Answers {
  village?: string;
  district?: string;
  province?: string;
  language: Lang;
}

/**
 * Gathers the answers: flags first; on a terminal, questions for what is still missing;
 * without one (or with --yes) missing names stay empty only if --yes was given, else it
 * is a usage error naming the flags, so scripts never hang on a prompt.
 */
async function gather(rt: Runtime, options: InitOptions, prompter: Prompter): Promise<Answers> {
  const answers: Answers = { language: isLang(options.lang) ? options.lang : rt.lang };
  const fields = [
    ['village', 'init.askVillage', '--village'],
    ['district', 'init.askDistrict', '--district'],
    ['province', 'init.askProvince', '--province'],
  ] as const;
  for (const [field] of fields) if (options[field]?.trim()) answers[field] = options[field]?.trim();
  if (options.yes) return answers;
  const missing = fields.filter(([field]) => answers[field] === undefined);
  if (!rt.interactive) {
    if (missing.length === 0) return answers;
    throw new UsageError(rt.t('usage.missingAnswer', { what: missing.map(([f]) => f).join(', '), flag: missing.map(([, , flag]) => flag).join(', ') }));
  }
  for (const [field, key] of missing) {
    answers[field] = (await prompter.input({ message: rt.t(key), required: field === 'village', requiredMessage: rt.t('init.required') })).trim() || undefined;
  }
  if (!isLang(options.lang)) {
    answers.language = await prompter.select({
      message: rt.t('init.askLanguage'),
      choices: LANGS.map((l) => ({ value: l, name: l === 'id' ? 'Bahasa Indonesia (id)' : 'English (en)' })),
      default: rt.lang,
    });
  }
  return answers;
}

/** `tree init [dir]`: creates assessment.json (with its schema beside it), data/ and out/. */
export async function runInit(rt: Runtime, dir: string, options: InitOptions, prompter: Prompter = terminalPrompter): Promise<number> {
  const file = path.join(dir, WORKSPACE_FILE);
  const schemaFile = path.join(dir, ASSESSMENT_SCHEMA_FILE);
  // Refuse before asking anything: a user should not answer questions only to be told no.
  if (!options.force) {
    for (const existing of [file, schemaFile]) {
      if (await exists(resolvePath(rt, existing))) throw new OutputError(rt.t('workspace.exists', { dir, file: existing }));
    }
  }
  const answers = await gather(rt, options, prompter);
  const force = options.force === true;
  await ensureDir(rt, dir);
  await writeFileAtomic(rt, schemaFile, await readShippedSchema(), { force });
  await writeFileAtomic(rt, file, toJson(newAssessment(answers, `./${ASSESSMENT_SCHEMA_FILE}`)), { force });
  await ensureDir(rt, path.join(dir, DATA_DIR));
  await ensureDir(rt, path.join(dir, OUT_DIR));
  rt.stderr.write(`${rt.t('init.created', { dir })}\n${rt.t('init.next', { data: path.join(dir, DATA_DIR), file })}\n`);
  return ExitCode.ok;
}
