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
}

export interface ValidationReport {
  valid: boolean;
  files: FileReport[];
  /** About the run itself, such as a broken workspace whose defaults stood in. */
  warnings: Problem[];
}
