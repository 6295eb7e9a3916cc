// Few static imports on purpose: every start pays for them, even --version; they are
// what --help needs, since a dynamic import() costs more at start-up than a small
// static one. The rest (commander, chalk, the commands) is imported when needed.
import { helpText, quickRequest } from './cli/help.js';
import type { TreeError } from './errors.js';
import { isLang, type Lang, resolveLanguage } from './i18n/locale.js';
import { peekLanguage } from './io/workspace-find.js';
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
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
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
async function reportError(rt: Runtime, error: TreeError): Promise<void> {
  const [{ problemLines }, { displayText }] = await Promise.all([
    import('./render/problems.js'),
    import('./render/text.js'),
  ]);
  const prefix = rt.err.red.bold(`${rt.t('error.prefix')}:`);
  const lines = [
    `${prefix} ${displayText(error.message)}`,
    ...problemLines(error.problems, error.omitted, { t: rt.t, color: rt.err }),
  ];
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
  const stdout: OutStream = io.stdout ?? process.stdout;
  const failed = watchStdio(io);
  const early = scanEarlyFlags(argv);
  const env = io.env ?? process.env;
  const workspaceLang = isLang(early.lang)
    ? undefined
    : await peekLanguage({ cwd: io.cwd ?? process.cwd() }, early.workspace);
  const lang = resolveLanguage(early.lang, workspaceLang, env);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V'))
    return settle(await answer(stdout, `${VERSION}\n`), failed, io, lang);
  const help = helpFor(argv, lang, stdout.columns);
  if (help !== undefined) return settle(await answer(stdout, help), failed, io, lang);
  const { ExitCode } = await import('./errors.js');
  const { createRuntime } = await import('./runtime.js');
  const rt = createRuntime({
    ...io,
    lang,
    debug: early.debug,
    ...(early.color === undefined ? {} : { color: early.color }),
  });
  let exitCode: number = ExitCode.ok;
  try {
    const { buildProgram } = await import('./cli/program.js');
    const program = buildProgram(rt, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    exitCode = await handleError(rt, error);
  }
  return settle(exitCode, failed, io, lang);
}

/**
 * Listens for failures of the real standard streams, which Node otherwise turns into a
 * crash with a stack trace. A reader that went away (`| head`) is its own choice, not a
 * failure; a full disk behind `> file` is (exit 5). A closed stderr leaves nothing to tell
 * the user on, and the exit code still says how the command went.
 */
function watchStdio(io: Partial<RuntimeOptions>): () => NodeJS.ErrnoException | undefined {
  let failure: NodeJS.ErrnoException | undefined;
  if (io.stdout === undefined) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') failure ??= error;
    });
  }
  if (io.stderr === undefined) process.stderr.on('error', () => undefined);
  return () => failure;
}

/** The exit code, once what was written to stdout is known to have arrived. */
async function settle(
  code: number,
  failed: () => NodeJS.ErrnoException | undefined,
  io: Partial<RuntimeOptions>,
  lang: Lang,
): Promise<number> {
  // Stream errors are emitted on a later turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const failure = failed();
  if (failure === undefined || code !== 0) return code;
  const { translator } = await import('./i18n/index.js');
  const t = translator(lang);
  (io.stderr ?? process.stderr).write(
    `${t('error.prefix')}: ${t('output.stdoutFailed', { reason: failure.code ?? failure.message })}\n`,
  );
  return 5;
}

/** Help or the version, answered without commander (see cli/help.ts). */
async function answer(stdout: OutStream, text: string): Promise<number> {
  await new Promise<void>((resolve) => stdout.write(text, () => resolve()));
  return 0;
}

/** The help text when the command line asks only for help; undefined otherwise. */
function helpFor(argv: readonly string[], lang: Lang, columns: number | undefined): string | undefined {
  const quick = quickRequest(argv);
  return quick && 'help' in quick ? helpText(lang, quick.help, columns ?? 80) : undefined;
}

function isCommanderError(error: unknown): error is { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

async function handleError(rt: Runtime, error: unknown): Promise<number> {
  const { ExitCode, InternalError, InterruptedError, TreeError } = await import('./errors.js');
  if (isCommanderError(error)) {
    // Help and version are requested output, not failures.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return ExitCode.ok;
    return ExitCode.usage;
  }
  const typed = isPromptCancel(error) ? new InterruptedError(rt.t('error.interrupted')) : error;
  if (typed instanceof TreeError) {
    await reportError(rt, typed);
    if (rt.debug && typed.stack) rt.stderr.write(`${typed.stack}\n`);
    return typed.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  await reportError(rt, new InternalError(rt.t('error.internal', { message })));
  if (rt.debug && error instanceof Error && error.stack) rt.stderr.write(`${error.stack}\n`);
  else rt.stderr.write(`${rt.t('error.debugHint')}\n`);
  return ExitCode.internal;
}
