import type { Prompter } from '../../src/prompts/index.js';

/** What one prompt was shown, as the scripted prompter saw it. */
export interface Asked {
  message: string;
  hint?: string;
  error?: string;
  default?: string;
  choices?: string[];
}

/** Press Enter: take what the prompt offers (its default), as inquirer does. */
export const ENTER = Symbol('enter');
export type Step = string | string[] | typeof ENTER;

/**
 * A prompter that answers from a script and records what it was asked. It checks
 * nothing itself, so the engine's own checks are what the tests see. A select step
 * names a choice by value or by label ("← Back").
 */
export function scripted(steps: Step[]): Prompter & { asked: Asked[]; validators: ((s: string) => string | true)[] } {
  const asked: Asked[] = [];
  const validators: ((s: string) => string | true)[] = [];
  const next = (): Step => {
    if (steps.length === 0) throw new Error(`script ran out at question ${asked.length}: ${asked.at(-1)?.message}`);
    return steps.shift() as Step;
  };
  const pick = <T extends string>(choices: { value: T; name: string }[], wanted: string): T => {
    const found = choices.find((c) => c.value === wanted || c.name === wanted);
    if (!found) throw new Error(`no choice ${wanted} among ${choices.map((c) => c.name).join(', ')}`);
    return found.value;
  };
  return {
    asked,
    validators,
    async input(q) {
      asked.push({ message: q.message, hint: q.hint, error: q.error, default: q.default });
      if (q.validate) validators.push(q.validate);
      const step = next();
      return step === ENTER ? (q.default ?? '') : String(step);
    },
    async select(q) {
      asked.push({
        message: q.message,
        hint: q.hint,
        error: q.error,
        default: q.default,
        choices: q.choices.map((c) => c.name),
      });
      const step = next();
      return step === ENTER ? (q.default ?? q.choices[0]!.value) : pick(q.choices, String(step));
    },
    async checkbox(q) {
      asked.push({ message: q.message, hint: q.hint, error: q.error, choices: q.choices.map((c) => c.name) });
      const step = next();
      if (step === ENTER) return q.choices.filter((c) => c.checked).map((c) => c.value);
      return (Array.isArray(step) ? step : [step]).map((s) => pick(q.choices, s));
    },
  };
}

/** A prompter that must not be used: without a terminal, or with --yes, nothing is asked. */
export const silent: Prompter = {
  input: () => Promise.reject(new Error('asked')),
  select: () => Promise.reject(new Error('asked')),
  checkbox: () => Promise.reject(new Error('asked')),
};

/**
 * A prompter that follows a script of [expected message start, answer] pairs and checks
 * each question is the one expected, so a flow test reads as the conversation it is.
 * `ctrlC` makes it press Ctrl-C (inquirer's ExitPromptError) once the script is used up.
 */
export function conversation(
  script: [string, Step][],
  options: { ctrlC?: boolean } = {},
): Prompter & { asked: Asked[]; remaining: () => number } {
  const steps = script.map(([, step]) => step);
  const expected = script.map(([message]) => message);
  const inner = scripted(steps);
  const check = (message: string) => {
    if (expected.length === 0) {
      if (options.ctrlC) {
        const error = new Error('User force closed the prompt with SIGINT');
        error.name = 'ExitPromptError';
        throw error;
      }
      throw new Error(`script ran out at: ${message}`);
    }
    const want = expected.shift() as string;
    if (!message.startsWith(want)) throw new Error(`expected a question starting "${want}", was asked "${message}"`);
  };
  return {
    asked: inner.asked,
    remaining: () => expected.length,
    async input(q) {
      check(q.message);
      return inner.input(q);
    },
    async select(q) {
      check(q.message);
      return inner.select(q);
    },
    async checkbox(q) {
      check(q.message);
      return inner.checkbox(q);
    },
  };
}
