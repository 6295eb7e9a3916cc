/** Rank stability under perturbed weights (`tree score --sensitivity`). Pure: no I/O. */
import { mulberry32 } from '../stats.js';
import type { ActivityTally, RatingAccumulator } from './accumulator.js';
import { fillNorms, nameRanks, prepare, rankInto, weightedScore } from './internals.js';
import { eligibility, eligibleRanks } from './shortlist.js';
import type { ScoreOptions, SensitivityEntry, SensitivityResult } from './types.js';

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
  if (!Number.isFinite(spread) || spread < 0 || spread >= 1)
    throw new RangeError(`spread must be in [0, 1), got ${spread}`);
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
  const eligible = eligibility(
    tallies.map((t) => t.rows),
    p.lowN,
    options.allowLowN === true,
  );
  const shortRanks = new Int32Array(na);
  const inShort = new Int32Array(na);
  const inFeas = new Int32Array(na);
  const keys = new Float64Array(na);
  const scratch: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (let c = 0; c < nc; c++) weights[c] = (p.weights[c] as number) * (1 + spread * (2 * random() - 1));
    for (let a = 0; a < na; a++) scores[a] = weightedScore(norms, a * nc, weights, nc);
    const order = rankInto(scores, nameRank, ranks, keys, scratch);
    eligibleRanks(order, keys, eligible, shortRanks);
    for (let a = 0; a < na; a++) {
      const rank = ranks[a] as number;
      if (rank === 0) continue;
      histogram[a * na + rank - 1] = (histogram[a * na + rank - 1] as number) + 1;
      const shortRank = shortRanks[a] as number;
      if (shortRank === 0) continue;
      if (shortRank <= p.shortlist) inShort[a] = (inShort[a] as number) + 1;
      if (shortRank <= p.feasibility) inFeas[a] = (inFeas[a] as number) + 1;
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
