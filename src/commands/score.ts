import { type Config, type CriterionFlag, columnsFromMap } from '../config.js';
import type { ContextOptions } from '../context.js';
import { activityName, activityResolver } from '../core/activities.js';
import type { Opportunity } from '../core/assessment.js';
import {
  type ActivityTally,
  CI_METHOD,
  RatingAccumulator,
  SCORE_LIMITS,
  type ScoredActivity,
  type ScoreReport,
  scoreActivities,
  sensitivity,
} from '../core/score/index.js';
import { collectWeights } from '../core/weights.js';
import { DataError, InputError, type Problem, UsageError } from '../errors.js';
import type { Encoding } from '../io/csv/decode.js';
import { checkCsvSettings } from '../io/csv/options.js';
import { readSurveyFiles } from '../io/survey/files.js';
import type { RatingSink } from '../io/survey/read.js';
import { weightError } from '../io/weights.js';
import { inputFiles, openWorkspace, type Workspace } from '../io/workspace.js';

export type { ScoredActivity, ScoreReport };

/** What to score and how; every field is optional and already parsed (numbers, lists). */
export interface ScoreRequest extends ContextOptions {
  /** Survey CSV files or globs ("-" for stdin); default: `survey.files` of the workspace. */
  files?: readonly string[];
  /** assessment.json or its folder; default: the nearest above `cwd`, else built-in defaults. */
  workspace?: string;
  /** Criterion id → weight (0 or more), replacing the workspace's weights for those ids. */
  weights?: Readonly<Record<string, number>>;
  /**
   * Where `weights` came from, for messages about them: the CLI gives its `--weights` text,
   * with `file: true` when that named a weights file (whose problems are then data errors,
   * exit 3). Default: "these weights", and a usage error.
   */
  weightsFrom?: { spec: string; file?: boolean };
  /** Field → column: `activity`, `respondent`, criterion ids, or segment names (asked for in `by`, or mapped in the workspace). */
  map?: Readonly<Record<string, string>>;
  /** The criteria, replacing the workspace's (`--criteria rating,price:cost`): labels are the ids, weights 1. */
  criteria?: readonly CriterionFlag[];
  /** The rating scale, replacing `survey.scale` (`--scale 0..2`); a criterion's own scale still applies to it. */
  scale?: { min: number; max: number };
  /** Answer word → number, over `survey.scale.labels` (`--labels FILE`); in the config as `scale.labels`. */
  labels?: Readonly<Record<string, number>>;
  /** Segment fields to score apart: gender, age, disability, village, or any mapped one. */
  by?: readonly string[];
  /** Size of the TREE shortlist, 2–5 (default 5). */
  shortlist?: number;
  /** How many of the best are marked for a feasibility study, 1–2 (default 2). */
  feasibility?: number;
  /** Fewer ratings than this flag an activity `low_n` (default 5). */
  minN?: number;
  /**
   * Let activities with fewer than `minN` ratings into the shortlist and the feasibility
   * marks (default false: they stay in the ranking, flagged `low_n`, but are passed over).
   */
  allowLowN?: boolean;
  /** Perturb the weights at random: runs (10–100,000; default 1000), seed, spread (fraction 0–0.9; default 0.25). */
  sensitivity?: { runs?: number; seed?: number; spread?: number };
  /** Skip ratings that are not numbers or outside the scale, instead of failing. */
  skipInvalid?: boolean;
  /** `,` `;` tab or `|`; default: sniffed from the header line. */
  delimiter?: string;
  /** Default: detected (BOM, then UTF-8 validity, else Windows-1252). */
  encoding?: Encoding;
  /** Each warning as it is found (they are also in `meta.warnings`). */
  onWarning?: (warning: Problem) => void;
  /** Rows read so far in a file (and the bytes of it parsed), every 65,536 rows. */
  onProgress?: (progress: { file: string; rows: number; bytes: number }) => void;
  /**
   * Told the survey files once they are known, before any is read: a CLI checks its -o
   * target against them here, so a ranking never replaces its own survey, and a long
   * run never ends in a refusal.
   */
  beforeRead?: (files: readonly string[]) => void | Promise<void>;
}

function checkRange(
  ws: Workspace,
  name: string,
  value: number | undefined,
  range: { min: number; max: number; default: number },
): number {
  if (value === undefined) return range.default;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new UsageError(
      ws.ctx.t('flag.badInteger', { flag: name, value: String(value), min: range.min, max: range.max }),
    );
  }
  return value;
}

function checkSpread(ws: Workspace, spread: number | undefined): number {
  const limit = SCORE_LIMITS.spreadPercent;
  if (spread === undefined) return limit.default / 100;
  if (!Number.isFinite(spread) || spread < limit.min / 100 || spread > limit.max / 100) {
    throw new UsageError(ws.ctx.t('score.badSpread', { value: String(spread), max: limit.max / 100 }));
  }
  return spread;
}

/** The weights of a request, checked against the criteria: every problem listed at once. */
function checkedWeights(
  ws: Workspace,
  request: ScoreRequest,
  ids: readonly string[],
): Record<string, number> | undefined {
  const { weights, weightsFrom: from } = request;
  if (weights === undefined) return undefined;
  const entries = Object.entries(weights).map(([id, value]) => ({ part: `${id}=${String(value)}`, id, value }));
  const checked = collectWeights(entries, new Set(ids));
  if (checked.problems.length > 0) throw weightError(ws.ctx, from?.spec, checked.problems, ids, from?.file === true);
  return checked.weights;
}

/**
 * Every --map field must be one the survey can use: activity, respondent, a criterion id,
 * or a segment (asked for with `by`, or mapped in the workspace). Anything else is a typo
 * that would otherwise be dropped without a word: a usage error listing the known fields.
 */
function checkMapFields(
  ws: Workspace,
  map: Readonly<Record<string, string>>,
  ids: readonly string[],
  by: readonly string[],
  config: Config,
): void {
  const known = [
    'activity',
    'respondent',
    ...ids,
    ...new Set([...by, ...Object.keys(config.survey.columns?.segments ?? {})]),
  ];
  const set = new Set(known);
  for (const field of Object.keys(map)) {
    if (!set.has(field))
      throw new UsageError(ws.ctx.t('score.unknownMapField', { field, known: [...new Set(known)].join(', ') }));
  }
}

/**
 * A fresh accumulator and the sink that feeds it: every listed opportunity appears in the
 * ranking (as not scored if nobody rated it), and raw activity values are resolved to
 * opportunities once per distinct value, not once per row.
 */
function startTally(
  config: Config,
  by: readonly string[],
  opportunities: readonly Opportunity[],
): { acc: RatingAccumulator; sink: RatingSink } {
  const acc = new RatingAccumulator(config.criteria, by);
  for (const o of opportunities) acc.tally(o.id);
  const resolve = activityResolver(opportunities);
  const tallies = new Map<string, ActivityTally>();
  const sink: RatingSink = (activity, respondent, values, segments) => {
    let tally = tallies.get(activity);
    if (tally === undefined) {
      tally = acc.tally(resolve(activity));
      tallies.set(activity, tally);
    }
    acc.addTo(tally, respondent, values, segments);
  };
  return { acc, sink };
}

/**
 * Scores and ranks the candidate activities of one or more rating surveys (TREE's
 * opportunity screening): the typed function behind `tree score`. Reads every file once,
 * streaming. Invalid data is a DataError listing every problem; bad settings a UsageError.
 */
export async function score(request: ScoreRequest = {}): Promise<ScoreReport> {
  const probe = await openWorkspace(request);
  // Weights and the mapping are checked against the criteria (the request's, else the workspace's), then layered over it.
  const base = request.criteria ? probe.configWith({ criteria: request.criteria }) : probe.config;
  const ids = base.criteria.map((c) => c.id);
  const weights = checkedWeights(probe, request, ids);
  if (request.map !== undefined) checkMapFields(probe, request.map, ids, request.by ?? [], base);
  const columns = request.map === undefined ? undefined : columnsFromMap(request.map, ids);
  const ws = probe;
  const { ctx } = ws;
  const config = ws.configWith({
    ...(request.criteria ? { criteria: request.criteria } : {}),
    ...(request.scale ? { scale: request.scale } : {}),
    ...(request.labels ? { labels: { ...request.labels } } : {}),
    ...(weights ? { weights } : {}),
    ...(columns ? { columns } : {}),
  });
  const shortlist = checkRange(ws, 'shortlist', request.shortlist, SCORE_LIMITS.shortlist);
  const feasibility = checkRange(ws, 'feasibility', request.feasibility, SCORE_LIMITS.feasibility);
  const minN = checkRange(ws, 'minN', request.minN, SCORE_LIMITS.minN);
  const runs = request.sensitivity
    ? checkRange(ws, 'sensitivity.runs', request.sensitivity.runs, SCORE_LIMITS.runs)
    : 0;
  const seed = checkRange(ws, 'sensitivity.seed', request.sensitivity?.seed, SCORE_LIMITS.seed);
  const spread = checkSpread(ws, request.sensitivity?.spread);
  checkCsvSettings(ctx, request);
  const by = [...new Set(request.by ?? [])];
  if (config.criteria.every((c) => c.weight === 0)) throw new UsageError(ctx.t('score.allZero'));
  const files = await inputFiles(ws, request.files, ws.assessment?.survey?.files, 'score.noFiles');
  await request.beforeRead?.(files);
  const opportunities = ws.assessment?.opportunities ?? [];

  let acc: RatingAccumulator | undefined;
  const read = await readSurveyFiles(
    ctx,
    files,
    config,
    {
      segments: by,
      skipInvalid: request.skipInvalid === true,
      ...(request.delimiter ? { delimiter: request.delimiter } : {}),
      ...(request.encoding ? { encoding: request.encoding } : {}),
      ...(request.onProgress
        ? { onProgress: (file: string, rows: number, bytes: number) => request.onProgress?.({ file, rows, bytes }) }
        : {}),
    },
    () => {
      const started = startTally(config, by, opportunities);
      acc = started.acc;
      return started.sink;
    },
  );
  if (read.problems.length > 0) {
    throw new DataError(ctx.t('score.invalidInput', { count: read.problems.length + read.omitted }), {
      problems: read.problems,
      omitted: read.omitted,
    });
  }
  // One village (request.where) with no ratings: nothing to rank, which is not bad data.
  if (ctx.where !== undefined && read.rows === 0)
    throw new InputError(
      ctx.t('report.noRowsWhere', {
        what: ctx.t('report.what.ratings'),
        field: ctx.where.field,
        value: ctx.where.value,
      }),
    );
  const warnings = [...read.warnings];
  if (read.skipped > 0) warnings.push({ message: ctx.t('score.skipped', { count: read.skipped }) });
  for (const w of warnings) request.onWarning?.(w);

  const tallied = acc as RatingAccumulator;
  const allowLowN = request.allowLowN === true;
  const scoring = { criteria: config.criteria, scale: config.scale, shortlist, feasibility, lowN: minN, allowLowN, by };
  const result = scoreActivities(tallied, scoring);
  const stability = runs > 0 ? sensitivity(tallied, scoring, runs, seed, spread) : undefined;
  const byActivity = new Map(stability?.activities.map((s) => [s.activity, s]));
  return {
    activities: result.activities.map((a) => {
      const s = byActivity.get(a.activity);
      const scored: ScoredActivity = { ...a, name: activityName(a.activity, opportunities, ctx.lang) };
      if (s)
        scored.sensitivity = {
          inShortlist: s.inShortlist,
          inFeasibility: s.inFeasibility,
          rankMin: s.rankMin,
          rankMax: s.rankMax,
          rankMedian: s.rankMedian,
        };
      return scored;
    }),
    meta: {
      files: read.files,
      encodings: read.encodings,
      rows: read.rows,
      ratings: read.ratings,
      skipped: read.skipped,
      scale: [config.scale.min, config.scale.max],
      ...(config.criteria.some((c) => c.scale)
        ? {
            scales: Object.fromEntries(
              config.criteria.map((c) => [c.id, [c.scale?.min ?? config.scale.min, c.scale?.max ?? config.scale.max]]),
            ),
          }
        : {}),
      weights: Object.fromEntries(config.criteria.map((c) => [c.id, c.weight])),
      directions: Object.fromEntries(config.criteria.map((c) => [c.id, c.direction])),
      shortlist,
      feasibility,
      minN,
      allowLowN,
      by,
      segments: result.segmentValues,
      ci: CI_METHOD,
      ...(stability ? { sensitivity: { runs: stability.runs, seed: stability.seed, spread: stability.spread } } : {}),
      warnings,
    },
  };
}
