/**
 * tree-assess as a library: every command is a typed function that takes parsed options
 * and returns its result, never printing. The CLI (`tree`) is a thin shell over these.
 *
 *   import { score } from 'tree-assess';
 *   const report = await score({ cwd: 'desa-sumber-rejo', by: ['gender'] });
 */

export {
  type AssessAnswers,
  type AssessRequest,
  type AssessResult,
  assess,
  finishAssessment,
  openAssessment,
} from './commands/assess.js';
export { type ExampleRequest, type ExampleResult, example } from './commands/example.js';
export {
  type FormFile,
  type FormFormat,
  type FormKind,
  type FormModel,
  type FormOutput,
  type FormRequest,
  type FormResult,
  form,
} from './commands/form.js';
export { type InitRequest, type InitResult, init } from './commands/init.js';
export { type NeedsReport, type NeedsRequest, needs } from './commands/needs.js';
export { type PartnersReport, type PartnersRequest, partners } from './commands/partners.js';
export {
  type ReportModel,
  type ReportPart,
  type ReportRequest,
  type ReportSplit,
  type ReportSplitRequest,
  type RowFilter,
  report,
  reportSplit,
} from './commands/report.js';
export { type ScoredActivity, type ScoreReport, type ScoreRequest, score } from './commands/score.js';
export { type FileReport, type ValidateRequest, type ValidationReport, validate } from './commands/validate.js';
export type { Config, ConfigFlags } from './config.js';
export type { ContextOptions } from './context.js';
export type { Assessment, CommunityProfile, Criterion, Opportunity, SurveyMapping } from './core/assessment.js';
export type { Activity, Catalogue, Requirement, Skill, SkillKind, SkillLevel, SkillRef } from './core/catalogue.js';
export type { ActivityScore, CriterionSummary, ScoreFlag, SegmentScore } from './core/score/types.js';
export {
  DataError,
  ExitCode,
  InputError,
  InternalError,
  InterruptedError,
  OutputError,
  type Problem,
  TreeError,
  UsageError,
} from './errors.js';
export type { Lang } from './i18n/index.js';
export { type CatalogueOptions, loadCatalogue } from './io/catalogue.js';
export type { Encoding } from './io/csv/decode.js';
export { defaultWorkspace, type OpenOptions, openWorkspace, type Workspace } from './io/workspace.js';
