import { COMMANDS, GLOBAL_OPTIONS, type OptionDef } from './options.js';

function row(o: OptionDef): string {
  const extra = [
    ...(o.choices ? [`one of ${o.choices.map((c) => `\`${c}\``).join(', ')}`] : []),
    ...(o.default !== undefined ? [`default ${o.default}`] : []),
  ];
  const help = o.help.en.replace(/\|/g, '\\|') + (extra.length > 0 ? ` (${extra.join('; ')})` : '');
  return `| \`${o.flags.replace(/\|/g, '\\|')}\` | ${help} |`;
}

/** The README's option table of one command ("global" for the options every command takes). */
export function optionsTable(name: string): string {
  const options = name === 'global' ? GLOBAL_OPTIONS : COMMANDS.find((c) => c.name === name)?.options;
  if (!options) throw new Error(`no command ${name}`);
  return ['| option | meaning |', '| --- | --- |', ...options.map(row)].join('\n');
}

// Lazy, and each block closes before the next opens, so one block never swallows another.
const BLOCK = /(<!-- options:([a-z]+) -->)(?:(?!<!-- options:)[\s\S])*?(<!-- \/options -->)/g;

/** The README with every `<!-- options:NAME -->` block regenerated from the option table. */
export function withOptionTables(readme: string): string {
  return readme.replace(
    BLOCK,
    (_all, open: string, name: string, close: string) => `${open}\n${optionsTable(name)}\n${close}`,
  );
}
