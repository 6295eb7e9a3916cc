/** What the scoring core returns and takes (the JSON of `tree score` is built from these). */
import type { Criterion } from '../assessment.js';
import type { Scale } from '../rating.js';

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
  /** On the shortlist: among the top `shortlist` of the activities with enough ratings (see `allowLowN`). */
  shortlist: boolean;
  /** Marked for a feasibility study: among the top `feasibility` of those same activities. */
  feasibility: boolean;
  /**
   * Its score would put it on the shortlist, but it has fewer rated rows than `lowN` (and
   * `allowLowN` is off), so it was passed over.
   */
  heldBack: boolean;
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
  /** Weights, directions and each one's own scale (if any); matched to the accumulator's criteria by id. */
  criteria: readonly Pick<Criterion, 'id' | 'weight' | 'direction' | 'scale'>[];
  /** The scale of every criterion that has none of its own. */
  scale: Scale;
  /** Ranks that make the shortlist (default 5). TREE asks for 2–5; the CLI enforces that. */
  shortlist?: number;
  /** Ranks marked for a feasibility study (default 2). */
  feasibility?: number;
  /** Fewer rated rows than this raise `low_n` (default 5). */
  lowN?: number;
  /**
   * Let activities flagged `low_n` into the shortlist and the feasibility marks (default
   * false: they stay in the ranking but are passed over).
   */
  allowLowN?: boolean;
  /** Segment names to break down; each must be one of the accumulator's segment names. */
  by?: readonly string[];
}

export interface SensitivityEntry {
  activity: string;
  /** Rank with the weights as given. */
  rank: number | null;
  /** Fraction of runs in which the activity made the shortlist (by the same rule as the ranking: never when passed over for `low_n`). */
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
