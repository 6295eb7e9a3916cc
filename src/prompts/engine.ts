/**
 * The prompt engine: one walk over a question table that takes each answer from flags,
 * an answers file, an earlier run or a default, and asks on a terminal only for the gaps
 * (STYLE.md practice 6). Without a terminal it never waits: what is missing is a usage
 * error naming every flag at once.
 */
import { DataError, type Problem, UsageError } from '../errors.js';
import { type Lang, translator } from '../i18n/index.js';
import { askOne } from './ask.js';
import { type Ctx, check, coerce, isEmpty } from './coerce.js';
import type { Prompter } from './index.js';
import {
  type Answers,
  BACK,
  defaultOf,
  defineQuestions,
  deletePath,
  getPath,
  type Question,
  setPath,
  type Value,
} from './questions.js';

/** Answers known before asking. Flags win over the file. */
export interface Given {
  /** By question id (`community.village`), as commander hands them over: strings, mostly. */
  flags?: Readonly<Record<string, unknown>>;
  /** An answers file: JSON nested by id path, and its name for error messages. */
  file?: { name: string; answers: unknown };
}

export interface AskOptions {
  lang: Lang;
  /** A terminal is present, so questions may be asked. */
  interactive: boolean;
  /** Ask nothing: take given, saved and default answers; leave the rest unset. */
  yes?: boolean;
  given?: Given;
  /** Answers from an earlier run (JSON nested by id path): those still valid are not asked again. */
  saved?: unknown;
  prompter: Prompter;
  /** Awaited after each answer typed at a prompt, with the live answers, e.g. to save the workspace. */
  onAnswer?: (id: string, value: Value, answers: Answers) => void | Promise<void>;
  /**
   * Questions asked again although answered before (`tree assess --section`): the earlier
   * answer is offered as the default instead of being taken silently.
   */
  revisit?: (q: Question) => boolean;
}

/**
 * The questions: a fixed table, or one built from the answers so far, for flows whose later
 * questions depend on earlier answers (one rating question per candidate chosen). A builder
 * must be pure: it is called again after every answer.
 */
export type QuestionSource = readonly Question[] | ((answers: Answers) => readonly Question[]);

const listOf = (source: QuestionSource, answers: Answers): readonly Question[] =>
  defineQuestions(typeof source === 'function' ? source(answers) : source);

type Settled = { set: Value } | { ask: true } | { problem: Problem; fromFlag: boolean } | { unset: true };

/** The JSON pointer of an id in an answers file. */
const pointerOf = (id: string) => `/${id.split('.').join('/')}`;

/**
 * Decides a question without asking: a given answer (checked: a bad one is a problem
 * naming the question and its source), else a saved one that still passes the checks,
 * else the default when not asking, else it must be asked.
 */
function settle(q: Question, answers: Answers, options: AskOptions, ctx: Ctx, asking: boolean): Settled {
  const { flags, file } = options.given ?? {};
  const fromFlag = flags !== undefined && Object.hasOwn(flags, q.id) ? flags[q.id] : undefined;
  const raw = fromFlag ?? (file === undefined ? undefined : getPath(file.answers, q.id));
  if (raw !== undefined && raw !== null) {
    const c = coerce(q, raw, ctx);
    const problem = 'problem' in c ? c.problem : isEmpty(c.value) ? undefined : check(q, c.value, answers, ctx);
    if (problem !== undefined) {
      const where = q.flag ?? q.id;
      return fromFlag !== undefined
        ? { problem: { message: ctx.t('prompt.badFlag', { flag: where, id: q.id, problem }) }, fromFlag: true }
        : {
            problem: { file: file?.name ?? '', pointer: pointerOf(q.id), message: `${problem} (${q.id})` },
            fromFlag: false,
          };
    }
    // An empty flag or field (`--district ""`) says nothing; the question stays open.
    if ('value' in c && !isEmpty(c.value)) return { set: c.value };
  }
  const saved = getPath(options.saved, q.id);
  if (saved !== undefined && saved !== null && !(asking && options.revisit?.(q) === true)) {
    // A saved empty answer counts: the user left it empty on purpose. One that no longer
    // passes the checks (the file was edited) is asked again.
    const c = coerce(q, saved, ctx);
    if ('value' in c && check(q, c.value, answers, ctx) === undefined) return { set: c.value };
  }
  if (!asking) {
    const d = defaultOf(q, answers);
    return d === undefined ? { unset: true } : { set: d };
  }
  return { ask: true };
}

const applies = (q: Question, answers: Answers) => q.when === undefined || q.when(answers);

/** Throws one error listing every bad given answer: a usage error if a flag is among them. */
function refuse(problems: { problem: Problem; fromFlag: boolean }[], ctx: Ctx): never {
  const message = ctx.t('prompt.badGiven', { count: problems.length });
  const list = problems.map((p) => p.problem);
  throw problems.some((p) => p.fromFlag)
    ? new UsageError(message, { problems: list })
    : new DataError(message, { problems: list });
}

/**
 * Settles every question without asking, in order. Returns the answers, the questions
 * that would have to be asked, and the bad given answers.
 */
function dryRun(source: QuestionSource, options: AskOptions, ctx: Ctx, takeDefaults: boolean) {
  const answers = Object.create(null) as Answers;
  const open: Question[] = [];
  const problems: { problem: Problem; fromFlag: boolean }[] = [];
  for (let i = 0; ; i++) {
    const q = listOf(source, answers)[i];
    if (q === undefined) break;
    if (!applies(q, answers)) continue;
    const s = settle(q, answers, options, ctx, !takeDefaults);
    if ('set' in s) setPath(answers, q.id, s.set);
    else if ('problem' in s) problems.push(s);
    else open.push(q); // to be asked, or (taking defaults) left without an answer
  }
  return { answers, open, problems };
}

/**
 * Fills the answers to `questions`: given (flags, then file), then saved, then asked on a
 * terminal; with `yes` or without a terminal, defaults. Returns the answers nested by id.
 * Throws UsageError (exit 2) without a terminal when an applicable question has no answer,
 * naming all their flags; bad given answers are a UsageError (flags) or DataError (file).
 */
export async function askAll(questions: QuestionSource, options: AskOptions): Promise<Answers> {
  const ctx: Ctx = { lang: options.lang, t: translator(options.lang) };
  // A first pass, before asking anything, so bad flags are reported before the user types.
  const dry = dryRun(questions, options, ctx, options.yes === true || !options.interactive);
  if (dry.problems.length > 0) refuse(dry.problems, ctx);
  if (options.yes === true) return dry.answers;
  if (!options.interactive) {
    if (dry.open.length === 0) return dry.answers;
    throw new UsageError(
      ctx.t('usage.missingAnswer', {
        what: dry.open.map((q) => q.id).join(', '),
        flag: dry.open.map((q) => q.flag ?? q.id).join(', '),
      }),
      { problems: dry.open.map((q) => ({ message: `${q.flag ?? q.id}: ${q.message[ctx.lang]}` })) },
    );
  }
  return walk(questions, options, ctx);
}

/**
 * The interactive walk, with back. History holds the ids of the questions asked in this
 * run, latest last: ids, not positions, because a built table changes as answers come.
 * Going back past the first question asked (a resumed session) reopens the answered
 * question before it, which is then asked with its earlier answer as the default.
 */
async function walk(source: QuestionSource, options: AskOptions, ctx: Ctx): Promise<Answers> {
  const answers = Object.create(null) as Answers;
  const history: string[] = [];
  const reopened = new Set<string>();
  const revisit = (q: Question) => reopened.has(q.id) || options.revisit?.(q) === true;
  const settleOptions: AskOptions = { ...options, revisit };
  let i = 0;
  for (;;) {
    const questions = listOf(source, answers);
    const q = questions[i];
    if (q === undefined) break;
    if (!applies(q, answers)) {
      // Going back may have changed a condition: a stale answer must not survive.
      deletePath(answers, q.id);
      i++;
      continue;
    }
    const s = settle(q, answers, settleOptions, ctx, true);
    if ('problem' in s) refuse([s], ctx); // only when a check depends on an answer typed since the first pass
    if ('set' in s) {
      setPath(answers, q.id, s.set);
      i++;
      continue;
    }
    const earlier = (getPath(answers, q.id) ?? (revisit(q) ? getPath(options.saved, q.id) : undefined)) as
      | Value
      | undefined;
    const before = previousSettled(questions, i, answers);
    const value = await askOne(
      q,
      answers,
      { current: earlier ?? defaultOf(q, answers), canGoBack: history.length > 0 || before >= 0 },
      { ...ctx, prompter: options.prompter },
    );
    if (value === BACK) {
      // The earlier answer stays in `answers`, so the question comes back with it as default.
      const id = history.pop();
      if (id !== undefined)
        i = Math.max(
          0,
          listOf(source, answers).findIndex((x) => x.id === id),
        );
      else {
        reopened.add((questions[before] as Question).id);
        i = before;
      }
      continue;
    }
    setPath(answers, q.id, value);
    history.push(q.id);
    await options.onAnswer?.(q.id, value, answers);
    i++;
  }
  return answers;
}

/** The index of the last applicable question before `i`, or -1. */
function previousSettled(questions: readonly Question[], i: number, answers: Answers): number {
  for (let j = i - 1; j >= 0; j--) if (applies(questions[j] as Question, answers)) return j;
  return -1;
}
