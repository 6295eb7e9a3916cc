/**
 * tree-assess as a library: every command is a typed function that takes parsed options
 * and returns its result, never printing. The CLI (`tree`) is a thin shell over these.
 *
 *   import { score } from 'tree-assess';
 *   const report = await score({ cwd: 'desa-sumber-rejo', by: ['gender'] });
 */
export { score, type ScoreRequest, type ScoreReport, type ScoredActivity } from './commands/score.js';
export { init, type InitRequest, type InitResult } from './commands/init.js';
export { example, type ExampleRequest, type ExampleResult } from './commands/example.js';
export { validate, type ValidateRequest, type ValidationReport, type FileReport } from './commands/validate.js';
export { openWorkspace, defaultWorkspace, type OpenOptions, type Workspace } from './io/workspace.js';
export { loadCatalogue, type CatalogueOptions } from './io/catalogue.js';
export type { Activity, Catalogue, Skill, SkillKind } from './core/catalogue.js';
export type { Assessment, CommunityProfile, Criterion, Opportunity, SurveyMapping } from './core/assessment.js';
export type { ActivityScore, CriterionSummary, ScoreFlag, SegmentScore } from './core/score/types.js';
export type { Config, ConfigFlags } from './config.js';
export type { ContextOptions } from './context.js';
export type { Encoding } from './io/csv/decode.js';
export type { Lang } from './i18n/index.js';
export {
  DataError,
  ExitCode,
  InputError,
  InternalError,
  InterruptedError,
  OutputError,
  TreeError,
  UsageError,
  type Problem,
} from './errors.js';
