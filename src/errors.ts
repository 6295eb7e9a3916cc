/**
 * Typed errors. Commands throw these; only main.ts turns them into an exit code,
 * so every command keeps the same contract (PRODUCT.md section 4).
 */

/** Exit codes of the CLI contract, in one place. */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  data: 3,
  input: 4,
  output: 5,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One problem found in a file: where it is and what is wrong. */
export interface Problem {
  /** File the problem is in, as the user named it. */
  file?: string;
  /** 1-based line and column, for text formats such as CSV. */
  line?: number;
  column?: number;
  /** JSON pointer, for JSON documents. */
  pointer?: string;
  /** What is wrong and what to do, already in the user's language. */
  message: string;
}

export abstract class TreeError extends Error {
  abstract readonly exitCode: ExitCode;
  /** Extra lines shown under the message (problem lists, hints). */
  readonly problems: Problem[];
  /** Problems found beyond those listed (a file past its limit): counted, not kept. */
  readonly omitted: number;
  readonly hint?: string;
  constructor(
    message: string,
    options: { problems?: Problem[]; omitted?: number; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.problems = options.problems ?? [];
    this.omitted = options.omitted ?? 0;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

/** Bad flag, bad argument, or an answer that is needed but cannot be asked for. */
export class UsageError extends TreeError {
  readonly exitCode = ExitCode.usage;
}

/** Input data is invalid: CSV, JSON, schema violation. */
export class DataError extends TreeError {
  readonly exitCode = ExitCode.data;
}

/** An input file is missing or unreadable. */
export class InputError extends TreeError {
  readonly exitCode = ExitCode.input;
}

/** Output refused (exists without --force) or not writable. */
export class OutputError extends TreeError {
  readonly exitCode = ExitCode.output;
}

/** A bug: anything that is not one of the errors above. */
export class InternalError extends TreeError {
  readonly exitCode = ExitCode.internal;
}

/** The user pressed Ctrl-C or cancelled a prompt. */
export class InterruptedError extends TreeError {
  readonly exitCode = ExitCode.interrupted;
}

/** Formats a problem's location the way editors and terminals link it. */
export function formatLocation(p: Problem): string {
  if (p.file !== undefined && p.line !== undefined) {
    const at = `${p.file}:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
    return p.pointer !== undefined ? `${at} (${p.pointer})` : at;
  }
  if (p.file !== undefined && p.pointer !== undefined) return `${p.file}#${p.pointer}`;
  return p.file ?? p.pointer ?? '';
}
