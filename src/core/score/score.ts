/**
 * The scoring of `tree score` (PRODUCT.md §6): the weighted 0–100 score with a 95% interval,
 * shared ranks, shortlist and feasibility marks, and per-segment breakdowns. Pure: no I/O.
 */
import { MOMENT_STRIDE, momentsCount, momentsMean, momentsSd } from '../stats.js';
import type { ActivityTally, RatingAccumulator, SegmentTally } from './accumulator.js';
import {
  type Cell,
  ci95,
  compareNames,
  fillNorms,
  flagsOf,
  nameRanks,
  prepare,
  rankInto,
  reportScore,
  round3,
  summarise,
} from './internals.js';
import { eligibility, eligibleRanks } from './shortlist.js';
import type { ActivityScore, CriterionSummary, ScoreOptions, ScoreResult, SegmentScore } from './types.js';

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
  const keys = new Float64Array(na);
  const order = rankInto(scores, nameRank, ranks, keys);
  // The shortlist and feasibility marks go to the best of the activities with enough ratings.
  const eligible = eligibility(
    tallies.map((t) => t.rows),
    p.lowN,
    options.allowLowN === true,
  );
  const shortRanks = new Int32Array(na);
  const passedOver = new Int32Array(na);
  eligibleRanks(order, keys, eligible, shortRanks, passedOver);

  // Per-segment scores and ranks among the activities rated in that segment value.
  // Segment names and values are the user's: objects keyed by them have no prototype, so
  // `constructor` is absent unless seen and `__proto__` is a plain key (JSON shows both).
  const segmentValues = dict<string[]>();
  const segOut = tallies.map(() => dict<Record<string, SegmentScore>>());
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
      rankInto(
        segScores,
        Int32Array.from(members, (a) => nameRank[a] as number),
        segRanks,
      );
      members.forEach((a, k) => {
        const cell = memberCells[k] as Cell;
        const rank = segRanks[k] as number;
        (perActivity[a] as [string, SegmentScore][]).push([
          value,
          {
            score: reportScore(cell.score),
            ci95: ci95(cell),
            n: cell.rows,
            rank: rank > 0 ? rank : null,
            flags: flagsOf(cell, p),
          },
        ]);
      });
    }
    perActivity.forEach((entries, a) => {
      const byValue = dict<SegmentScore>();
      for (const [value, figures] of entries) byValue[value] = figures;
      (segOut[a] as Record<string, Record<string, SegmentScore>>)[name] = byValue;
    });
  }

  const activities: ActivityScore[] = order.map((a) => {
    const t = tallies[a] as ActivityTally;
    const cell = cells[a] as Cell;
    const rank = ranks[a] as number;
    const shortRank = shortRanks[a] as number;
    const held = passedOver[a] as number;
    const criteria: [string, CriterionSummary][] = [];
    const missing: string[] = [];
    for (let c = 0; c < p.nc; c++) {
      const off = c * MOMENT_STRIDE;
      const n = momentsCount(t.moments, off);
      const mean = momentsMean(t.moments, off);
      const sd = momentsSd(t.moments, off);
      const id = p.ids[c] as string;
      criteria.push([
        id,
        { n, mean: mean === undefined ? null : round3(mean), sd: sd === undefined ? null : round3(sd) },
      ]);
      if (n === 0) missing.push(id);
    }
    return {
      rank: rank > 0 ? rank : null,
      activity: t.activity,
      score: reportScore(cell.score),
      ci95: ci95(cell),
      n: t.rows,
      respondents: t.respondents + t.anonymous,
      shortlist: shortRank > 0 && shortRank <= p.shortlist,
      feasibility: shortRank > 0 && shortRank <= p.feasibility,
      heldBack: held > 0 && held <= p.shortlist,
      criteria: Object.assign(dict<CriterionSummary>(), Object.fromEntries(criteria)),
      missingCriteria: missing,
      flags: flagsOf(cell, p),
      segments: segOut[a] as Record<string, Record<string, SegmentScore>>,
    };
  });
  return { activities, segmentValues };
}

/** An object without a prototype, for keys that come from users and files. */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
