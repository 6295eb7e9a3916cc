/**
 * `tree needs` as a function: reads the household / trainee survey, counts for each
 * activity in scope who wants it and which of its required skills they lack, and returns
 * the training-need report. No printing: warnings come back in `meta.warnings`.
 */
import type { ContextOptions } from '../context.js';
import { activityName, activityResolver } from '../core/activities.js';
import { YOUTH_AGE } from '../core/assess/answers.js';
import type { Catalogue } from '../core/catalogue.js';
import { NeedsAccumulator } from '../core/needs/analysis.js';
import { askedFor, buildActivities, type NeedsReport, type RequiredSkill } from '../core/needs/report.js';
import { MAX_DISTINCT_ACTIVITIES } from '../core/score/report.js';
import { DataError, type Problem, UsageError } from '../errors.js';
import { workspaceCatalogue } from '../io/catalogue.js';
import type { Encoding } from '../io/csv/decode.js';
import { checkCsvSettings } from '../io/csv/options.js';
import { expandInputs } from '../io/files.js';
import { readHouseholds } from '../io/survey/households.js';
import { openWorkspace, type Workspace } from '../io/workspace.js';

export type { NeedsReport };

export const NEEDS_LIMITS = {
  lackingAtMost: { min: 1, max: 4, default: 2 },
  groupSize: { min: 2, max: 200, default: 20 },
} as const;

export interface NeedsRequest extends ContextOptions {
  /** Household survey CSV files or globs ("-" for stdin); default: `needs.files` of the workspace. */
  files?: readonly string[];
  workspace?: string;
  /** Activities to analyse (ids, names or synonyms); default: the workspace's shortlist, else all asked for. */
  activities?: readonly string[];
  /** A self-rating at most this is a lack (default 2 on 1–5). */
  lackingAtMost?: number;
  /** People per training group (default 20). */
  groupSize?: number;
  /** Field → column, over the workspace's `needs.columns`. */
  map?: Readonly<Record<string, string>>;
  delimiter?: string;
  encoding?: Encoding;
  onWarning?: (warning: Problem) => void;
  onProgress?: (progress: { file: string; rows: number; bytes: number }) => void;
  /** Told the files before any is read (the CLI checks -o against them). */
  beforeRead?: (files: readonly string[]) => void | Promise<void>;
}

function checkRange(
  ws: Workspace,
  flag: string,
  value: number | undefined,
  r: { min: number; max: number; default: number },
) {
  if (value === undefined) return r.default;
  if (!Number.isInteger(value) || value < r.min || value > r.max)
    throw new UsageError(ws.ctx.t('flag.badInteger', { flag, value: String(value), min: r.min, max: r.max }));
  return value;
}

async function surveyFiles(ws: Workspace, given: readonly string[] | undefined): Promise<string[]> {
  if (given !== undefined && given.length > 0) return expandInputs(ws.ctx, given);
  const listed = ws.assessment?.needs?.files ?? [];
  if (listed.length === 0 || ws.file === undefined) throw new UsageError(ws.ctx.t('needs.noFiles'));
  return expandInputs(
    ws.ctx,
    listed.map((f) => ws.resolve(f)),
  );
}

/** The skills an activity requires, by kind, as the catalogue lists them. */
function requiredSkills(catalogue: Catalogue, id: string | undefined): RequiredSkill[] {
  const activity = id === undefined ? undefined : catalogue.activityById(id);
  if (!activity) return [];
  return catalogue.requirementsOf(activity).map((r) => ({
    id: r.skill.id,
    kind: r.kind,
    name: r.skill.label,
    ...(r.level === undefined ? {} : { level: r.level }),
    ...(r.hours === undefined ? {} : { hours: r.hours }),
  }));
}

/**
 * The training-need report: the typed function behind `tree needs`. Reads every file once,
 * streaming; invalid data is a DataError listing every problem (file:line:column).
 */
export async function needs(request: NeedsRequest = {}): Promise<NeedsReport> {
  const ws = await openWorkspace(request);
  const { ctx } = ws;
  const settings = ws.assessment?.needs ?? {};
  const lackingAtMost = checkRange(
    ws,
    '--lacking-at-most',
    request.lackingAtMost ?? settings.lackingAtMost,
    NEEDS_LIMITS.lackingAtMost,
  );
  const groupSize = checkRange(ws, '--group-size', request.groupSize ?? settings.groupSize, NEEDS_LIMITS.groupSize);
  checkCsvSettings(ctx, request);
  const catalogue = await workspaceCatalogue(ws);
  const opportunities = ws.assessment?.opportunities ?? [];
  const byWorkspace = activityResolver(opportunities);
  // A survey value: a workspace opportunity (id, alias, name), else a catalogue activity (id, name, synonym).
  const resolve = (value: string): string => {
    const o = byWorkspace(value);
    if (o !== value || opportunities.some((x) => x.id === value)) return o;
    return catalogue.activityByName(value)?.id ?? value;
  };
  const catalogueOf = (id: string): string | undefined =>
    opportunities.find((o) => o.id === id)?.catalogue ?? catalogue.activityById(id)?.id;
  const known = (id: string) => catalogueOf(id) !== undefined || opportunities.some((o) => o.id === id);
  let scope: string[] | undefined;
  let scopeFrom: NeedsReport['meta']['scope'] = 'all';
  if (request.activities !== undefined && request.activities.length > 0) {
    const unknown = request.activities.filter((a) => !known(resolve(a)));
    if (unknown.length > 0) throw new UsageError(ctx.t('needs.unknownActivities', { names: unknown.join(', ') }));
    scope = [...new Set(request.activities.map(resolve))];
    scopeFrom = 'activities';
  } else if ((ws.assessment?.shortlist?.activities ?? []).length > 0) {
    scope = [...new Set((ws.assessment?.shortlist?.activities ?? []).map(resolve))];
    scopeFrom = 'shortlist';
  }
  const youth = ws.assessment?.targetGroups?.youthAge ?? YOUTH_AGE;
  const acc = new NeedsAccumulator(
    {
      lackingAtMost,
      youth,
      resolve,
      requires: (id) => requiredSkills(catalogue, catalogueOf(id)).map((s) => s.id),
      maxActivities: MAX_DISTINCT_ACTIVITIES,
    },
    known,
  );
  const files = await surveyFiles(ws, request.files);
  await request.beforeRead?.(files);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let omitted = 0;
  let rows = 0;
  const shownFiles: string[] = [];
  const map = { ...(settings.columns ?? {}), ...(request.map ?? {}) };
  for (const file of files) {
    let r: Awaited<ReturnType<typeof readHouseholds>>;
    try {
      r = await readHouseholds(ctx, file, catalogue.skills, (p) => acc.add(p), {
        map,
        ...(request.delimiter ? { delimiter: request.delimiter } : {}),
        ...(request.encoding ? { encoding: request.encoding } : {}),
        ...(request.onProgress
          ? { onProgress: (f: string, n: number, b: number) => request.onProgress?.({ file: f, rows: n, bytes: b }) }
          : {}),
      });
    } catch (error) {
      if (error instanceof RangeError)
        throw new DataError(ctx.t('needs.tooManyActivities', { file, max: MAX_DISTINCT_ACTIVITIES }));
      throw error;
    }
    shownFiles.push(r.file);
    rows += r.rows;
    problems.push(...r.problems);
    omitted += r.moreProblems;
    warnings.push(...r.warnings);
    if (r.problems.length === 0 && r.rows > 0 && r.skillsFound.length === 0)
      warnings.push({ file: r.file, message: ctx.t('needs.noSkillColumns') });
  }
  if (problems.length > 0)
    throw new DataError(ctx.t('needs.invalidInput', { count: problems.length + omitted }), { problems, omitted });
  const unmatched = [...acc.unmatched]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  if (unmatched.length > 0)
    warnings.push({
      message: ctx.t('needs.unmatched', { list: unmatched.map((u) => `${u.value} (${u.count})`).join(', ') }),
    });
  for (const w of warnings) request.onWarning?.(w);
  const targets = ws.assessment?.targetGroups?.inclusionTargets ?? {};
  const activities = buildActivities(acc, {
    scope: scope ?? askedFor(acc),
    lang: ctx.lang,
    groupSize,
    targets,
    name: (id) => {
      if (opportunities.some((o) => o.id === id)) return activityName(id, opportunities, ctx.lang);
      return catalogue.activityById(id)?.name[ctx.lang] ?? id;
    },
    catalogueId: catalogueOf,
    required: (id) => requiredSkills(catalogue, catalogueOf(id)),
  });
  return {
    activities,
    meta: {
      files: shownFiles,
      rows,
      people: acc.people,
      scope: scopeFrom,
      lackingAtMost,
      groupSize,
      youth: { min: youth.min, max: youth.max },
      targets: { ...targets },
      unmatched,
      warnings,
    },
  };
}
