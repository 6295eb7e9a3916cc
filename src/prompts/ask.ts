/**
 * Asking one question through a Prompter: the kind decides the prompt, answers are read
 * with the same rules as flags and files (coerce.ts), and a refused answer is asked again.
 * Going back is an answer like any other here; the engine decides where it leads.
 */
import { asText, type Ctx, check, coerce } from './coerce.js';
import type { PromptChoice, Prompter } from './index.js';
import { type Answers, BACK, OTHER, type Question, type Value } from './questions.js';

/** Typed at a text prompt to go back (a select offers a "← Back" choice instead). */
export const BACK_TEXT = '<';

export interface AskContext extends Ctx {
  prompter: Prompter;
}

export interface AskState {
  /** What the prompt offers as its default: the earlier answer when going back, else the question's default. */
  current: Value | undefined;
  /** Whether there is an earlier question to go back to. */
  canGoBack: boolean;
}

/** The hint line: what TREE means, then how to answer and how to go back. */
function hintLine(q: Question, ctx: Ctx, canGoBack: boolean, typed: boolean): string | undefined {
  const parts = [q.hint?.[ctx.lang]];
  if (q.kind === 'list') parts.push(ctx.t('prompt.listTip'));
  if (typed && canGoBack) parts.push(ctx.t('prompt.backTip', { back: BACK_TEXT }));
  const line = parts.filter((p) => p !== undefined && p !== '').join(' ');
  return line === '' ? undefined : line;
}

/** Reads a typed answer as the question's kind and checks it; the refusal, or the value. */
function readTyped(q: Question, text: string, answers: Answers, ctx: Ctx): { value: Value } | { problem: string } {
  const c = coerce(q, text, ctx);
  if ('problem' in c) return c;
  const problem = check(q, c.value, answers, ctx);
  return problem === undefined ? c : { problem };
}

type Outcome = { value: Value } | { problem: string } | typeof BACK | 'again';

interface Turn {
  q: Question;
  answers: Answers;
  current: Value | undefined;
  canGoBack: boolean;
  shown: { message: string; error?: string };
  ctx: AskContext;
}

/** Text, numbers and lists are typed; "<" goes back. The prompter may check as the user types. */
async function typed({ q, answers, current, canGoBack, shown, ctx }: Turn): Promise<Outcome> {
  const hint = hintLine(q, ctx, canGoBack, true);
  const isBack = (s: string) => canGoBack && s.trim() === BACK_TEXT;
  const accept = (s: string): string | true => {
    if (isBack(s)) return true;
    const read = readTyped(q, s, answers, ctx);
    return 'problem' in read ? read.problem : true;
  };
  const text = await ctx.prompter.input({
    ...shown,
    ...(hint === undefined ? {} : { hint }),
    ...(current === undefined ? {} : { default: asText(current) as string }),
    validate: accept,
  });
  return isBack(text) ? BACK : readTyped(q, text, answers, ctx);
}

/** Lists of choices; "← Back" is the last choice when there is somewhere to go back to. */
async function chosen({ q, answers, current, canGoBack, shown, ctx }: Turn): Promise<Outcome> {
  const { prompter, t, lang } = ctx;
  const hint = hintLine(q, ctx, canGoBack, false);
  const base = { ...shown, ...(hint === undefined ? {} : { hint }) };
  const back: PromptChoice<string>[] = canGoBack ? [{ value: BACK, name: t('prompt.backChoice') }] : [];
  if (q.kind === 'multiselect') {
    const checked = (v: string) => Array.isArray(current) && current.includes(v);
    const choices = [
      ...q.choices.map((c) => ({ value: c.value, name: c.label[lang], checked: checked(c.value) })),
      ...back,
    ];
    const picked = await prompter.checkbox({
      ...base,
      choices,
      validate: (values) => (values.includes(BACK) ? true : (check(q, [...values], answers, ctx) ?? true)),
    });
    return picked.includes(BACK) ? BACK : { value: picked };
  }
  if (q.kind === 'confirm') {
    const choices = [{ value: 'yes', name: t('prompt.yes') }, { value: 'no', name: t('prompt.no') }, ...back];
    const picked = await prompter.select({
      ...base,
      choices,
      ...(typeof current === 'boolean' ? { default: current ? 'yes' : 'no' } : {}),
    });
    return picked === BACK ? BACK : { value: picked === 'yes' };
  }
  if (q.kind !== 'select') throw new Error(`question "${q.id}": kind ${q.kind} is not a choice`);
  const listed = q.choices.some((c) => c.value === current);
  const free = q.other === true && !listed && typeof current === 'string' && current !== '' ? current : undefined;
  const choices = [
    ...q.choices.map((c) => ({ value: c.value, name: c.label[lang] })),
    ...(q.other ? [{ value: OTHER, name: t('prompt.otherChoice') }] : []),
    ...back,
  ];
  // A free-entry answer from before is shown by pre-selecting "Other…".
  const preset = listed ? (current as string) : free === undefined ? undefined : OTHER;
  const picked = await prompter.select({ ...base, choices, ...(preset === undefined ? {} : { default: preset }) });
  if (picked === BACK) return BACK;
  if (picked !== OTHER) return { value: picked };
  const text = (
    await prompter.input({
      message: t('prompt.otherAsk', { message: shown.message }),
      ...(free === undefined ? {} : { default: free }),
    })
  ).trim();
  // Nothing typed (or "<") returns to the list rather than storing an empty answer.
  return text === '' || text === BACK_TEXT ? 'again' : { value: text };
}

/** Asks `q` until an acceptable answer or "back" comes; Ctrl-C from the prompter propagates. */
export async function askOne(
  q: Question,
  answers: Answers,
  state: AskState,
  ctx: AskContext,
): Promise<Value | typeof BACK> {
  const isTyped = q.kind === 'text' || q.kind === 'number' || q.kind === 'integer' || q.kind === 'list';
  let current = state.current;
  let error: string | undefined;
  for (;;) {
    const shown = { message: q.message[ctx.lang], ...(error === undefined ? {} : { error }) };
    const turn: Turn = { q, answers, current, canGoBack: state.canGoBack, shown, ctx };
    const outcome = isTyped ? await typed(turn) : await chosen(turn);
    if (outcome === BACK) return BACK;
    if (outcome === 'again') continue;
    // Checked here as well as in the prompt: an injected prompter need not check anything.
    const problem = 'problem' in outcome ? outcome.problem : check(q, outcome.value, answers, ctx);
    if (problem === undefined && 'value' in outcome) return outcome.value;
    error = problem;
    if ('value' in outcome) current = outcome.value;
  }
}
