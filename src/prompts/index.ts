/**
 * Every interactive question goes through this interface, so commands can be run with
 * answers from flags or files, and tests can pass a scripted prompter instead.
 * The engine (engine.ts) decides what to ask; a Prompter only shows it and reads the answer.
 */
import { Chalk } from 'chalk';
import { displayText } from '../render/text.js';

export { type AskOptions, askAll, type Given } from './engine.js';
export {
  type Answers,
  type Choice,
  defineQuestions,
  getPath,
  type Kind,
  type Question,
  type Text,
  type Value,
} from './questions.js';

/** What every prompt shows: the question, and one line under it. */
export interface PromptText {
  message: string;
  /** What the question means, and how to go back; already in the user's language. */
  hint?: string;
  /** Why the previous answer was refused, when the prompter did not catch it itself. */
  error?: string;
}

export interface InputQuestion extends PromptText {
  default?: string;
  /** true to accept the text, else the reason it is refused (shown while the prompt stays open). */
  validate?: (value: string) => string | true;
}

export interface PromptChoice<T extends string> {
  value: T;
  name: string;
}

export interface SelectQuestion<T extends string> extends PromptText {
  choices: PromptChoice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T extends string> extends PromptText {
  choices: (PromptChoice<T> & { checked?: boolean })[];
  validate?: (values: readonly T[]) => string | true;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T extends string>(question: CheckboxQuestion<T>): Promise<T[]>;
}

/** Streams for the prompts; inquirer's own defaults (process.stdin / stdout) when left out. */
export interface TerminalStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/**
 * A prompter on @inquirer/prompts. Inquirer is imported on the first question only, so
 * `tree --help` and every run without a terminal never load it. Ctrl-C rejects with
 * inquirer's ExitPromptError, which main.ts turns into exit 130.
 */
export function createTerminalPrompter(streams: TerminalStreams = {}): Prompter {
  const chalk = new Chalk();
  // Line breaks are kept (a table of ratings, a legend); every line is made safe on its own.
  const lines = (text: string) => text.split('\n').map(displayText).join('\n');
  const context = {
    ...(streams.input ? { input: streams.input } : {}),
    ...(streams.output ? { output: streams.output } : {}),
  };
  // The hint and any error go on lines under the question while it is open; once
  // answered, only the question and the answer stay on the screen.
  const theme = (q: PromptText, typed: boolean) => ({
    style: {
      message: (text: string, status: string) => {
        const head = chalk.bold(lines(text));
        if (status === 'done') return head;

        const shown = [head];
        if (q.error) shown.push(`  ${chalk.red(displayText(q.error))}`);
        if (q.hint)
          shown.push(
            ...lines(q.hint)
              .split('\n')
              .map((l) => `  ${chalk.dim(l)}`),
          );
        // Typed answers get a line of their own, not the end of the hint.
        return typed && shown.length > 1 ? `${shown.join('\n')}\n ›` : shown.join('\n');
      },
      defaultAnswer: (text: string) => chalk.dim(`(${displayText(text)})`),
    },
  });
  return {
    async input(q) {
      const { input } = await import('@inquirer/prompts');
      const validate = q.validate;
      return input(
        {
          message: q.message,
          ...(q.default === undefined || q.default === '' ? {} : { default: q.default }),
          ...(validate ? { validate: (value: string) => validate(value) } : {}),
          theme: theme(q, true),
        },
        context,
      );
    },
    async select(q) {
      const { select } = await import('@inquirer/prompts');
      const choices = q.choices.map((c) => ({ value: c.value, name: displayText(c.name) }));
      return select(
        {
          message: q.message,
          choices,
          ...(q.default === undefined ? {} : { default: q.default }),
          theme: theme(q, false),
        },
        context,
      );
    },
    async checkbox(q) {
      const { checkbox } = await import('@inquirer/prompts');
      const validate = q.validate;
      const choices = q.choices.map((c) => ({
        value: c.value,
        name: displayText(c.name),
        checked: c.checked === true,
      }));
      return checkbox(
        {
          message: q.message,
          choices,
          ...(validate
            ? {
                validate: (picked: readonly { value: (typeof choices)[number]['value'] }[]) =>
                  validate(picked.map((c) => c.value)),
              }
            : {}),
          theme: theme(q, false),
        },
        context,
      );
    },
  };
}

/** The real prompter, on the process's own terminal. */
export const terminalPrompter: Prompter = createTerminalPrompter();
