import { checkInit, type InitRequest, init } from '../commands/init.js';
import type { NewWorkspace } from '../core/workspace-template.js';
import { ExitCode } from '../errors.js';
import { isLang } from '../i18n/index.js';
import { askAll, getPath, type Prompter, terminalPrompter } from '../prompts/index.js';
import { initQuestions } from '../prompts/questions/init.js';
import type { Runtime } from '../runtime.js';
import type { InitFlags } from './options.js';

/**
 * Gathers the answers through the prompt engine: flags answer their questions; on a
 * terminal the rest are asked; without one a missing name is a usage error naming the
 * flags (scripts never hang), unless --yes leaves the names empty.
 */
async function gather(rt: Runtime, flags: InitFlags, prompter: Prompter): Promise<NewWorkspace> {
  const answers = await askAll(initQuestions(rt.lang), {
    lang: rt.lang,
    interactive: rt.interactive,
    yes: flags.yes === true,
    given: {
      flags: {
        'community.village': flags.village,
        'community.district': flags.district,
        'community.province': flags.province,
        language: flags.lang,
      },
    },
    prompter,
  });
  // An empty answer is no name at all: the workspace leaves the field out.
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

/** `tree init [dir]`: answers from flags and prompts, then init(). */
export async function run(
  rt: Runtime,
  dir: string,
  flags: InitFlags,
  prompter: Prompter = terminalPrompter,
): Promise<number> {
  const base: InitRequest = { cwd: rt.cwd, env: rt.env, lang: rt.lang, dir, force: flags.force === true };
  await checkInit(base);
  const a = await gather(rt, flags, prompter);
  const result = await init({
    ...base,
    language: a.language,
    ...(a.village ? { village: a.village } : {}),
    ...(a.district ? { district: a.district } : {}),
    ...(a.province ? { province: a.province } : {}),
  });
  rt.stderr.write(
    `${rt.t('init.created', { dir: result.dir })}\n${rt.t('init.next', { data: result.dataDir, file: result.file })}\n`,
  );
  return ExitCode.ok;
}
