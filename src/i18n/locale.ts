/**
 * Which language a run speaks. Apart from the message catalogues, so that deciding it
 * (on every start, even for --version and --help) loads nothing else.
 */
export type Lang = 'en' | 'id';

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'id';
}

/**
 * Reads a language from a POSIX locale string such as `id_ID.UTF-8` or `in_ID`
 * (older Java-era code for Indonesian); undefined when it names neither language.
 */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  if (locale === undefined || locale === '') return undefined;
  const code = locale.toLowerCase().split(/[_.@-]/)[0];
  if (code === 'id' || code === 'in') return 'id';
  if (code === 'en') return 'en';
  return undefined;
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
