import { Command, type Help, Option } from 'commander';
import { translateCommanderError } from '../i18n/commander.js';
import type { Runtime } from '../runtime.js';
import { VERSION } from '../version.js';
import { helpText } from './help.js';
import { COMMANDS, type CommandDef, GLOBAL_OPTIONS, HELP_WORDS, type OptionDef } from './options.js';

export { VERSION };

/** What a command's shell module exports: arguments and flags in, exit code out. */
type Shell = (rt: Runtime, args: unknown, flags: Record<string, unknown>) => Promise<number>;

/** Shell modules by command, imported only when their command runs, so --help loads none. */
const SHELLS: Record<string, () => Promise<{ run: Shell }>> = {
  init: () => import('./init.js') as Promise<{ run: Shell }>,
  assess: () => import('./assess.js') as Promise<{ run: Shell }>,
  validate: () => import('./validate.js') as Promise<{ run: Shell }>,
  score: () => import('./score.js') as Promise<{ run: Shell }>,
  needs: () => import('./needs.js') as Promise<{ run: Shell }>,
  partners: () => import('./partners.js') as Promise<{ run: Shell }>,
  report: () => import('./report.js') as Promise<{ run: Shell }>,
  example: () => import('./example.js') as Promise<{ run: Shell }>,
  form: () => import('./form.js') as Promise<{ run: Shell }>,
};

function option(rt: Runtime, def: OptionDef): Option {
  const o = new Option(def.flags, def.help[rt.lang]);
  if (def.choices) o.choices(def.choices as string[]);
  if (def.default !== undefined) o.default(undefined, def.default);
  if (def.repeatable) o.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
  return o;
}

/** commander prints help through the one help renderer, in the runtime's language. */
function helpIn(rt: Runtime): Partial<Help> {
  const width = rt.stdout.columns ?? 80;
  return {
    formatHelp: (cmd: Command) => helpText(rt.lang, cmd.parent ? cmd.name() : undefined, width) ?? '',
  };
}

function addCommand(rt: Runtime, program: Command, def: CommandDef, setExit: (code: number) => void): void {
  const cmd = program.command(def.name).description(def.summary[rt.lang]);
  for (const a of def.args) cmd.argument(a.name, a.help[rt.lang], a.default);
  for (const o of def.options) cmd.addOption(option(rt, o));
  cmd.helpOption('-h, --help', HELP_WORDS.help[rt.lang]);
  cmd.action(async (...received: unknown[]) => {
    // commander passes the arguments, then the options, then the command itself.
    const self = received[received.length - 1] as Command;
    const args = def.args.length === 1 ? received[0] : received.slice(0, def.args.length);
    const { run } = await (SHELLS[def.name] as () => Promise<{ run: Shell }>)();
    setExit(await run(rt, args, self.optsWithGlobals()));
  });
}

/**
 * Declares every command and flag from the option table, with help in the runtime's
 * language. Actions import their shell module only when run.
 */
export function buildProgram(rt: Runtime, setExit: (code: number) => void): Command {
  const program = new Command('tree')
    .description(HELP_WORDS.program[rt.lang])
    .version(VERSION, '-V, --version', HELP_WORDS.version[rt.lang])
    .helpOption('-h, --help', HELP_WORDS.help[rt.lang])
    .helpCommand('help [command]', HELP_WORDS.helpCommand[rt.lang])
    .configureHelp(helpIn(rt))
    .showHelpAfterError(rt.t('cli.helpHint'))
    .enablePositionalOptions(false)
    // Set before the commands are added: subcommands copy these settings when created.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => rt.stdout.write(s),
      writeErr: (s) => rt.stderr.write(s),
      outputError: (s, write) => write(rt.err.red(translateCommanderError(s, rt.t))),
    });
  for (const o of GLOBAL_OPTIONS) program.addOption(option(rt, o));
  for (const def of COMMANDS) addCommand(rt, program, def, setExit);
  return program;
}
