/** The result of scoring, as `score()` returns it and `tree score --json` prints it. */
import type { Problem } from '../../errors.js';
import type { ActivityScore, SensitivityEntry } from './types.js';

export interface ScoredActivity extends ActivityScore {
  /** The opportunity's name in the report language, when the workspace lists it. */
  name: string;
  sensitivity?: Omit<SensitivityEntry, 'activity' | 'rank'>;
}

/** The documented JSON shape (README, "tree score"). */
export interface ScoreReport {
  activities: ScoredActivity[];
  meta: {
    files: string[];
    /** The encoding each file was read in, by its name in `files`: `utf-8`, `windows-1252`, `utf-16le` or `utf-16be`. */
    encodings: Record<string, string>;
    /** Data rows read. */
    rows: number;
    /** Ratings used: rows with at least one rating (long), row × activity pairs (wide). */
    ratings: number;
    /** Cells and rows skipped with skipInvalid. */
    skipped: number;
    scale: [number, number];
    /** Each criterion's scale [min, max], present when some criterion has its own (criteria[].scale). */
    scales?: Record<string, [number, number]>;
    weights: Record<string, number>;
    directions: Record<string, 'benefit' | 'cost'>;
    shortlist: number;
    feasibility: number;
    minN: number;
    /** Whether activities with fewer than `minN` ratings may enter the shortlist. */
    allowLowN: boolean;
    by: string[];
    segments: Record<string, string[]>;
    ci: string;
    sensitivity?: { runs: number; seed: number; spread: number };
    /** What is worth knowing but did not stop the run (columns not used, cells skipped). */
    warnings: Problem[];
  };
}

/**
 * Distinct activities a rating survey may name, over all its files: every command reading
 * a survey stops at the first value past it (exit 3), naming the column. A TREE
 * assessment screens tens of candidates; thousands mean the activity column is the wrong
 * one (a submission id, a date, a name), and each activity costs a tally and a row of the
 * ranking, so the limit also bounds memory, output, and the sensitivity analysis, whose
 * rank histogram grows with activities² (16 MB at the limit).
 */
export const MAX_DISTINCT_ACTIVITIES = 2000;

/** Allowed ranges and defaults of the scoring settings, shared by the flags and the typed function. */
export const SCORE_LIMITS = {
  shortlist: { min: 2, max: 5, default: 5 },
  feasibility: { min: 1, max: 2, default: 2 },
  minN: { min: 1, max: 1_000_000, default: 5 },
  runs: { min: 10, max: 100_000, default: 1000 },
  seed: { min: 0, max: 2 ** 31 - 1, default: 1 },
  /** Percent on the command line; a fraction (0–0.9) in the typed function and the JSON. */
  spreadPercent: { min: 0, max: 90, default: 25 },
} as const;

export const CI_METHOD =
  "delta method: score ± 1.96·se, se² = (100/Σw)²·Σ w²·sd²/(n·(max−min)²), max−min the range of each criterion's scale, clipped to 0–100";
