/**
 * `tree report` as a function: the whole assessment as data (see core/report/model.ts),
 * from the workspace and the typed functions of score, needs and partners. Rendering to
 * Markdown, HTML, CSV or JSON is the caller's (the CLI uses render/report.ts).
 */
import type { ContextOptions } from '../context.js';
import { buildReportModel, type ReportModel } from '../core/report/model.js';
import { CI_METHOD } from '../core/score/report.js';
import { InputError, UsageError } from '../errors.js';
import { openWorkspace } from '../io/workspace.js';
import { needs } from './needs.js';
import { partners } from './partners.js';
import { score } from './score.js';

export type { ReportModel };

export interface ReportRequest extends ContextOptions {
  workspace?: string;
  /** Runs of the weight-sensitivity analysis (default 500; 0 leaves the section out). */
  sensitivityRuns?: number;
  /** The date printed on the report (default: today). */
  generated?: string;
}

/**
 * A step whose input is not there yet (no survey listed, a file not collected) is a
 * section saying what to do; bad data in an input that is there is still an error.
 */
async function step<T>(run: () => Promise<T>, hint: string): Promise<T | { missing: string }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) return { missing: `${error.message} ${hint}` };
    throw error;
  }
}

/** The report of one workspace. */
export async function report(request: ReportRequest = {}): Promise<ReportModel> {
  const ws = await openWorkspace({ ...request, required: true });
  const { ctx } = ws;
  const base = { cwd: ctx.cwd, env: ctx.env, lang: ctx.lang, workspace: ws.file as string };
  const files = ws.config.survey.files ?? [];
  const panel = files.includes('data/assess-ratings.csv');
  const scoreBase = { ...base, ...(panel ? { minN: 1 } : {}) };
  const ranking = await step(() => score(scoreBase), ctx.t('report.hint.ranking'));
  const gender = ws.config.survey.columns?.segments?.['gender'];
  const byGender =
    'missing' in ranking
      ? ranking
      : gender === undefined
        ? { missing: ctx.t('report.hint.gender') }
        : await step(() => score({ ...scoreBase, by: ['gender'] }), ctx.t('report.hint.gender'));
  const runs = request.sensitivityRuns ?? 500;
  const sensitivity =
    'missing' in ranking || runs === 0
      ? 'missing' in ranking
        ? ranking
        : { missing: ctx.t('report.hint.sensitivity') }
      : await step(() => score({ ...scoreBase, sensitivity: { runs } }), ctx.t('report.hint.ranking'));
  // Needs and partners for the shortlist: the workspace's, else the one just ranked.
  const saved = ws.assessment?.shortlist?.activities ?? [];
  const ranked = 'missing' in ranking ? [] : ranking.activities.filter((x) => x.shortlist).map((x) => x.activity);
  const scope = saved.length > 0 ? saved : ranked;
  const scoped = { ...base, ...(scope.length > 0 ? { activities: scope } : {}) };
  const needsResult = await step(() => needs(scoped), ctx.t('report.hint.needs'));
  const partnersResult = await step(() => partners(scoped), ctx.t('report.hint.partners'));
  return buildReportModel(
    {
      lang: ctx.lang,
      generated: request.generated ?? new Date().toISOString().slice(0, 10),
      assessment: ws.assessment ?? { version: 1 },
      criteria: ws.config.criteria,
      scale: ws.config.scale,
      ranking,
      byGender,
      sensitivity,
      needs: needsResult,
      partners: partnersResult,
      ci: CI_METHOD,
    },
    ctx.t('report.hint.gender'),
  );
}
