import { en, type MessageKey } from './en.js';
import { id } from './id.js';

export type Lang = 'en' | 'id';
export type { MessageKey };

export type Vars = Record<string, string | number>;
/** A translator bound to one language. */
export type Translate = (key: MessageKey, vars?: Vars) => string;

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, id };

/** Returns a translator for `lang`; unknown placeholders are left visible rather than dropped. */
export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, vars) => {
    const text = catalogue[key] ?? en[key];
    if (vars === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
    );
  };
}

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
