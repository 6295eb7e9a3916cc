import { displayText } from '../safe-text.js';
import { en, type MessageKey } from './en.js';
import { id } from './id.js';

import type { Lang } from './locale.js';

export { isLang, type Lang, langFromLocale, resolveLanguage } from './locale.js';
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
    // Values are names and text from files and flags: made safe here, once, for every message.
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(vars, name) ? displayText(String(vars[name])) : whole,
    );
  };
}
