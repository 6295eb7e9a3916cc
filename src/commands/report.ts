/**
 * `tree report` as a function: the whole assessment as data (see core/report/model.ts),
 * from the workspace and the typed functions of score, needs and partners. Rendering to
 * Markdown, HTML, CSV or JSON is the caller's (the CLI uses render/report.ts).
 */
import type { ContextOptions, RowFilter } from '../context.js';
import type { Assessment } from '../core/assessment.js';
import { buildReportModel, type ReportModel } from '../core/report/model.js';
import { CI_METHOD } from '../core/score/report.js';
import { DataError, InputError, type Problem, UsageError } from '../errors.js';
import { surveySpecs } from '../io/survey/columns.js';
import { HOUSEHOLD_FIELDS, householdColumn } from '../io/survey/households.js';
import { segmentColumn } from '../io/survey/read.js';
import { type ColumnValue, columnValues } from '../io/survey/split.js';
import { listedFiles, openWorkspace } from '../io/workspace.js';
import { type NeedsReport, needs } from './needs.js';
import { partners } from './partners.js';
import { type ScoreReport, score } from './score.js';

export type { ReportModel, RowFilter };

export interface ReportRequest extends ContextOptions {
  workspace?: string;
  /** Runs of the weight-sensitivity analysis (default 500; 0 leaves the section out). */
  sensitivityRuns?: number;
  /** The date printed on the report (default: today). */
  generated?: string;
  /** With `where`: the name of the part on the cover (default: `where.value`). */
  label?: string;
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

type Missing = { missing: string };

/**
 * The ranking, the ranking by gender and the weight sensitivity. One read of the survey
 * gives all three when it can (the ranking is the same with a segment and a sensitivity
 * analysis added); when that read fails, each is asked for apart, so that a gender column
 * that is not there, say, leaves only its own section out.
 */
async function rankings(
  request: Parameters<typeof score>[0],
  gender: boolean,
  runs: number,
  hint: { ranking: string; gender: string; sensitivity: string },
): Promise<{ ranking: ScoreReport | Missing; byGender: ScoreReport | Missing; sensitivity: ScoreReport | Missing }> {
  const noRuns = { missing: hint.sensitivity };
  try {
    const all = await score({
      ...request,
      ...(gender ? { by: ['gender'] } : {}),
      ...(runs > 0 ? { sensitivity: { runs } } : {}),
    });
    return { ranking: all, byGender: gender ? all : { missing: hint.gender }, sensitivity: runs > 0 ? all : noRuns };
  } catch {
    // Asked apart below: each section says what is wrong with it, or the error is thrown.
  }
  const ranking = await step(() => score(request), hint.ranking);
  if ('missing' in ranking) return { ranking, byGender: ranking, sensitivity: ranking };
  const byGender = gender
    ? await step(() => score({ ...request, by: ['gender'] }), hint.gender)
    : { missing: hint.gender };
  const sensitivity = runs > 0 ? await step(() => score({ ...request, sensitivity: { runs } }), hint.ranking) : noRuns;
  return { ranking, byGender, sensitivity };
}

/** The assessment with the part of the survey a report is about (`where`) on its cover. */
function coverOf(assessment: Assessment, where: RowFilter | undefined, label: string | undefined): Assessment {
  if (where === undefined) return assessment;
  const name = label ?? where.value;
  const community = assessment.community ?? {};
  const village =
    where.field === 'village'
      ? name
      : `${community.village === undefined ? '' : `${community.village} · `}${where.field}: ${name}`;
  return { ...assessment, community: { ...community, village } };
}

/** The report of one workspace (with `where`, of one village of its survey files). */
export async function report(request: ReportRequest = {}): Promise<ReportModel> {
  const ws = await openWorkspace({ ...request, required: true });
  const { ctx } = ws;
  const base = {
    cwd: ctx.cwd,
    env: ctx.env,
    lang: ctx.lang,
    workspace: ws.file as string,
    ...(ctx.where === undefined ? {} : { where: ctx.where }),
  };
  const files = ws.config.survey.files ?? [];
  const panel = files.includes('data/assess-ratings.csv');
  const scoreBase = { ...base, ...(panel ? { minN: 1 } : {}) };
  const gender = ws.config.survey.columns?.segments?.['gender'] !== undefined;
  const { ranking, byGender, sensitivity } = await rankings(scoreBase, gender, request.sensitivityRuns ?? 500, {
    ranking: ctx.t('report.hint.ranking'),
    gender: ctx.t('report.hint.gender'),
    sensitivity: ctx.t('report.hint.sensitivity'),
  });
  // Needs and partners for the shortlist: the workspace's, else the one just ranked.
  const saved = ws.assessment?.shortlist?.activities ?? [];
  const ranked = 'missing' in ranking ? [] : ranking.activities.filter((x) => x.shortlist).map((x) => x.activity);
  const scope = saved.length > 0 ? saved : ranked;
  const scoped = { ...base, ...(scope.length > 0 ? { activities: scope } : {}) };
  let needsResult: NeedsReport | Missing = await step(() => needs(scoped), ctx.t('report.hint.needs'));
  // One village with no household rows: its needs are to be collected, not all zero.
  if (ctx.where !== undefined && !('missing' in needsResult) && needsResult.meta.rows === 0) {
    const none = ctx.t('report.noRowsWhere', {
      what: ctx.t('report.what.households'),
      field: ctx.where.field,
      value: request.label ?? ctx.where.value,
    });
    needsResult = { missing: `${none} ${ctx.t('report.hint.needs')}` };
  }
  const given = needsResult;
  // The needs just worked out are the partners' too: the household survey is read once.
  const partnersResult =
    ctx.where !== undefined && 'missing' in given
      ? given
      : await step(
          () => partners({ ...scoped, ...('missing' in given ? {} : { needs: given }) }),
          ctx.t('report.hint.partners'),
        );
  return buildReportModel(
    {
      lang: ctx.lang,
      generated: request.generated ?? new Date().toISOString().slice(0, 10),
      assessment: coverOf(ws.assessment ?? { version: 1 }, ctx.where, request.label),
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

export interface ReportSplitRequest extends ContextOptions {
  workspace?: string;
  /** The column to split the survey files by: `village`, or another segment (gender, age, a mapped one). */
  field: string;
}

/** One report's part of the survey files: what to give report() as `where` and `label`. */
export interface ReportPart {
  where: RowFilter;
  /** The value as first spelled; for rows with an empty cell, "(blank)" in the language. */
  label: string;
  /** Rows of it in the rating survey and in the household survey. */
  ratings: number;
  households: number;
}

export interface ReportSplit {
  /** The workspace's assessment.json, to give report() with each part. */
  workspace: string;
  field: string;
  /** Sorted by label; the blank part, if any, last. */
  parts: ReportPart[];
  /** The survey files read, as shown in messages. */
  files: string[];
  /** Rows with an empty cell, and where the first is (file:line): they make a part of their own. */
  blank?: { rows: number; at: string };
}

/**
 * The parts a workspace's survey files split into by one column (`tree report --by
 * village`): one pass over the rating survey (survey.files) and the household survey
 * (needs.files), values compared as the row filter compares them (case and spacing aside)
 * and named as first spelled. A file without the column, or with two candidates for it,
 * is a usage error saying how to map it.
 */
export async function reportSplit(request: ReportSplitRequest): Promise<ReportSplit> {
  const { where: _, ...options } = request;
  const ws = await openWorkspace({ ...options, required: true });
  const { ctx } = ws;
  const field = request.field;
  const sources = [
    ...(await listedFiles(ws, ws.assessment?.survey?.files)).map((file) => ({ file, kind: 'ratings' as const })),
    ...(await listedFiles(ws, ws.assessment?.needs?.files)).map((file) => ({ file, kind: 'households' as const })),
  ];
  if (sources.length === 0) throw new UsageError(ctx.t('report.byNoFiles', { field }));
  const map = ws.assessment?.needs?.columns ?? {};
  const values = new Map<string, ColumnValue & { ratings: number; households: number }>();
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const { file, kind } of sources) {
    const read = await columnValues(ctx, file, (header) =>
      kind === 'ratings' ? segmentColumn(header, ws.config, field) : householdColumn(header, field, map),
    );
    files.push(read.scan.file);
    problems.push(...read.scan.problems);
    const m = read.match;
    const mapping = kind === 'ratings' ? `survey.columns.segments.${field}` : `needs.columns.${field}`;
    if (m?.kind === 'ambiguous') {
      const header = read.scan.header;
      const columns = m.indexes.map((i) => `"${header[i]}" (${i + 1})`).join(', ');
      throw new UsageError(ctx.t('report.byAmbiguous', { file: read.scan.file, field, columns, mapping }));
    }
    if (m !== undefined && m.kind !== 'found') {
      const names =
        m.kind === 'mappedMissing'
          ? [m.column]
          : kind === 'ratings'
            ? (surveySpecs(ws.config.criteria, ws.config.survey.columns, [field]).segments[0]?.spec.names ?? [field])
            : [field, ...(HOUSEHOLD_FIELDS.find((f) => f.id === field)?.aliases ?? [])];
      const candidates = [...new Set(names)].map((n) => `"${n}"`).join(', ');
      throw new UsageError(ctx.t('report.byNoColumn', { file: read.scan.file, field, candidates, mapping }));
    }
    for (const [key, v] of read.values) {
      let seen = values.get(key);
      if (seen === undefined) {
        seen = { ...v, rows: 0, ratings: 0, households: 0 };
        values.set(key, seen);
      }
      seen[kind] += v.rows;
    }
  }
  if (values.size === 0) throw new DataError(ctx.t('report.byNoValues', { field }), { problems });
  const blankRows = values.get('');
  const parts = [...values]
    .filter(([key]) => key !== '')
    .map(([, v]) => ({
      where: { field, value: v.value },
      label: v.value,
      ratings: v.ratings,
      households: v.households,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (blankRows !== undefined)
    parts.push({
      where: { field, value: '' },
      label: ctx.t('report.byBlank'),
      ratings: blankRows.ratings,
      households: blankRows.households,
    });
  return {
    workspace: ws.file as string,
    field,
    parts,
    files,
    ...(blankRows === undefined
      ? {}
      : { blank: { rows: blankRows.ratings + blankRows.households, at: `${blankRows.file}:${blankRows.line}` } }),
  };
}
