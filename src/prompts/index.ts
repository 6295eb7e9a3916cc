/**
 * Every interactive question goes through this interface, so commands can be run with
 * answers from flags or files, and tests can pass a scripted prompter instead.
 */
export interface Prompter {
  input(question: { message: string; default?: string; required?: boolean; requiredMessage?: string }): Promise<string>;
  select<T extends string>(question: { message: string; choices: { value: T; name: string }[]; default?: T }): Promise<T>;
}

/** The real prompter, on @inquirer/prompts, loaded only when a question is asked. */
export const terminalPrompter: Prompter = {
  async input({ message, default: initial, required, requiredMessage }) {
    const { input } = await import('@inquirer/prompts');
    return input({
      message,
      ...(initial === undefined ? {} : { default: initial }),
      validate: (value) => (required && value.trim() === '' ? (requiredMessage ?? 'required') : true),
    });
  },
  async select({ message, choices, default: initial }) {
    const { select } = await import('@inquirer/prompts');
    return select({ message, choices, ...(initial === undefined ? {} : { default: initial }) });
  },
};
