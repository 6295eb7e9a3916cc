import type { MessageKey, Translate } from './index.js';

/** commander's usage errors, matched by their English text, with the parts to keep. */
const PATTERNS: [RegExp, MessageKey][] = [
  [/^error: unknown option '([^']+)'/, 'cli.unknownOption'],
  [/^error: unknown command '([^']+)'/, 'cli.unknownCommand'],
  [/^error: missing required argument '([^']+)'/, 'cli.missingArgument'],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, 'cli.invalidChoice'],
  [/^error: option '([^']+)' argument missing/, 'cli.optionMissingArgument'],
  [/^error: too many arguments(?: for '([^']+)')?/, 'cli.excessArguments'],
];

/**
 * Puts commander's usage errors into the user's language. commander has no message
 * catalogue of its own; anything not recognised is passed on in English.
 */
export function translateCommanderError(text: string, t: Translate): string {
  for (const [re, key] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const hint = /\(Did you mean (.+)\?\)/.exec(text);
    const line = t(key, { a: m[1] ?? '', b: m[2] ?? '', c: m[3] ?? '' });
    return `${t('error.prefix')}: ${line}${hint ? ` ${t('cli.didYouMean', { a: hint[1] ?? '' })}` : ''}\n`;
  }
  return text;
}
