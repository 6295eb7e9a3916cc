/**
 * `tree needs` as a function: reads the household / trainee survey, counts for each
 * activity in scope who wants it and which of its required skills they lack, and returns
 * the training-need report. No printing: warnings come back in `meta.warnings`.
 */
import os from 'node:os';
import type { ContextOptions } from '../context.js';
import { activityName, activityResolver } from '../core/activities.js';
import { YOUTH_AGE } from '../core/assess/answers.js';
import type { Catalogue } from '../core/catalogue.js';
import { NeedsAccumulator, type NeedsSettings, type NeedsTally } from '../core/needs/analysis.js';
import { askedFor, buildActivities, type NeedsReport, type RequiredSkill } from '../core/needs/report.js';
import { MAX_DISTINCT_ACTIVITIES } from '../core/score/report.js';
import { DataError, type Problem, UsageError } from '../errors.js';
import { workspaceCatalogue } from '../io/catalogue.js';
import type { Encoding } from '../io/csv/decode.js';
import { checkCsvSettings } from '../io/csv/options.js';
import { shownName } from '../io/csv/scan.js';
import { type PartRead, readInParts } from '../io/csv/split.js';
import type { PartJob, PartProgress, PartWork } from '../io/parallel.js';
import { readHouseholds } from '../io/survey/households.js';
import { inputFiles, openWorkspace, type Workspace } from '../io/workspace.js';

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
  /**
   * Threads to read a large file with (default: one per core, up to 4); 1 reads every file in this
   * thread. The report is the same either way.
   */
  jobs?: number;
  /** Told how each file was read: whole (1 part), or in parts on that many threads. */
  onRead?: (read: { file: string; parts: number }) => void;
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

/** What reading and counting a household survey needs: worked out once in each thread that reads. */
async function setUp(request: NeedsRequest) {
  const ws = await openWorkspace(request);
  const { ctx } = ws;
  const settings = ws.assessment?.needs ?? {};
  const lackingAtMost = checkRange(
    ws,
    '--lacking-at-most',
    request.lackingAtMost ?? settings.lackingAtMost,
    NEEDS_LIMITS.lackingAtMost,
  );
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
  const youth = ws.assessment?.targetGroups?.youthAge ?? YOUTH_AGE;
  const counting: NeedsSettings = {
    lackingAtMost,
    youth,
    resolve,
    requires: (id) => requiredSkills(catalogue, catalogueOf(id)).map((s) => s.id),
    maxActivities: MAX_DISTINCT_ACTIVITIES,
  };
  return {
    ws,
    ctx,
    settings,
    lackingAtMost,
    catalogue,
    opportunities,
    resolve,
    catalogueOf,
    known,
    youth,
    newAccumulator: () => new NeedsAccumulator(counting, known),
    map: { ...(settings.columns ?? {}), ...(request.map ?? {}) },
  };
}

type SetUp = Awaited<ReturnType<typeof setUp>>;
type HouseholdScan = Awaited<ReturnType<typeof readHouseholds>>;

/** What a worker thread needs of the request to set up as needs() does: plain data only. */
type PortableRequest = Pick<NeedsRequest, 'cwd' | 'env' | 'lang' | 'workspace' | 'where' | 'lackingAtMost' | 'map'>;

interface PartResult {
  scan: HouseholdScan;
  counted: NeedsTally;
}

async function readPart(s: SetUp, read: PartRead<PortableRequest>, progress: PartProgress): Promise<PartResult> {
  const acc = s.newAccumulator();
  const scan = await readHouseholds(s.ctx, read.file, s.catalogue.skills, (p) => acc.add(p), {
    map: s.map,
    part: read.part,
    delimiter: read.delimiter,
    ...(read.encoding === undefined ? {} : { encoding: read.encoding }),
    onProgress: (_f, rows, bytes) => progress(rows, bytes),
  });
  return { scan, counted: acc.counted() };
}

/** A part read in a worker thread (see io/parallel.ts): sets up as needs() does, then reads. */
export const needsPart: PartWork<PartRead<PortableRequest>, PartResult> = async (read, progress) =>
  readPart(await setUp(read.input), read, progress);

const NEEDS_PART: PartJob = { module: import.meta.url, name: 'needsPart' };

/**
 * Threads a large file is read with unless told: past four, each thread's memory (some 30 MB)
 * buys less than it costs on a laptop.
 */
const DEFAULT_MAX_JOBS = 4;

/**
 * Reads one survey file into `acc`: a large file in parts on every core (io/csv/split.ts),
 * else, or when the parts cannot stand for the file, whole.
 */
async function readSurvey(
  s: SetUp,
  request: NeedsRequest,
  file: string,
  acc: NeedsAccumulator,
): Promise<HouseholdScan> {
  const { ctx } = s;
  const csv = {
    ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    ...(request.encoding ? { encoding: request.encoding } : {}),
  };
  const onProgress = request.onProgress;
  const inParts = await readInParts(ctx, file, {
    jobs: request.jobs ?? Math.min(os.availableParallelism(), DEFAULT_MAX_JOBS),
    ...csv,
    job: NEEDS_PART,
    work: (read, progress) => readPart(s, read, progress),
    input: {
      cwd: ctx.cwd,
      env: { ...ctx.env },
      lang: ctx.lang,
      ...(s.ws.file === undefined ? {} : { workspace: s.ws.file }),
      ...(ctx.where === undefined ? {} : { where: ctx.where }),
      lackingAtMost: s.lackingAtMost,
      map: s.map,
    },
    ...(onProgress ? { onProgress: (rows, bytes) => onProgress({ file: shownName(file), rows, bytes }) } : {}),
  });
  if (inParts !== undefined) {
    for (const p of inParts.parts) acc.merge(p.counted);
    request.onRead?.({ file: inParts.scan.file, parts: inParts.parts.length });
    return { ...inParts.scan, skillsFound: (inParts.parts[0] as PartResult).scan.skillsFound };
  }
  const whole = await readHouseholds(ctx, file, s.catalogue.skills, (p) => acc.add(p), {
    map: s.map,
    ...csv,
    ...(onProgress
      ? { onProgress: (f: string, rows: number, bytes: number) => onProgress({ file: f, rows, bytes }) }
      : {}),
  });
  request.onRead?.({ file: whole.file, parts: 1 });
  return whole;
}

/**
 * The training-need report: the typed function behind `tree needs`. Reads every file once,
 * streaming (a large one in parts, on every core); invalid data is a DataError listing
 * every problem (file:line:column).
 */
export async function needs(request: NeedsRequest = {}): Promise<NeedsReport> {
  const s = await setUp(request);
  const { ws, ctx, settings, lackingAtMost, catalogue, opportunities, resolve, catalogueOf, known, youth } = s;
  const groupSize = checkRange(ws, '--group-size', request.groupSize ?? settings.groupSize, NEEDS_LIMITS.groupSize);
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
  const acc = s.newAccumulator();
  const files = await inputFiles(ws, request.files, ws.assessment?.needs?.files, 'needs.noFiles');
  await request.beforeRead?.(files);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let omitted = 0;
  let rows = 0;
  const shownFiles: string[] = [];
  for (const file of files) {
    let r: HouseholdScan;
    try {
      r = await readSurvey(s, request, file, acc);
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
