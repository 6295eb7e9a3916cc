/**
 * The scoring core of `tree score` (PRODUCT.md §6): streaming tallies of ratings, the
 * weighted 0–100 score with a 95% interval, shared ranks, shortlist and feasibility marks,
 * per-segment breakdowns, and a weight-sensitivity analysis. Pure: no I/O.
 */
import type { Criterion, Direction } from './assessment.js';
import type { Scale } from './rating.js';
import {
  MOMENT_STRIDE,
  momentsAdd,
  momentsCount,
  momentsMean,
  momentsSd,
  momentsVariance,
  mulberry32,
} from './stats.js';

// ---------------------------------------------------------------------------------------
// Accumulation

/** Ratings of one activity within one value of one segment (e.g. gender = perempuan). */
export interface SegmentTally {
  rows: number;
  readonly moments: Float64Array;
}

/** Everything kept about one activity: O(criteria × segment values), plus respondent ids. */
export interface ActivityTally {
  readonly activity: string;
  /** Rows with at least one rating. */
  rows: number;
  /** Rated rows without a respondent id; each counts as its own respondent. */
  anonymous: number;
  /** Distinct respondent ids seen for this activity. */
  respondents: number;
  /** Bit i set when respondent i (see RatingAccumulator) has rated this activity. */
  seen: Uint8Array;
  /** MOMENT_STRIDE slots per criterion (see stats.ts). */
  readonly moments: Float64Array;
  /** One map per segment name, keyed by segment value. */
  readonly segments: Map<string, SegmentTally>[];
}

/**
 * Streaming tally of survey rows: memory grows with activities × criteria × segment values
 * (and distinct respondent ids), never with rows, so a million-row file stays flat.
 */
export class RatingAccumulator {
  readonly criteria: readonly Criterion[];
  readonly segmentNames: readonly string[];
  private readonly byActivity = new Map<string, ActivityTally>();
  private readonly respondentIndex = new Map<string, number>();
  private readonly width: number;
  private ratedRows = 0;

  constructor(criteria: readonly Criterion[], segmentNames: readonly string[]) {
    assertUnique(criteria.map((c) => c.id), 'criterion id');
    assertUnique(segmentNames, 'segment name');
    this.criteria = criteria;
    this.segmentNames = segmentNames;
    this.width = criteria.length * MOMENT_STRIDE;
  }

  /**
   * Adds one survey row. Values must already be validated against the scale (the parser
   * does that with file positions); undefined or NaN marks a missing rating, and an
   * infinite value is refused, because it would silently poison every figure of the activity. A row with no rating at all
   * only registers the activity, so an activity nobody rated is reported, not dropped.
   */
  add(
    activity: string,
    respondent: string | undefined,
    values: ArrayLike<number | undefined>,
    segments: readonly string[],
  ): void {
    this.addTo(this.tally(activity), respondent, values, segments);
  }

  /**
   * The tally of an activity, created on first use. Callers that map many raw values to
   * one activity keep the tally and call addTo, which saves a lookup per row.
   */
  tally(activity: string): ActivityTally {
    let tally = this.byActivity.get(activity);
    if (tally === undefined) {
      const segs: Map<string, SegmentTally>[] = [];
      for (let j = 0; j < this.segmentNames.length; j++) segs.push(new Map());
      tally = {
        activity,
        rows: 0,
        anonymous: 0,
        respondents: 0,
        seen: new Uint8Array(64),
        moments: new Float64Array(this.width),
        segments: segs,
      };
      this.byActivity.set(activity, tally);
    }
    return tally;
  }

  /** Adds one row to a tally obtained from this accumulator's tally(). */
  addTo(
    tally: ActivityTally,
    respondent: string | undefined,
    values: ArrayLike<number | undefined>,
    segments: readonly string[],
  ): void {
    const nc = this.criteria.length;
    const ns = this.segmentNames.length;
    if (values.length !== nc) throw new RangeError(`expected ${nc} rating values, got ${values.length}`);
    if (segments.length !== ns) throw new RangeError(`expected ${ns} segment values, got ${segments.length}`);
    const m = tally.moments;
    let rated = false;
    for (let c = 0; c < nc; c++) {
      const v = values[c];
      // NaN marks a missing rating as undefined does: readers pass a Float64Array.
      if (v === undefined || v !== v) continue;
      if (v === Infinity || v === -Infinity) throw new RangeError(`rating for ${this.criteria[c]?.id ?? c} is not a finite number`);
      momentsAdd(m, c * MOMENT_STRIDE, v);
      rated = true;
    }
    if (!rated) return;
    this.ratedRows++;
    tally.rows++;
    if (respondent === undefined || respondent === '') tally.anonymous++;
    else this.markRespondent(tally, respondent);
    for (let j = 0; j < ns; j++) {
      const key = segments[j];
      if (key === undefined || key === '') continue;
      const map = tally.segments[j] as Map<string, SegmentTally>;
      let seg = map.get(key);
      if (seg === undefined) {
        seg = { rows: 0, moments: new Float64Array(this.width) };
        map.set(key, seg);
      }
      seg.rows++;
      const sm = seg.moments;
      for (let c = 0; c < nc; c++) {
        const v = values[c];
        if (v !== undefined && v === v) momentsAdd(sm, c * MOMENT_STRIDE, v);
      }
    }
  }

  /**
   * Counts distinct respondents per activity with one shared id → number map and a bitset
   * per activity: a respondent costs one map entry however many activities they rate,
   * where a Set per activity would hold every id again for each activity.
   */
  private markRespondent(tally: ActivityTally, respondent: string): void {
    let index = this.respondentIndex.get(respondent);
    if (index === undefined) {
      index = this.respondentIndex.size;
      this.respondentIndex.set(respondent, index);
    }
    const byte = index >>> 3;
    let seen = tally.seen;
    if (byte >= seen.length) {
      const grown = new Uint8Array(Math.max(seen.length * 2, byte + 1));
      grown.set(seen);
      tally.seen = seen = grown;
    }
    const bit = 1 << (index & 7);
    if (((seen[byte] as number) & bit) === 0) {
      seen[byte] = (seen[byte] as number) | bit;
      tally.respondents++;
    }
  }

  /** Rows with at least one rating, over all activities (for the report's meta). */
  get rows(): number {
    return this.ratedRows;
  }

  /** Tallies in first-seen order; exposed read-only so scoring never needs the rows again. */
  tallies(): readonly Readonly<ActivityTally>[] {
    return [...this.byActivity.values()];
  }
}

// ---------------------------------------------------------------------------------------
// Result types

/**
 * `unscored`: no rated criterion with a positive weight, so no score or rank.
 * `missing_criteria`: some positively weighted criterion has no rating.
 * `low_n`: fewer rated rows than `lowN`.
 * `ci_unreliable`: a weighted criterion has a single rating, so its spread is unknown and
 * the interval leaves its uncertainty out.
 */
export type ScoreFlag = 'unscored' | 'missing_criteria' | 'low_n' | 'ci_unreliable';

export interface CriterionSummary {
  n: number;
  /** null when n = 0. */
  mean: number | null;
  /** Sample SD; null when n < 2. */
  sd: number | null;
}

export interface SegmentScore {
  score: number | null;
  ci95: [number, number] | null;
  /** Rated rows of this activity in this segment value. */
  n: number;
  /** Rank among the activities rated in this segment value. */
  rank: number | null;
  flags: ScoreFlag[];
}

export interface ActivityScore {
  rank: number | null;
  activity: string;
  /** 0–100, rounded to 2 decimals; null when unscored. */
  score: number | null;
  ci95: [number, number] | null;
  /** Rated rows. */
  n: number;
  respondents: number;
  shortlist: boolean;
  feasibility: boolean;
  criteria: Record<string, CriterionSummary>;
  /** Every criterion without a rating for this activity, weighted or not. */
  missingCriteria: string[];
  flags: ScoreFlag[];
  /** segment name → segment value → figures; only values in which the activity was rated. */
  segments: Record<string, Record<string, SegmentScore>>;
}

export interface ScoreResult {
  /** Best first; ties in name order; unscored activities last. */
  activities: ActivityScore[];
  /** For each `by` segment, its values seen with ratings, in name order. */
  segmentValues: Record<string, string[]>;
}

export interface ScoreOptions {
  /** Weights and directions; matched to the accumulator's criteria by id. */
  criteria: readonly Pick<Criterion, 'id' | 'weight' | 'direction'>[];
  scale: Scale;
  /** Ranks that make the shortlist (default 5). TREE asks for 2–5; the CLI enforces that. */
  shortlist?: number;
  /** Ranks marked for a feasibility study (default 2). */
  feasibility?: number;
  /** Fewer rated rows than this raise `low_n` (default 5). */
  lowN?: number;
  /** Segment names to break down; each must be one of the accumulator's segment names. */
  by?: readonly string[];
}

export interface SensitivityEntry {
  activity: string;
  /** Rank with the weights as given. */
  rank: number | null;
  /** Fraction of runs in which the activity made the shortlist. */
  inShortlist: number;
  /** Fraction of runs in which it was marked for feasibility. */
  inFeasibility: number;
  rankMin: number | null;
  rankMax: number | null;
  /** Median rank over the runs (mean of the middle two when runs is even). */
  rankMedian: number | null;
}

export interface SensitivityResult {
  runs: number;
  seed: number;
  spread: number;
  /** In the order of the unperturbed ranking. */
  activities: SensitivityEntry[];
}

// ---------------------------------------------------------------------------------------
// Scoring

const Z95 = 1.96;

interface Prepared {
  readonly nc: number;
  readonly ids: readonly string[];
  readonly weights: Float64Array;
  readonly cost: readonly boolean[];
  readonly min: number;
  readonly max: number;
  readonly range: number;
  readonly shortlist: number;
  readonly feasibility: number;
  readonly lowN: number;
  readonly by: readonly number[];
}

/** Figures of one cell (an activity, or an activity within a segment value), unrounded. */
interface Cell {
  score: number; // NaN when unscored
  se: number;
  ciUnreliable: boolean;
  missingWeighted: boolean;
  rows: number;
}

/**
 * Scores and ranks every activity from the tallies alone, so scoring a huge file costs
 * nothing beyond reading it once.
 */
export function scoreActivities(acc: RatingAccumulator, options: ScoreOptions): ScoreResult {
  const p = prepare(acc, options);
  const tallies = acc.tallies();
  const na = tallies.length;
  const nameRank = nameRanks(tallies.map((t) => t.activity));

  const cells: Cell[] = [];
  const norms = new Float64Array(na * p.nc);
  const scores = new Float64Array(na);
  for (let a = 0; a < na; a++) {
    const t = tallies[a] as ActivityTally;
    fillNorms(t.moments, p, norms, a * p.nc);
    const cell = summarise(t.moments, t.rows, norms, a * p.nc, p);
    cells.push(cell);
    scores[a] = cell.score;
  }
  const ranks = new Int32Array(na);
  const order = rankInto(scores, nameRank, ranks);

  // Per-segment scores and ranks among the activities rated in that segment value.
  const segmentValues: Record<string, string[]> = {};
  const segOut: Record<string, Record<string, SegmentScore>>[] = tallies.map(() => ({}));
  for (const j of p.by) {
    const name = acc.segmentNames[j] as string;
    const values = new Set<string>();
    for (const t of tallies) for (const v of (t.segments[j] as Map<string, SegmentTally>).keys()) values.add(v);
    const sortedValues = [...values].sort(compareNames);
    segmentValues[name] = sortedValues;
    const perActivity: [string, SegmentScore][][] = tallies.map(() => []);
    const segNorms = new Float64Array(p.nc);
    for (const value of sortedValues) {
      const members: number[] = [];
      const memberCells: Cell[] = [];
      for (let a = 0; a < na; a++) {
        const seg = (tallies[a] as ActivityTally).segments[j]?.get(value);
        if (seg === undefined) continue;
        fillNorms(seg.moments, p, segNorms, 0);
        members.push(a);
        memberCells.push(summarise(seg.moments, seg.rows, segNorms, 0, p));
      }
      const segScores = Float64Array.from(memberCells, (c) => c.score);
      const segRanks = new Int32Array(members.length);
      rankInto(segScores, Int32Array.from(members, (a) => nameRank[a] as number), segRanks);
      members.forEach((a, k) => {
        const cell = memberCells[k] as Cell;
        const rank = segRanks[k] as number;
        (perActivity[a] as [string, SegmentScore][]).push([
          value,
          { score: reportScore(cell.score), ci95: ci95(cell), n: cell.rows, rank: rank > 0 ? rank : null, flags: flagsOf(cell, p) },
        ]);
      });
    }
    perActivity.forEach((entries, a) => {
      (segOut[a] as Record<string, Record<string, SegmentScore>>)[name] = Object.fromEntries(entries);
    });
  }

  const activities: ActivityScore[] = order.map((a) => {
    const t = tallies[a] as ActivityTally;
    const cell = cells[a] as Cell;
    const rank = ranks[a] as number;
    const criteria: [string, CriterionSummary][] = [];
    const missing: string[] = [];
    for (let c = 0; c < p.nc; c++) {
      const off = c * MOMENT_STRIDE;
      const n = momentsCount(t.moments, off);
      const mean = momentsMean(t.moments, off);
      const sd = momentsSd(t.moments, off);
      const id = p.ids[c] as string;
      criteria.push([id, { n, mean: mean === undefined ? null : round3(mean), sd: sd === undefined ? null : round3(sd) }]);
      if (n === 0) missing.push(id);
    }
    return {
      rank: rank > 0 ? rank : null,
      activity: t.activity,
      score: reportScore(cell.score),
      ci95: ci95(cell),
      n: t.rows,
      respondents: t.respondents + t.anonymous,
      shortlist: rank > 0 && rank <= p.shortlist,
      feasibility: rank > 0 && rank <= p.feasibility,
      criteria: Object.fromEntries(criteria),
      missingCriteria: missing,
      flags: flagsOf(cell, p),
      segments: segOut[a] as Record<string, Record<string, SegmentScore>>,
    };
  });
  return { activities, segmentValues };
}

/**
 * Shows whether the ranking survives other reasonable weights: each run multiplies every
 * weight by its own factor drawn uniformly from [1 − spread, 1 + spread] and re-ranks from
 * the already normalised means, so runs cost arithmetic only and repeat exactly per seed.
 */
export function sensitivity(
  acc: RatingAccumulator,
  options: ScoreOptions,
  runs: number,
  seed: number,
  spread = 0.25,
): SensitivityResult {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  if (!Number.isFinite(spread) || spread < 0 || spread >= 1) throw new RangeError(`spread must be in [0, 1), got ${spread}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a number, got ${seed}`);
  const p = prepare(acc, options);
  const tallies = acc.tallies();
  const na = tallies.length;
  const nc = p.nc;
  const nameRank = nameRanks(tallies.map((t) => t.activity));

  const norms = new Float64Array(na * nc);
  for (let a = 0; a < na; a++) fillNorms((tallies[a] as ActivityTally).moments, p, norms, a * nc);

  const scores = new Float64Array(na);
  for (let a = 0; a < na; a++) scores[a] = weightedScore(norms, a * nc, p.weights, nc);
  const baseRanks = new Int32Array(na);
  const baseOrder = rankInto(scores, nameRank, baseRanks);

  const random = mulberry32(seed);
  const weights = new Float64Array(nc);
  const ranks = new Int32Array(na);
  const histogram = new Int32Array(na * na); // [activity][rank − 1]
  const inShort = new Int32Array(na);
  const inFeas = new Int32Array(na);
  const keys = new Float64Array(na);
  const scratch: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (let c = 0; c < nc; c++) weights[c] = (p.weights[c] as number) * (1 + spread * (2 * random() - 1));
    for (let a = 0; a < na; a++) scores[a] = weightedScore(norms, a * nc, weights, nc);
    rankInto(scores, nameRank, ranks, keys, scratch);
    for (let a = 0; a < na; a++) {
      const rank = ranks[a] as number;
      if (rank === 0) continue;
      histogram[a * na + rank - 1] = (histogram[a * na + rank - 1] as number) + 1;
      if (rank <= p.shortlist) inShort[a] = (inShort[a] as number) + 1;
      if (rank <= p.feasibility) inFeas[a] = (inFeas[a] as number) + 1;
    }
  }

  const activities = baseOrder.map((a): SensitivityEntry => {
    const base = baseRanks[a] as number;
    const hist = histogram.subarray(a * na, (a + 1) * na);
    let seen = 0;
    let rankMin = 0;
    let rankMax = 0;
    for (let k = 0; k < na; k++) {
      const count = hist[k] as number;
      if (count === 0) continue;
      if (rankMin === 0) rankMin = k + 1;
      rankMax = k + 1;
      seen += count;
    }
    return {
      activity: (tallies[a] as ActivityTally).activity,
      rank: base > 0 ? base : null,
      inShortlist: (inShort[a] as number) / runs,
      inFeasibility: (inFeas[a] as number) / runs,
      rankMin: seen > 0 ? rankMin : null,
      rankMax: seen > 0 ? rankMax : null,
      rankMedian: seen > 0 ? histogramMedian(hist, seen) : null,
    };
  });
  return { runs, seed, spread, activities };
}

// ---------------------------------------------------------------------------------------
// Internals

function prepare(acc: RatingAccumulator, options: ScoreOptions): Prepared {
  const { scale } = options;
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || !(scale.max > scale.min)) {
    throw new RangeError(`scale must have min < max, got ${scale.min}–${scale.max}`);
  }
  const given = new Map<string, { weight: number; direction: Direction }>();
  for (const c of options.criteria) {
    if (given.has(c.id)) throw new RangeError(`criterion ${c.id} given twice`);
    if (!Number.isFinite(c.weight) || c.weight < 0) throw new RangeError(`weight of ${c.id} must be a number ≥ 0, got ${c.weight}`);
    given.set(c.id, c);
  }
  const ids = acc.criteria.map((c) => c.id);
  for (const id of given.keys()) {
    if (!ids.includes(id)) throw new RangeError(`criterion ${id} is not among the rated criteria`);
  }
  const weights = new Float64Array(ids.length);
  const cost: boolean[] = [];
  ids.forEach((id, c) => {
    const g = given.get(id);
    if (g === undefined) throw new RangeError(`no weight given for criterion ${id}`);
    weights[c] = g.weight;
    cost.push(g.direction === 'cost');
  });
  const shortlist = options.shortlist ?? 5;
  const feasibility = options.feasibility ?? 2;
  const lowN = options.lowN ?? 5;
  if (!Number.isInteger(shortlist) || shortlist < 1) throw new RangeError(`shortlist must be an integer ≥ 1, got ${shortlist}`);
  if (!Number.isInteger(feasibility) || feasibility < 0) throw new RangeError(`feasibility must be an integer ≥ 0, got ${feasibility}`);
  if (!Number.isInteger(lowN) || lowN < 0) throw new RangeError(`lowN must be an integer ≥ 0, got ${lowN}`);
  const by = (options.by ?? []).map((name) => {
    const j = acc.segmentNames.indexOf(name);
    if (j < 0) throw new RangeError(`unknown segment ${name}`);
    return j;
  });
  assertUnique(options.by ?? [], 'segment in by');
  return {
    nc: ids.length,
    ids,
    weights,
    cost,
    min: scale.min,
    max: scale.max,
    range: scale.max - scale.min,
    // A feasibility study only ever follows the shortlist.
    shortlist,
    feasibility: Math.min(feasibility, shortlist),
    lowN,
    by,
  };
}

/** Normalised criterion means (0 worst … 1 best), NaN where a criterion has no rating. */
function fillNorms(moments: Float64Array, p: Prepared, out: Float64Array, outOffset: number): void {
  for (let c = 0; c < p.nc; c++) {
    const mean = momentsMean(moments, c * MOMENT_STRIDE);
    out[outOffset + c] =
      mean === undefined ? Number.NaN : p.cost[c] ? (p.max - mean) / p.range : (mean - p.min) / p.range;
  }
}

/**
 * The one formula both the ranking and the sensitivity runs use, so that zero spread
 * reproduces the ranking bit for bit. NaN when no positively weighted criterion is rated.
 */
function weightedScore(norms: Float64Array, offset: number, weights: Float64Array, nc: number): number {
  let num = 0;
  let den = 0;
  for (let c = 0; c < nc; c++) {
    const w = weights[c] as number;
    if (w === 0) continue;
    const x = norms[offset + c] as number;
    if (x !== x) continue;
    num += w * x;
    den += w;
  }
  return den > 0 ? (100 * num) / den : Number.NaN;
}

/**
 * Delta method: the score is linear in the criterion means, so
 * se² = (100 / (Σw · (max − min)))² · Σ w² · sd² / n over the rated weighted criteria.
 */
function summarise(moments: Float64Array, rows: number, norms: Float64Array, normOffset: number, p: Prepared): Cell {
  const score = weightedScore(norms, normOffset, p.weights, p.nc);
  let den = 0;
  let varSum = 0;
  let ciUnreliable = false;
  let missingWeighted = false;
  for (let c = 0; c < p.nc; c++) {
    const w = p.weights[c] as number;
    if (w === 0) continue;
    const off = c * MOMENT_STRIDE;
    const n = momentsCount(moments, off);
    if (n === 0) {
      missingWeighted = true;
      continue;
    }
    den += w;
    const v = momentsVariance(moments, off);
    if (v === undefined) ciUnreliable = true;
    else varSum += (w * w * v) / n;
  }
  const se = den > 0 ? (100 / (den * p.range)) * Math.sqrt(varSum) : Number.NaN;
  return { score, se, ciUnreliable, missingWeighted, rows };
}

function flagsOf(cell: Cell, p: Prepared): ScoreFlag[] {
  const flags: ScoreFlag[] = [];
  if (Number.isNaN(cell.score)) flags.push('unscored');
  if (cell.missingWeighted) flags.push('missing_criteria');
  if (cell.rows < p.lowN) flags.push('low_n');
  if (cell.ciUnreliable && !Number.isNaN(cell.score)) flags.push('ci_unreliable');
  return flags;
}

function ci95(cell: Cell): [number, number] | null {
  if (Number.isNaN(cell.score)) return null;
  const half = Z95 * cell.se;
  return [round2(clamp100(cell.score - half)), round2(clamp100(cell.score + half))];
}

function clamp100(x: number): number {
  return x < 0 ? 0 : x > 100 ? 100 : x;
}

/**
 * Scores in hundredths, first rounded to 1e-6 so that summation-order noise cannot flip a
 * score across a rounding boundary. Ranks are shared exactly when these keys are equal.
 */
function tieKey(score: number): number {
  return Math.round(Math.round(score * 1e6) / 1e4);
}

function round2(x: number): number {
  return tieKey(x) / 100;
}

function reportScore(score: number): number | null {
  return Number.isNaN(score) ? null : round2(score);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const collator = new Intl.Collator('en');

/** Collation for display order; code units break the collator's ties so order never depends on input order. */
function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Position of each name in name order, so tie-breaking inside hot loops is an integer compare. */
function nameRanks(names: readonly string[]): Int32Array {
  const idx = names.map((_, i) => i).sort((i, j) => compareNames(names[i] as string, names[j] as string));
  const out = new Int32Array(names.length);
  idx.forEach((i, k) => {
    out[i] = k;
  });
  return out;
}

/**
 * Standard competition ranking ("1, 2, 2, 4") on scores equal to 0.01 (the reported
 * figure), best first, ties in name order, unscored (NaN) last with rank 0.
 * Returns the display order; `keys` and `scratch` let hot loops avoid allocating.
 */
function rankInto(
  scores: Float64Array,
  nameRank: Int32Array,
  ranks: Int32Array,
  keys: Float64Array = new Float64Array(scores.length),
  scratch: number[] = [],
): number[] {
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    keys[i] = Number.isNaN(s) ? Number.NEGATIVE_INFINITY : tieKey(s);
  }
  scratch.length = n;
  for (let i = 0; i < n; i++) scratch[i] = i;
  scratch.sort((i, j) => (keys[j] as number) - (keys[i] as number) || (nameRank[i] as number) - (nameRank[j] as number));
  // Two unscored keys give −∞ − −∞ = NaN, and `NaN || x` falls through to name order.
  let prevKey = Number.NaN;
  let prevRank = 0;
  for (let k = 0; k < n; k++) {
    const i = scratch[k] as number;
    const key = keys[i] as number;
    if (key === Number.NEGATIVE_INFINITY) {
      ranks[i] = 0;
      continue;
    }
    const rank = key === prevKey ? prevRank : k + 1;
    ranks[i] = rank;
    prevKey = key;
    prevRank = rank;
  }
  return scratch.slice();
}

function histogramMedian(hist: Int32Array, total: number): number {
  const kth = (k: number): number => {
    let seen = 0;
    for (let r = 0; r < hist.length; r++) {
      seen += hist[r] as number;
      if (seen > k) return r + 1;
    }
    return hist.length;
  };
  return total % 2 === 1 ? kth((total - 1) / 2) : (kth(total / 2 - 1) + kth(total / 2)) / 2;
}

function assertUnique(items: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) throw new RangeError(`duplicate ${what}: ${item}`);
    seen.add(item);
  }
}
