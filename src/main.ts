import { resolveLanguage } from './config.js';
import { createContext } from './context.js';
import { ExitCode, InternalError, InterruptedError, TreeError } from './errors.js';
import { isLang, translator, type Lang } from './i18n/index.js';
import { peekLanguage } from './io/workspace.js';
import { problemLines } from './render/problems.js';
import { displayText } from './render/text.js';
// Types only: chalk (in runtime.js) and commander load only when a command runs.
import type { OutStream, Runtime, RuntimeOptions } from './runtime.js';
import { VERSION } from './version.js';

interface EarlyFlags {
  lang?: string;
  workspace?: string;
  color?: boolean;
  debug: boolean;
}

/**
 * Reads the few global flags that decide how messages look before commander runs, so
 * even commander's usage errors come out in the user's language and colour.
 */
function scanEarlyFlags(argv: readonly string[]): EarlyFlags {
  const flags: EarlyFlags = { debug: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[i + 1];
    if (name === '--lang') flags.lang = value();
    else if (name === '--workspace' || name === '-w') flags.workspace = value();
    else if (name === '--no-color') flags.color = false;
    else if (name === '--color') flags.color = true;
    else if (name === '--debug') flags.debug = true;
  }
  return flags;
}

/** Prints an error and its problem list to stderr, the one way problems are shown. */
function reportError(rt: Runtime, error: TreeError): void {
  const prefix = rt.err.red.bold(`${rt.t('error.prefix')}:`);
  const lines = [`${prefix} ${displayText(error.message)}`, ...problemLines(error.problems, error.omitted, { t: rt.t, color: rt.err })];
  if (error.hint) lines.push(error.hint);
  rt.stderr.write(`${lines.join('\n')}\n`);
}

function isPromptCancel(error: unknown): boolean {
  // @inquirer/prompts throws ExitPromptError on Ctrl-C and AbortPromptError on abort.
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/**
 * The process edge: parses argv, runs one command, and maps whatever it throws to an
 * exit code. Nothing else in the toolkit decides exit codes.
 */
export async function main(argv: readonly string[], io: Partial<Omit<RuntimeOptions, 'lang'>> = {}): Promise<number> {
  const early = scanEarlyFlags(argv);
  const env = io.env ?? process.env;
  const stdout: OutStream = io.stdout ?? process.stdout;
  const { quickRequest } = await import('./cli/help.js');
  const quick = quickRequest(argv);
  if (quick && 'version' in quick) return answer(stdout, `${VERSION}\n`);
  const probe = createContext({ ...io, env }, 'en');
  const workspaceLang = isLang(early.lang) ? undefined : await peekLanguage(probe, early.workspace);
  const lang = resolveLanguage(early.lang, workspaceLang, env);
  if (quick) {
    const text = await helpOf(lang, quick.help, stdout.columns);
    if (text !== undefined) return answer(stdout, text);
  }
  const { createRuntime } = await import('./runtime.js');
  const rt = createRuntime({ ...io, lang, debug: early.debug, ...(early.color === undefined ? {} : { color: early.color }) });

  if (io.stdout === undefined) {
    // `tree ... | head` closes the pipe early; that is the reader's choice, not a failure.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  let exitCode: number = ExitCode.ok;
  try {
    const { buildProgram } = await import('./cli/program.js');
    const program = buildProgram(rt, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(rt, error);
  }
}

/** Help or the version, answered without commander (see cli/help.ts). */
function answer(stdout: OutStream, text: string): number {
  stdout.write(text);
  return ExitCode.ok;
}

async function helpOf(lang: Lang, command: string | undefined, columns: number | undefined): Promise<string | undefined> {
  const { helpText } = await import('./cli/help.js');
  return helpText(lang, translator(lang), command, columns ?? 80);
}

function isCommanderError(error: unknown): error is { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

function handleError(rt: Runtime, error: unknown): number {
  if (isCommanderError(error)) {
    // Help and version are requested output, not failures.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
    return ExitCode.usage;
  }
  const typed = isPromptCancel(error) ? new InterruptedError(rt.t('error.interrupted')) : error;
  if (typed instanceof TreeError) {
    reportError(rt, typed);
    if (rt.debug && typed.stack) rt.stderr.write(`${typed.stack}\n`);
    return typed.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  reportError(rt, new InternalError(rt.t('error.internal', { message })));
  if (rt.debug && error instanceof Error && error.stack) rt.stderr.write(`${error.stack}\n`);
  else rt.stderr.write(`${rt.t('error.debugHint')}\n`);
  return ExitCode.internal;
}
