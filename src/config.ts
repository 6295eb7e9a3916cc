import type { Assessment, Criterion, SurveyMapping } from './core/assessment.js';
import { DEFAULT_CRITERIA, DEFAULT_MISSING, DEFAULT_SCALE } from './core/criteria.js';
import { isLang, langFromLocale, type Lang } from './i18n/index.js';

/** Everything a command needs to know, after defaults, the workspace file and flags are layered. */
export interface Config {
  lang: Lang;
  criteria: Criterion[];
  scale: { min: number; max: number };
  missing: string[];
  survey: SurveyMapping;
}

/** Flags that override the workspace; each command passes those it has. */
export interface ConfigFlags {
  lang?: Lang;
  scale?: { min: number; max: number };
  missing?: string[];
}

/**
 * The language: --lang, then the workspace's `language`, then the locale (LC_ALL,
 * LC_MESSAGES, LANG, as POSIX orders them), then English.
 */
export function resolveLanguage(
  flag: string | undefined,
  workspace: string | undefined,
  env: Record<string, string | undefined>,
): Lang {
  if (isLang(flag)) return flag;
  if (isLang(workspace)) return workspace;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') {
      const lang = langFromLocale(value);
      // The first locale variable that is set decides, even if it names another language.
      return lang ?? 'en';
    }
  }
  return 'en';
}

/** Layers defaults ← workspace file ← flags, once, for every command. */
export function resolveConfig(
  workspace: Assessment | undefined,
  flags: ConfigFlags,
  env: Record<string, string | undefined> = {},
): Config {
  const criteria = (workspace?.criteria ?? DEFAULT_CRITERIA).map((c) => ({
    ...c,
    weight: c.weight ?? 1,
    direction: c.direction ?? 'benefit',
  }));
  const survey = workspace?.survey ?? {};
  const missing = [...DEFAULT_MISSING, ...(survey.missing ?? []), ...(flags.missing ?? [])].map((m) => m.trim().toLowerCase());
  return {
    lang: resolveLanguage(flags.lang, workspace?.language, env),
    criteria,
    scale: flags.scale ?? survey.scale ?? { ...DEFAULT_SCALE },
    missing: [...new Set(missing)],
    survey,
  };
}
