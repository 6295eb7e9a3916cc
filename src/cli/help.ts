import type { Lang } from '../i18n/locale.js';
import { COMMANDS, GLOBAL_OPTIONS, HELP_WORDS, type OptionDef } from './options.js';

/**
 * Help text, rendered from the option table in the reader's language. The one renderer
 * of help: commander is configured to use it, and `tree --help` uses it without loading
 * commander or the message catalogues, which keeps the commonest first command fast.
 */

interface Item {
  term: string;
  text: string;
}

/** Wraps `text` to `width` columns, continuing lines under the text column. */
function wrap(text: string, width: number, indent: number): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && indent + line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function section(title: string, items: readonly Item[], width: number): string[] {
  if (items.length === 0) return [];
  const termWidth = Math.max(...items.map((i) => i.term.length));
  // Past half the screen the terms would squeeze the text: put the text on its own lines.
  const column = Math.min(termWidth + 4, Math.floor(width / 2));
  return [
    title,
    ...items.map((i) => {
      const pad = i.term.length + 4 <= column ? ' '.repeat(column - i.term.length - 2) : `\n${' '.repeat(column)}`;
      return `  ${i.term}${pad}${wrap(i.text, width, column)}`;
    }),
    '',
  ];
}

type Word = keyof typeof HELP_WORDS;

/** A word of help in a language, with `{name}` filled in. */
function word(lang: Lang, key: Word, vars: Record<string, string> = {}): string {
  return HELP_WORDS[key][lang].replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);
}

function optionItems(options: readonly OptionDef[], lang: Lang): Item[] {
  return options.map((o) => {
    const extra = [
      ...(o.choices ? [word(lang, 'choices', { choices: o.choices.join(', ') })] : []),
      ...(o.default !== undefined ? [word(lang, 'default', { value: o.default })] : []),
    ];
    return { term: o.flags, text: extra.length > 0 ? `${o.help[lang]} (${extra.join('; ')})` : o.help[lang] };
  });
}

const HELP_OPTION = { key: 'help', flags: '-h, --help' } as const;

/** The help of the program (no command) or of one command; undefined for an unknown command. */
export function helpText(lang: Lang, command: string | undefined, width = 80): string | undefined {
  const w = Math.max(40, width);
  const help = { ...HELP_OPTION, help: HELP_WORDS.help };
  const globals = optionItems(
    [{ key: 'version', flags: '-V, --version', help: HELP_WORDS.version }, ...GLOBAL_OPTIONS, help],
    lang,
  );
  if (command === undefined) {
    const commands = [
      ...COMMANDS.map((c) => ({
        term: `${c.name} [options]${c.args.map((a) => ` ${a.name}`).join('')}`,
        text: c.summary[lang],
      })),
      { term: 'help [command]', text: word(lang, 'helpCommand') },
    ];
    return [
      `${word(lang, 'usage')} tree [options] [command]`,
      '',
      wrap(word(lang, 'program'), w, 0),
      '',
      ...section(word(lang, 'options'), globals, w),
      ...section(word(lang, 'commands'), commands, w),
    ].join('\n');
  }
  const def = COMMANDS.find((c) => c.name === command);
  if (!def) return undefined;
  const args = def.args.map((a) => ({
    term: a.name.replace(/[[\]<>.]/g, ''),
    text: a.default === undefined ? a.help[lang] : `${a.help[lang]} (${word(lang, 'default', { value: a.default })})`,
  }));
  return [
    `${word(lang, 'usage')} tree ${def.name} [options]${def.args.map((a) => ` ${a.name}`).join('')}`,
    '',
    wrap(def.summary[lang], w, 0),
    '',
    ...section(word(lang, 'arguments'), args, w),
    ...section(word(lang, 'options'), optionItems([...def.options, help], lang), w),
    ...section(word(lang, 'globalOptions'), optionItems(GLOBAL_OPTIONS, lang), w),
    word(lang, 'examples'),
    ...def.examples.map((e) => `  $ ${e}`),
    '',
  ].join('\n');
}

/** Global flags that take a value, so the word after them is not a command name. */
const VALUED = new Set(['--lang', '-w', '--workspace']);

/**
 * What a command line asks for, when it is only help or the version: then main answers
 * without loading commander. Anything else (or anything unusual) is left to commander.
 */
export function quickRequest(argv: readonly string[]): { version: true } | { help: string | undefined } | undefined {
  let command: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (arg === '-h' || arg === '--help') help = true;
    else if ((arg === '-V' || arg === '--version') && command === undefined && argv.length === 1)
      return { version: true };
    else if (VALUED.has(arg)) i++;
    else if (!arg.startsWith('-') && command === undefined) {
      if (arg === 'help' && i === 0) {
        const next = argv[i + 1];
        if (argv.length === 1) return { help: undefined };
        return argv.length === 2 && COMMANDS.some((c) => c.name === next) ? { help: next } : undefined;
      }
      if (!COMMANDS.some((c) => c.name === arg)) return undefined;
      command = arg;
    }
  }
  return help ? { help: command } : undefined;
}
