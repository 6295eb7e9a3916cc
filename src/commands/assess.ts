/**
 * `tree assess` as functions: open the workspace and the saved progress, save the answers
 * after each one (progress, assessment.json and the panel's ratings CSV, each written
 * atomically), and finish with the ranking `tree score` gives on the same files. The
 * questions themselves are asked by the CLI through the prompt engine; a script passes
 * its answers to assess().
 */
import path from 'node:path';
import type { ContextOptions } from '../context.js';
import type { AssessAnswers } from '../core/assess/answers.js';
import { MAX_CANDIDATES } from '../core/assess/answers.js';
import { candidatesOf } from '../core/assess/candidates.js';
import { answersFromAssessment, applyAnswers, type ProjectContext, ratingRows } from '../core/assess/project.js';
import { parseRatingLine } from '../core/assess/ratings.js';
import type { AssessResult } from '../core/assess/result.js';
import type { Assessment, Criterion } from '../core/assessment.js';
import type { Catalogue } from '../core/catalogue.js';
import { DataError, InputError, type Problem } from '../errors.js';
import { checkAnswersText, readAnswersFile } from '../io/answers.js';
import { workspaceCatalogue } from '../io/catalogue.js';
import { exists } from '../io/files.js';
import { writeOutput } from '../io/output.js';
import { openWorkspace, type Workspace } from '../io/workspace.js';
import { score } from './score.js';

export type { AssessAnswers, AssessResult };

/** The progress file in the workspace folder: the answers so far, saved after every answer. */
export const PROGRESS_FILE = 'assess-answers.json';
/** The panel's ratings, relative to the workspace folder (as survey.files lists it). */
export const RATINGS_FILE = 'data/assess-ratings.csv';

export interface AssessRequest extends ContextOptions {
  /** assessment.json or its folder; default: the nearest above `cwd`. One must exist (`tree init`). */
  workspace?: string;
  /** Ignore the saved progress and start again (the workspace's own data stay the defaults). */
  restart?: boolean;
}

/** An assessment in progress: what the questions need, and how to save an answer. */
export interface AssessSession {
  workspace: Workspace;
  catalogue: Catalogue;
  /** The criteria rated, in order, and the scale. */
  criteria: readonly Criterion[];
  scale: { min: number; max: number };
  /** The progress file, as a path from cwd. */
  progressFile: string;
  /** The answers saved by an earlier session; undefined when none (or `restart`). */
  saved?: AssessAnswers;
  /** What the workspace already holds, offered as defaults. */
  defaults: AssessAnswers;
  /** The ratings CSV, as survey.files lists it and as a path from cwd. */
  ratingsFile: { listed: string; shown: string };
  /** Saves the answers so far: progress first, then assessment.json and the ratings CSV. */
  save(answers: AssessAnswers): Promise<void>;
}

/** Deep merge of answers: objects merge, anything else (lists too) is replaced. */
export function mergeAnswers(base: unknown, over: unknown): AssessAnswers {
  const plain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!plain(base) || !plain(over)) return (over ?? base) as AssessAnswers;
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(base)) out[k] = v;
  for (const [k, v] of Object.entries(over)) out[k] = plain(out[k]) && plain(v) ? mergeAnswers(out[k], v) : v;
  return out as AssessAnswers;
}

/** Opens the workspace (it must exist), the catalogue and the saved progress. */
export async function openAssessment(request: AssessRequest = {}): Promise<AssessSession> {
  const ws = await openWorkspace({ ...request, required: true });
  const ctx = ws.ctx;
  const catalogue = await workspaceCatalogue(ws);
  const progress = path.join(ws.dir, PROGRESS_FILE);
  const progressFile = path.relative(ctx.cwd, progress) || progress;
  let saved: AssessAnswers | undefined;
  if (!request.restart && (await exists(progress))) saved = await readAnswersFile(ctx, progress, progressFile);
  const config = ws.config;
  const project = (): ProjectContext => ({
    catalogue,
    criteria: ws.config.criteria,
    scale: ws.config.scale,
    lang: ws.assessment?.language ?? ws.lang,
    ratingsFile: RATINGS_FILE,
  });
  const ratingsPath = path.join(ws.dir, ...RATINGS_FILE.split('/'));
  const session: AssessSession = {
    workspace: ws,
    catalogue,
    criteria: config.criteria,
    scale: config.scale,
    progressFile,
    ...(saved === undefined ? {} : { saved }),
    defaults: answersFromAssessment(ws.assessment as Assessment),
    ratingsFile: { listed: RATINGS_FILE, shown: path.relative(ctx.cwd, ratingsPath) || ratingsPath },
    async save(answers) {
      await writeOutput(ctx, progress, `${JSON.stringify({ version: 1, ...answers }, null, 2)}\n`, { force: true });
      const pc = project();
      const rows = ratingRows(answers, pc, ws.config.survey.columns ?? {});
      await ws.save(applyAnswers(ws.assessment as Assessment, answers, pc));
      if (answers.screening?.source === 'here' && rows.length > 1) {
        const { stringify } = await import('csv-stringify/sync');
        await writeOutput(ctx, ratingsPath, stringify(rows), { force: true });
      }
    },
  };
  return session;
}

/**
 * Problems a schema cannot see in given answers: rating lines that do not fit the criteria,
 * ratings for no candidate, too many candidates. Candidates are those of the answers as
 * they will stand: the workspace's and the saved ones with the given ones on top.
 */
export function checkAnswers(session: AssessSession, given: AssessAnswers, file: string): Problem[] {
  const problems: Problem[] = [];
  const t = session.workspace.ctx.t;
  const opportunities = session.workspace.assessment?.opportunities ?? [];
  const answers = mergeAnswers(mergeAnswers(session.defaults, session.saved ?? {}), given);
  const candidates = candidatesOf(answers, session.catalogue, opportunities);
  if (given.identification !== undefined && candidates.length > MAX_CANDIDATES)
    problems.push({
      file,
      pointer: '/identification',
      message: t('assess.tooManyCandidates', { count: candidates.length, max: MAX_CANDIDATES }),
    });
  for (const id of given.identification?.suggested ?? [])
    if (!session.catalogue.activityById(id))
      problems.push({ file, pointer: '/identification/suggested', message: t('assess.unknownActivity', { id }) });
  const keys = new Set(candidates.map((c) => c.key));
  for (const [key, line] of Object.entries(given.screening?.ratings ?? {})) {
    const pointer = `/screening/ratings/${key}`;
    if (!keys.has(key)) {
      problems.push({ file, pointer, message: t('assess.unknownCandidate', { key, keys: [...keys].join(', ') }) });
      continue;
    }
    const parsed = parseRatingLine(line, session.criteria, session.scale);
    if ('problem' in parsed) {
      const p = parsed.problem;
      problems.push({
        file,
        pointer,
        message:
          p.code === 'count'
            ? t('assess.ratingCount', { expected: p.expected, got: p.got })
            : t('assess.ratingValue', {
                position: p.position,
                criterion: p.criterion,
                text: p.text,
                min: p.min,
                max: p.max,
              }),
      });
    }
  }
  const weights = given.screening?.weights ?? {};
  const ids = new Set(session.criteria.map((c) => c.id));
  for (const id of Object.keys(weights))
    if (!ids.has(id))
      problems.push({
        file,
        pointer: `/screening/weights/${id}`,
        message: t('assess.unknownCriterion', { id, ids: [...ids].join(', ') }),
      });
  return problems;
}

/**
 * Saves the final answers, scores the workspace's survey files as `tree score` does, and
 * records the shortlist in assessment.json. The panel rates each candidate once, so an
 * activity's single row is enough for the shortlist (`tree score --min-n 1`).
 */
export async function finishAssessment(session: AssessSession, answers: AssessAnswers): Promise<AssessResult> {
  await session.save(answers);
  const ws = session.workspace;
  const ctx = ws.ctx;
  const file = ws.file as string;
  const files = ws.config.survey.files ?? [];
  const panel = files.includes(RATINGS_FILE);
  const result: AssessResult = {
    workspace: path.relative(ctx.cwd, file) || file,
    progress: session.progressFile,
    answers,
    ...(panel ? { ratings: session.ratingsFile.shown } : {}),
  };
  if (files.length === 0) {
    result.rankingMissing = { message: ctx.t('assess.noRatings') };
    return result;
  }
  try {
    result.ranking = await score({
      cwd: ctx.cwd,
      env: ctx.env,
      lang: ctx.lang,
      workspace: file,
      ...(panel ? { minN: 1 } : {}),
    });
  } catch (error) {
    // A survey not collected yet is a step still to do, not a failure of the session.
    if (error instanceof InputError || error instanceof DataError) {
      result.rankingMissing = { message: error.message };
      return result;
    }
    throw error;
  }
  const activities = result.ranking.activities.filter((a) => a.shortlist).map((a) => a.activity);
  const feasibility = result.ranking.activities.filter((a) => a.feasibility).map((a) => a.activity);
  result.shortlist = { activities, feasibility };
  const today = new Date().toISOString().slice(0, 10);
  if (activities.length > 0)
    await ws.save({
      ...(ws.assessment as Assessment),
      shortlist: { activities, feasibility, from: 'tree assess', date: today },
    });
  return result;
}

/**
 * The whole assessment without prompts, for scripts: the answers (an object, or the JSON
 * text of an answers file) are merged over the saved progress, checked, saved and
 * scored. Questions left unanswered simply stay so; `tree assess --resume` asks them.
 */
export async function assess(request: AssessRequest & { answers: AssessAnswers | string }): Promise<AssessResult> {
  const session = await openAssessment(request);
  const ctx = session.workspace.ctx;
  let given: AssessAnswers;
  if (typeof request.answers === 'string') {
    const checked = await checkAnswersText(request.answers, 'answers', ctx);
    if (!checked.answers)
      throw new DataError(ctx.t('assess.badAnswers', { file: 'answers', count: checked.problems.length }), {
        problems: checked.problems,
      });
    given = checked.answers;
  } else given = request.answers;
  const answers = mergeAnswers(session.saved ?? {}, given);
  const problems = checkAnswers(session, given, 'answers');
  if (problems.length > 0)
    throw new DataError(ctx.t('assess.badAnswers', { file: 'answers', count: problems.length }), { problems });
  return finishAssessment(session, answers);
}
