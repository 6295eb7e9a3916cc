import path from 'node:path';
import {
  type AssessSession,
  checkAnswers,
  finishAssessment,
  mergeAnswers,
  openAssessment,
} from '../commands/assess.js';
import { type AssessAnswers, SECTIONS, type Section } from '../core/assess/answers.js';
import { DataError, ExitCode, UsageError } from '../errors.js';
import { readAnswersFile } from '../io/answers.js';
import { type Answers, askAll, type Prompter, terminalPrompter } from '../prompts/index.js';
import { assessQuestions, sectionOf } from '../prompts/questions/assess.js';
import { nextCommands, renderAssessSummary } from '../render/assess.js';
import { displayText } from '../render/text.js';
import type { Runtime } from '../runtime.js';
import type { AssessFlags } from './options.js';
import { printWarnings } from './output.js';

/** Quotes a path for the shell line shown to the user, only when it needs it. */
const shellArg = (s: string) => (/^[\w./\\:-]+$/.test(s) ? s : `"${s.replace(/"/g, '\\"')}"`);

/** `-w DIR` when the workspace is not the one found from the current folder, for the commands shown. */
function workspaceFlag(rt: Runtime, flags: AssessFlags, session: AssessSession): string {
  if (flags.workspace === undefined) return '';
  return `-w ${shellArg(path.relative(rt.cwd, session.workspace.dir) || '.')}`;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isCancel(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/**
 * `tree assess`: the guided flow. Answers come from --answers, the saved progress, the
 * workspace (as defaults) and the prompts; every answer typed is saved before the next
 * question, so Ctrl-C or a power cut loses at most the one being typed.
 */
export async function run(
  rt: Runtime,
  _args: unknown,
  flags: AssessFlags,
  prompter: Prompter = terminalPrompter,
): Promise<number> {
  const yes = flags.yes === true;
  // Without a terminal, answers must come from somewhere: say so at once, before any file is read.
  if (!rt.interactive && !yes && flags.answers === undefined) throw new UsageError(rt.t('assess.noTerminal'));
  if (flags.restart === true && flags.resume === true)
    throw new UsageError(rt.t('usage.conflict', { a: '--restart', b: '--resume' }));
  const session = await openAssessment({
    cwd: rt.cwd,
    env: rt.env,
    stdin: rt.stdin,
    ...(flags.lang === undefined ? {} : { lang: flags.lang as 'en' | 'id' }),
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    restart: flags.restart === true,
  });
  const ctx = session.workspace.ctx;
  const given = flags.answers === undefined ? undefined : await readAnswersFile(ctx, flags.answers);
  if (given !== undefined) {
    const problems = checkAnswers(session, given, flags.answers as string);
    if (problems.length > 0)
      throw new DataError(rt.t('assess.badAnswers', { file: flags.answers as string, count: problems.length }), {
        problems,
      });
  }
  const section = flags.section as Section | undefined;
  if (section !== undefined && !SECTIONS.includes(section))
    throw new UsageError(rt.t('assess.unknownSection', { value: section, allowed: SECTIONS.join(', ') }));
  if (session.saved !== undefined && rt.interactive && !yes && section === undefined)
    rt.stderr.write(`${rt.err.dim(rt.t('assess.resuming', { file: session.progressFile }))}\n`);
  const wflag = workspaceFlag(rt, flags, session);
  const questions = assessQuestions({
    catalogue: session.catalogue,
    criteria: session.criteria,
    scale: session.scale,
    defaults: session.defaults,
    opportunities: session.workspace.assessment?.opportunities ?? [],
    today: today(),
    ratingsHint: {
      file: session.ratingsFile.shown,
      command: `tree score${wflag === '' ? '' : ` ${wflag}`} data/ratings.csv`,
    },
  });
  let answers: Answers;
  try {
    answers = await askAll(questions, {
      lang: ctx.lang,
      interactive: rt.interactive,
      yes,
      ...(given === undefined ? {} : { given: { file: { name: flags.answers as string, answers: given } } }),
      ...(session.saved === undefined ? {} : { saved: session.saved }),
      ...(section === undefined ? {} : { revisit: (q) => sectionOf(q) === section }),
      prompter,
      // Saved before the next question is shown: what was typed survives anything after it.
      onAnswer: (_id, _value, live) => session.save(mergeAnswers(session.saved ?? {}, live)),
    });
  } catch (error) {
    if (isCancel(error)) {
      const command = ['tree assess --resume', wflag].filter((s) => s !== '').join(' ');
      rt.stderr.write(`\n${rt.t('assess.resumeHint', { file: session.progressFile, command })}\n`);
    }
    throw error;
  }
  const result = await finishAssessment(session, mergeAnswers(session.saved ?? {}, answers) as AssessAnswers);
  if (result.ranking) printWarnings(rt, result.ranking.meta.warnings);
  const ratings = result.ratings === undefined ? '' : `, ${result.ratings}`;
  rt.stderr.write(
    `${rt.t('assess.saved', { workspace: displayText(result.workspace), progress: displayText(result.progress), ratings: displayText(ratings) })}\n`,
  );
  const next = nextCommands(rt, result, wflag);
  const format = flags.json === true ? 'json' : 'table';
  rt.stdout.write(renderAssessSummary(rt, result, format, { tty: rt.stdout.isTTY === true, next }));
  return ExitCode.ok;
}
