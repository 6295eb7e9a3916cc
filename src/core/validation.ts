/** What `validate()` returns and `tree validate --json` prints. */
import type { Problem } from '../errors.js';

export interface FileReport {
  file: string;
  kind: 'assessment' | 'ratings' | 'partners' | 'csv' | 'unknown';
  valid: boolean;
  /** What was found, in a few words: "rating survey, 240 rows, 29 columns". */
  summary: string;
  rows?: number;
  /** A CSV's encoding as read: `utf-8`, `windows-1252`, `utf-16le` or `utf-16be`. */
  encoding?: string;
  problems: Problem[];
  /** Problems past the per-file limit: counted, not listed. */
  omitted: number;
  /** Worth knowing, but the file is still valid (a mapped segment column is absent, ...). */
  warnings: Problem[];
  /** A rating survey: how `tree score` reads it (absent when its columns could not be laid out). */
  survey?: SurveyLayoutReport;
}

/** A survey's layout as shown to users: column names, not indexes. */
export interface SurveyLayoutInfo {
  format: 'long' | 'wide';
  /** The activity column (long format); null in the wide format, whose columns name activities. */
  activity: string | null;
  respondent: string | null;
  /** Criterion id → its column (long), or the first column rating it (wide); null when not found. */
  criteria: Record<string, string | null>;
  /** Segment name → its column (the common ones found, and every mapped one). */
  segments: Record<string, string | null>;
  /** Wide format: how many columns hold ratings (0 in the long format). */
  columns: number;
  /** Wide format: the column-name pattern used. */
  pattern?: string;
}

/** What validate detected in a rating survey, exactly as score reads it. */
export interface SurveyLayoutReport extends SurveyLayoutInfo {
  /** `utf-8`, `windows-1252`, `utf-16le` or `utf-16be`. */
  encoding: string;
  delimiter: string;
  rows: number;
  ratings: number;
  /** Distinct activities: values of the activity column, or activities named by wide columns. */
  activities: number;
  /** Answer words in rating cells with no number on the scale (for survey.scale.labels). */
  unknownAnswers?: string[];
}

export interface ValidationReport {
  valid: boolean;
  files: FileReport[];
  /** About the run itself, such as a broken workspace whose defaults stood in. */
  warnings: Problem[];
}
