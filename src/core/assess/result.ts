import type { Problem } from '../../errors.js';
import type { ScoreReport } from '../score/report.js';
import type { AssessAnswers } from './answers.js';

/** What `assess()` and `finishAssessment()` return, and `tree assess --json` prints. */
export interface AssessResult {
  /** assessment.json and the progress file, as paths from cwd. */
  workspace: string;
  progress: string;
  /** The panel's ratings CSV, when ratings were entered. */
  ratings?: string;
  answers: AssessAnswers;
  /** The ranking of `tree score` on the workspace's survey files; undefined when there are none yet. */
  ranking?: ScoreReport;
  /** Why there is no ranking (no ratings yet, a survey file not collected yet). */
  rankingMissing?: Problem;
  /** The shortlist saved in assessment.json. */
  shortlist?: { activities: string[]; feasibility: string[] };
}
