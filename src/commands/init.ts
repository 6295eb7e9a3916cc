import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { newAssessment, type NewWorkspace } from '../core/workspace-template.js';
import { ExitCode, OutputError } from '../errors.js';
import { isLang } from '../i18n/index.js';
import { ensureDir, exists, resolvePath, writeFileAtomic } from '../io/files.js';
import { ASSESSMENT_SCHEMA_FILE } from '../io/schema.js';
import { DATA_DIR, OUT_DIR, WORKSPACE_FILE } from '../io/workspace.js';
import { askAll, getPath, terminalPrompter, type Prompter } from '../prompts/index.js';
import { initQuestions } from '../prompts/questions/init.js';
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

/**
 * Gathers the answers through the prompt engine: flags answer their questions; on a
 * terminal the rest are asked; without one a missing name is a usage error naming the
 * flags (scripts never hang), unless --yes leaves the names empty.
 */
async function gather(rt: Runtime, options: InitOptions, prompter: Prompter): Promise<NewWorkspace> {
  const answers = await askAll(initQuestions(rt.lang), {
    lang: rt.lang,
    interactive: rt.interactive,
    yes: options.yes === true,
    given: { flags: { 'community.village': options.village, 'community.district': options.district, 'community.province': options.province, language: options.lang } },
    prompter,
  });
  // An empty answer is no name at all: newAssessment leaves the field out.
  const name = (id: string): string | undefined => {
    const value = getPath(answers, id);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const language = getPath(answers, 'language');
  return {
    village: name('community.village'),
    district: name('community.district'),
    province: name('community.province'),
    language: isLang(language) ? language : rt.lang,
  };
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
