import path from 'node:path';
import { resolveConfig, type Config } from '../config.js';
import { activityName, activityResolver } from '../core/activities.js';
import { DEFAULT_CRITERIA } from '../core/criteria.js';
import type { Assessment } from '../core/assessment.js';
import { RatingAccumulator, scoreActivities, sensitivity, type ActivityScore, type ActivityTally, type SensitivityEntry } from '../core/score/index.js';
import { DataError, ExitCode, OutputError, UsageError, type Problem } from '../errors.js';
import type { Encoding } from '../io/csv/decode.js';
import { exists, expandInputs, resolvePath, STDIO } from '../io/files.js';
import { delimiterFlag, encodingFlag, integerFlag, parseMap, readWeights } from '../io/score-flags.js';
import { readSurvey } from '../io/survey/read.js';
import { findWorkspace, loadWorkspace } from '../io/workspace.js';
import { chooseFormat, emit, type OutputFlags } from '../render/output.js';
import { renderScore } from '../render/score.js';
import type { Runtime } from '../runtime.js';

export interface ScoreOptions extends OutputFlags {
  workspace?: string;
  lang?: string;
  by?: string[];
  weights?: string;
  shortlist?: string;
  feasibility?: string;
  minN?: string;
  sensitivity?: string | boolean;
  seed?: string;
  spread?: string;
  skipInvalid?: boolean;
  delimiter?: string;
  encoding?: string;
  map?: string;
}

export interface ScoredActivity extends ActivityScore {
  /** The opportunity's name in the report language, when the workspace lists it. */
  name: string;
  sensitivity?: Omit<SensitivityEntry, 'activity' | 'rank'>;
}

/** The result of `tree score`: the documented JSON shape (README, "tree score"). */
export interface ScoreReport {
  activities: ScoredActivity[];
  meta: {
    files: string[];
    /** Data rows read. */
    rows: number;
    /** Ratings used: rows with at least one rating (long), row × activity pairs (wide). */
    ratings: number;
    /** Cells and rows skipped with --skip-invalid. */
    skipped: number;
    scale: [number, number];
    weights: Record<string, number>;
    directions: Record<string, 'benefit' | 'cost'>;
    shortlist: number;
    feasibility: number;
    minN: number;
    by: string[];
    segments: Record<string, string[]>;
    ci: string;
    sensitivity?: { runs: number; seed: number; spread: number };
  };
}

// Thrown from onRestart to abandon the current pass; caught in tallyOnce.
const RESTART = Symbol('restart');

/** Past this many activities a sensitivity analysis is refused: it is most likely a wrong activity column. */
export const SENSITIVITY_MAX_ACTIVITIES = 2000;

const CI_METHOD = 'delta method: score ± 1.96·se, se² = (100/(Σw·(max−min)))²·Σ w²·sd²/n, clipped to 0–100';

/** Splits repeated and comma-separated --by values. */
function byList(by: readonly string[] | undefined): string[] {
  return [...new Set((by ?? []).flatMap((b) => b.split(',')).map((b) => b.trim()).filter((b) => b !== ''))];
}

async function workspaceOf(rt: Runtime, explicit: string | undefined): Promise<{ assessment?: Assessment; dir?: string }> {
  const file = await findWorkspace(rt, explicit);
  if (!file || (explicit === undefined && !(await exists(file)))) return {};
  const ws = await loadWorkspace(rt, file);
  return { assessment: ws.assessment, dir: ws.dir };
}

/** The survey files: those given (globs expanded), else the workspace's survey.files. */
async function inputFiles(rt: Runtime, given: readonly string[], assessment: Assessment | undefined, dir: string | undefined): Promise<string[]> {
  if (given.length > 0) return expandInputs(rt, given);
  const listed = assessment?.survey?.files ?? [];
  if (listed.length === 0 || dir === undefined) throw new UsageError(rt.t('score.noFiles'));
  return expandInputs(rt, listed.map((f) => path.relative(rt.cwd, path.resolve(dir, f)) || f));
}

/**
 * Runs of `--sensitivity [runs]` (0 without it). In `--sensitivity data.csv` the optional
 * value has taken the file name: it goes back to the files.
 */
function sensitivityRuns(rt: Runtime, value: string | boolean | undefined, args: readonly string[]): { runs: number; given: readonly string[] } {
  if (value === undefined || value === false) return { runs: 0, given: args };
  if (typeof value === 'string' && !/^\d+$/.test(value.trim())) return { runs: 1000, given: [value, ...args] };
  return { runs: integerFlag(rt, '--sensitivity', value === true ? undefined : value, 1000, 10, 100_000), given: args };
}

interface Tallied {
  acc: RatingAccumulator;
  problems: Problem[];
  warnings: Problem[];
  /** The files as shown in messages. */
  files: string[];
  rows: number;
  ratings: number;
  skipped: number;
}

interface ReadSettings {
  by: string[];
  skipInvalid: boolean;
  delimiter?: string;
  encoding?: Encoding;
}

/**
 * Reads every file into one accumulator. A file taken for UTF-8 from its start may turn
 * out to be Windows-1252 further on: then the read stops, and the tallies are rebuilt from
 * the first file with that file read as Windows-1252 (rare: Excel files show accents early).
 */
async function tallyFiles(rt: Runtime, files: readonly string[], config: Config, assessment: Assessment | undefined, settings: ReadSettings): Promise<Tallied> {
  const windows1252 = new Set<string>();
  for (;;) {
    const tallied = await tallyOnce(rt, files, config, assessment, settings, windows1252);
    if (tallied) return tallied;
  }
}

/** One pass over the files; undefined when a file proved to be Windows-1252 part-way. */
async function tallyOnce(
  rt: Runtime,
  files: readonly string[],
  config: Config,
  assessment: Assessment | undefined,
  settings: ReadSettings,
  windows1252: Set<string>,
): Promise<Tallied | undefined> {
  const acc = new RatingAccumulator(config.criteria, settings.by);
  // Every listed opportunity appears in the ranking, as not scored if nobody rated it.
  for (const o of assessment?.opportunities ?? []) acc.tally(o.id);
  const resolve = activityResolver(assessment?.opportunities);
  // One lookup per row: the raw activity value straight to its tally.
  const tallies = new Map<string, ActivityTally>();
  const out: Tallied = { acc, problems: [], warnings: [], files: [], rows: 0, ratings: 0, skipped: 0 };
  for (const file of files) {
    const encoding = settings.encoding ?? (windows1252.has(file) ? 'windows1252' : undefined);
    let r: Awaited<ReturnType<typeof readSurvey>>;
    try {
      r = await readSurvey(rt, file, config, {
        skipInvalid: settings.skipInvalid,
        segments: settings.by,
        ...(settings.delimiter ? { delimiter: settings.delimiter } : {}),
        ...(encoding ? { encoding } : {}),
        onRestart: () => {
          windows1252.add(file);
          throw RESTART;
        },
        onRating: (activity, respondent, values, segments) => {
          let tally = tallies.get(activity);
          if (tally === undefined) tallies.set(activity, (tally = acc.tally(resolve(activity))));
          acc.addTo(tally, respondent, values, segments);
        },
      });
    } catch (error) {
      if (error === RESTART) return undefined;
      throw error;
    }
    out.files.push(r.file);
    out.problems.push(...r.problems);
    if (r.moreProblems > 0) out.problems.push({ file: r.file, message: rt.t('error.moreProblems', { count: r.moreProblems, limit: r.problems.length }) });
    out.warnings.push(...r.warnings);
    out.rows += r.rows;
    out.ratings += r.ratings;
    out.skipped += r.skipped;
  }
  return out;
}

/**
 * Scores the candidate activities of one or more survey files. Reads every file once,
 * streaming; any invalid input is a data error listing every problem (up to a limit).
 */
export async function scoreFiles(rt: Runtime, args: readonly string[], options: ScoreOptions): Promise<ScoreReport> {
  const { runs, given } = sensitivityRuns(rt, options.sensitivity, args);
  const shortlist = integerFlag(rt, '--shortlist', options.shortlist, 5, 2, 5);
  const feasibility = integerFlag(rt, '--feasibility', options.feasibility, 2, 1, 2);
  const minN = integerFlag(rt, '--min-n', options.minN, 5, 1, 1_000_000);
  const seed = integerFlag(rt, '--seed', options.seed, 1, 0, 2 ** 31 - 1);
  const spread = integerFlag(rt, '--spread', options.spread, 25, 0, 90) / 100;
  const delimiter = delimiterFlag(rt, options.delimiter);
  const encoding = encodingFlag(rt, options.encoding);
  const by = byList(options.by);

  const { assessment, dir } = await workspaceOf(rt, options.workspace);
  const ids = (assessment?.criteria ?? DEFAULT_CRITERIA).map((c) => c.id);
  const weights = options.weights === undefined ? undefined : await readWeights(rt, options.weights, ids);
  const columns = options.map === undefined ? undefined : parseMap(rt, options.map, ids);
  const config: Config = resolveConfig(assessment, { ...(weights ? { weights } : {}), ...(columns ? { columns } : {}) }, rt.env);
  if (config.criteria.every((c) => c.weight === 0)) throw new UsageError(rt.t('score.allZero'));
  const files = await inputFiles(rt, given, assessment, dir);

  // Refuse an existing output before reading anything: a long run should not end in "exists".
  if (options.output !== undefined && options.output !== STDIO && !options.force && (await exists(resolvePath(rt, options.output)))) {
    throw new OutputError(rt.t('output.exists', { file: options.output }));
  }

  const { acc, problems, warnings, files: shown, rows, ratings, skipped } = await tallyFiles(rt, files, config, assessment, {
    by,
    skipInvalid: options.skipInvalid === true,
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
  });
  if (problems.length > 0) throw new DataError(rt.t('score.invalidInput', { count: problems.length }), { problems });
  for (const w of warnings) rt.stderr.write(`${rt.err.yellow(`${rt.t('warning.prefix')}:`)} ${w.file}: ${w.message}\n`);
  if (skipped > 0) rt.stderr.write(`${rt.err.yellow(`${rt.t('warning.prefix')}:`)} ${rt.t('score.skipped', { count: skipped })}\n`);

  const scoring = { criteria: config.criteria, scale: config.scale, shortlist, feasibility, lowN: minN, by };
  const result = scoreActivities(acc, scoring);
  if (runs > 0 && result.activities.length > SENSITIVITY_MAX_ACTIVITIES) {
    throw new UsageError(rt.t('score.tooManyForSensitivity', { count: result.activities.length, max: SENSITIVITY_MAX_ACTIVITIES }));
  }
  const stability = runs > 0 ? sensitivity(acc, scoring, runs, seed, spread) : undefined;
  const byActivity = new Map(stability?.activities.map((s) => [s.activity, s]));
  return {
    activities: result.activities.map((a) => {
      const s = byActivity.get(a.activity);
      const scored: ScoredActivity = { ...a, name: activityName(a.activity, assessment?.opportunities, rt.lang) };
      if (s) scored.sensitivity = { inShortlist: s.inShortlist, inFeasibility: s.inFeasibility, rankMin: s.rankMin, rankMax: s.rankMax, rankMedian: s.rankMedian };
      return scored;
    }),
    meta: {
      files: shown,
      rows,
      ratings,
      skipped,
      scale: [config.scale.min, config.scale.max],
      weights: Object.fromEntries(config.criteria.map((c) => [c.id, c.weight])),
      directions: Object.fromEntries(config.criteria.map((c) => [c.id, c.direction])),
      shortlist,
      feasibility,
      minN,
      by,
      segments: result.segmentValues,
      ci: CI_METHOD,
      ...(stability ? { sensitivity: { runs: stability.runs, seed: stability.seed, spread: stability.spread } } : {}),
    },
  };
}

/** `tree score`: ranks the candidate activities and writes the ranking in the chosen format. */
export async function runScore(rt: Runtime, files: string[], options: ScoreOptions): Promise<number> {
  const format = chooseFormat(rt, options, ['table', 'md', 'csv', 'json']);
  const report = await scoreFiles(rt, files, options);
  await emit(rt, options, renderScore(rt, report, format, { excel: options.excel === true, tty: rt.stdout.isTTY === true && options.output === undefined }));
  return ExitCode.ok;
}
