/** Arithmetic shared by scoring and the sensitivity analysis: weights, normalisation, ranks. */
import type { Direction } from '../assessment.js';
import type { Scale } from '../rating.js';
import { MOMENT_STRIDE, momentsCount, momentsMean, momentsVariance } from '../stats.js';
import { assertUnique, type RatingAccumulator } from './accumulator.js';
import type { ScoreFlag, ScoreOptions } from './types.js';

const Z95 = 1.96;

export interface Prepared {
  readonly nc: number;
  readonly ids: readonly string[];
  readonly weights: Float64Array;
  readonly cost: readonly boolean[];
  /** Per criterion: the lowest rating of its scale (its own, else the survey's) and max − min. */
  readonly mins: Float64Array;
  readonly ranges: Float64Array;
  readonly shortlist: number;
  readonly feasibility: number;
  readonly lowN: number;
  readonly by: readonly number[];
}

/** Figures of one cell (an activity, or an activity within a segment value), unrounded. */
export interface Cell {
  score: number; // NaN when unscored
  se: number;
  ciUnreliable: boolean;
  missingWeighted: boolean;
  rows: number;
}

export function prepare(acc: RatingAccumulator, options: ScoreOptions): Prepared {
  const { scale } = options;
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || !(scale.max > scale.min)) {
    throw new RangeError(`scale must have min < max, got ${scale.min}–${scale.max}`);
  }
  const given = new Map<string, { weight: number; direction: Direction; scale?: Scale | undefined }>();
  for (const c of options.criteria) {
    if (given.has(c.id)) throw new RangeError(`criterion ${c.id} given twice`);
    if (!Number.isFinite(c.weight) || c.weight < 0)
      throw new RangeError(`weight of ${c.id} must be a number ≥ 0, got ${c.weight}`);
    const own = c.scale;
    if (own && (!Number.isFinite(own.min) || !Number.isFinite(own.max) || !(own.max > own.min)))
      throw new RangeError(`scale of ${c.id} must have min < max, got ${own.min}–${own.max}`);
    given.set(c.id, c);
  }
  const ids = acc.criteria.map((c) => c.id);
  for (const id of given.keys()) {
    if (!ids.includes(id)) throw new RangeError(`criterion ${id} is not among the rated criteria`);
  }
  const weights = new Float64Array(ids.length);
  const cost: boolean[] = [];
  const mins = new Float64Array(ids.length);
  const ranges = new Float64Array(ids.length);
  ids.forEach((id, c) => {
    const g = given.get(id);
    if (g === undefined) throw new RangeError(`no weight given for criterion ${id}`);
    weights[c] = g.weight;
    cost.push(g.direction === 'cost');
    const own = g.scale ?? scale;
    mins[c] = own.min;
    ranges[c] = own.max - own.min;
  });
  normaliseWeights(weights);
  const shortlist = options.shortlist ?? 5;
  const feasibility = options.feasibility ?? 2;
  const lowN = options.lowN ?? 5;
  if (!Number.isInteger(shortlist) || shortlist < 1)
    throw new RangeError(`shortlist must be an integer ≥ 1, got ${shortlist}`);
  if (!Number.isInteger(feasibility) || feasibility < 0)
    throw new RangeError(`feasibility must be an integer ≥ 0, got ${feasibility}`);
  if (!Number.isInteger(lowN) || lowN < 0) throw new RangeError(`lowN must be an integer ≥ 0, got ${lowN}`);
  const byNames = options.by ?? [];
  const by = byNames.map((name) => {
    const j = acc.segmentNames.indexOf(name);
    if (j < 0) throw new RangeError(`unknown segment ${name}`);
    return j;
  });
  assertUnique(byNames, 'segment in by');
  return {
    nc: ids.length,
    ids,
    weights,
    cost,
    mins,
    ranges,
    // A feasibility study only ever follows the shortlist.
    shortlist,
    feasibility: Math.min(feasibility, shortlist),
    lowN,
    by,
  };
}

/**
 * Divides the weights by the largest, in place. Only their ratios matter, but sums of
 * weights of 1e308 overflow (every activity unscored), squares of 1e-200 underflow (an
 * interval of zero width) and 1e-320 is too small to divide by (NaN): with the largest
 * weight 1, every sum and square the formulas take stays in range, and scaling all weights
 * by any factor leaves every figure as it was. Weights 0 stay 0.
 */
export function normaliseWeights(weights: Float64Array): void {
  let max = 0;
  for (const w of weights) if (w > max) max = w;
  // All weights 0: nothing to scale, and dividing would make them 0 / 0 = NaN.
  if (max === 0) return;
  for (let c = 0; c < weights.length; c++) weights[c] = (weights[c] as number) / max;
}

/**
 * Normalised criterion means (0 worst … 1 best) on each criterion's own scale, NaN where a
 * criterion has no rating: `(mean − min) / (max − min)`, and for a cost `(max − mean) / (max − min)`.
 */
export function fillNorms(moments: Float64Array, p: Prepared, out: Float64Array, outOffset: number): void {
  for (let c = 0; c < p.nc; c++) {
    const mean = momentsMean(moments, c * MOMENT_STRIDE);
    const range = p.ranges[c] as number;
    // Stryker disable next-line ConditionalExpression: undefined − min is NaN as well; the test is for the types.
    const up = mean === undefined ? Number.NaN : (mean - (p.mins[c] as number)) / range;
    out[outOffset + c] = p.cost[c] ? 1 - up : up;
  }
}

/**
 * The one formula both the ranking and the sensitivity runs use, so that zero spread
 * reproduces the ranking bit for bit. NaN when no positively weighted criterion is rated.
 */
export function weightedScore(norms: Float64Array, offset: number, weights: Float64Array, nc: number): number {
  let num = 0;
  let den = 0;
  for (let c = 0; c < nc; c++) {
    const w = weights[c] as number;
    if (w === 0) continue;
    const x = norms[offset + c] as number;
    if (Number.isNaN(x)) continue;
    num += w * x;
    den += w;
  }
  // Nothing weighted and rated leaves 0 / 0, which is the NaN that marks an activity unscored.
  return (100 * num) / den;
}

/**
 * Delta method: the score is linear in the criterion means, each divided by its own
 * scale's range, so se² = (100 / Σw)² · Σ w² · sd² / (n · (max − min)²) over the rated
 * weighted criteria (one scale for all: (100 / (Σw · (max − min)))² · Σ w² · sd² / n).
 */
export function summarise(
  moments: Float64Array,
  rows: number,
  norms: Float64Array,
  normOffset: number,
  p: Prepared,
): Cell {
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
    const range = p.ranges[c] as number;
    if (v === undefined) ciUnreliable = true;
    else varSum += (w * w * v) / (n * range * range);
  }
  // With den 0 the score is NaN and no interval is given, so se is never read then.
  const se = (100 / den) * Math.sqrt(varSum);
  return { score, se, ciUnreliable, missingWeighted, rows };
}

export function flagsOf(cell: Cell, p: Prepared): ScoreFlag[] {
  const flags: ScoreFlag[] = [];
  if (Number.isNaN(cell.score)) flags.push('unscored');
  if (cell.missingWeighted) flags.push('missing_criteria');
  if (cell.rows < p.lowN) flags.push('low_n');
  // ciUnreliable needs a rated weighted criterion, so such a cell always has a score.
  if (cell.ciUnreliable) flags.push('ci_unreliable');
  return flags;
}

export function ci95(cell: Cell): [number, number] | null {
  if (Number.isNaN(cell.score)) return null;
  const half = Z95 * cell.se;
  return [round2(clamp100(cell.score - half)), round2(clamp100(cell.score + half))];
}

function clamp100(x: number): number {
  return Math.min(Math.max(x, 0), 100);
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

export function reportScore(score: number): number | null {
  return Number.isNaN(score) ? null : round2(score);
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const collator = new Intl.Collator('en');

/** Collation for display order; code units break the collator's ties so order never depends on input order. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Position of each name in name order, so tie-breaking inside hot loops is an integer compare. */
export function nameRanks(names: readonly string[]): Int32Array {
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
 * Returns the display order; `keys` and `scratch` let hot loops avoid allocating. The order
 * returned is `scratch` itself, so a caller that passes one uses the order before the next call.
 */
export function rankInto(
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
  scratch.sort(
    (i, j) => (keys[j] as number) - (keys[i] as number) || (nameRank[i] as number) - (nameRank[j] as number),
  );
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
  return scratch;
}
