/**
 * `tree partners` as a function: for the activities in scope and their needs (from
 * `needs()` on the household survey, or from the catalogue alone when there is none),
 * ranks the institutions of the partner directory for each need, with reasons in words,
 * and lists the needs nobody covers.
 */
import path from 'node:path';
import type { ContextOptions } from '../context.js';
import type { Catalogue, Skill } from '../core/catalogue.js';
import {
  type ActivityNeeds,
  DEFAULT_WEIGHTS,
  FACTORS,
  type Factor,
  type Gap,
  type Match,
  matchActivity,
  type NeededSkill,
  type Partner,
  type Reason,
} from '../core/partners/match.js';
import type { PartnerLine, PartnersReport } from '../core/partners/report.js';
import { FILL, NEED_DEFS, NEEDS, type PartnerNeed } from '../core/partners/vocab.js';
import { DataError, type Problem, UsageError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { workspaceCatalogue } from '../io/catalogue.js';
import { expandInputs } from '../io/files.js';
import { partnerOf, readPartners } from '../io/partners.js';
import { openWorkspace, type Workspace } from '../io/workspace.js';
import { type NeedsReport, needs } from './needs.js';

export type { PartnerLine, PartnersReport };

export interface PartnersRequest extends ContextOptions {
  /** The partner directory CSV; default: `partners.directory` of the workspace. */
  directory?: string;
  workspace?: string;
  /** Household survey files for the needs; default: `needs.files` of the workspace, else none (catalogue needs). */
  households?: readonly string[];
  /** Activities (ids, names or synonyms); default: the workspace's shortlist, else all its opportunities. */
  activities?: readonly string[];
  /**
   * The training needs, already worked out by needs() for these activities (report() has
   * them): used as they are, instead of reading the household survey again.
   */
  needs?: NeedsReport;
  /** Partners shown per need (1–20, default 3). */
  top?: number;
  onWarning?: (warning: Problem) => void;
  beforeRead?: (files: readonly string[]) => void | Promise<void>;
}

const KIND_NEED: Readonly<Record<string, PartnerNeed>> = {
  technical: 'technical_training',
  business: 'business_training',
};
/** Support people want after training, as tree needs counts it → the partner need that meets it. */
const SUPPORT_NEED: Readonly<Record<string, PartnerNeed>> = {
  credit: 'credit',
  equipment: 'equipment',
  market_access: 'market_access',
  group_formation: 'group_formation',
  certification: 'certification',
};

const skillNames = (s: Skill): NeededSkill => ({
  id: s.id,
  name: s.label.en,
  names: [s.id, s.label.en, s.label.id, ...(s.synonyms?.en ?? []), ...(s.synonyms?.id ?? [])],
});

function reasonText(t: Translate, r: Reason, names: Map<string, string>): string {
  switch (r.code) {
    case 'covers':
      return t('partners.reason.covers', {
        skills: r.skills.map((s) => names.get(s) ?? s).join(', '),
        count: r.skills.length,
        of: r.of,
      });
    case 'sector':
      return t('partners.reason.sector', { sector: r.sector.replace(/_/g, ' ') });
    case 'activity':
      return t('partners.reason.activity');
    case 'everything':
      return t('partners.reason.everything');
    case 'type':
      return t(`partners.type.${r.type}` as Parameters<Translate>[0]);
    case 'distance':
      return t('partners.reason.distance', { km: r.km });
    case 'capacity':
      return r.trainees === undefined
        ? t('partners.reason.capacity', { capacity: r.capacity })
        : t('partners.reason.capacityFor', { capacity: r.capacity, trainees: r.trainees });
    case 'accessible':
      return t(r.value ? 'partners.reason.accessible' : 'partners.reason.notAccessible');
    case 'womenOnly':
      return t(r.value ? 'partners.reason.womenOnly' : 'partners.reason.noWomenOnly');
    case 'cost':
      return t(`partners.cost.${r.cost}` as Parameters<Translate>[0]);
  }
}

function lineOf(m: Match, t: Translate, names: Map<string, string>): PartnerLine {
  const p: Partner = m.partner;
  return {
    name: p.name,
    type: p.type,
    score: m.score,
    reasons: m.reasons.map((r) => reasonText(t, r, names)),
    ...(p.location === undefined ? {} : { location: p.location }),
    ...(p.distanceKm === undefined ? {} : { distanceKm: p.distanceKm }),
    ...(p.capacity === undefined ? {} : { capacity: p.capacity }),
    ...(p.cost === undefined ? {} : { cost: p.cost }),
    ...(p.contact === undefined ? {} : { contact: p.contact }),
    ...(p.phone === undefined ? {} : { phone: p.phone }),
    ...(p.email === undefined ? {} : { email: p.email }),
  };
}

function weightsOf(ws: Workspace): Record<Factor, number> {
  const given = ws.assessment?.partners?.weights ?? {};
  const out = { ...DEFAULT_WEIGHTS };
  for (const f of FACTORS) if (typeof given[f] === 'number') out[f] = given[f] as number;
  return out;
}

/** Needs from the catalogue alone: every technical and business skill, and the usual support. */
function catalogueNeeds(catalogue: Catalogue, catalogueId: string | undefined): ActivityNeeds['needs'] {
  const activity = catalogueId === undefined ? undefined : catalogue.activityById(catalogueId);
  const skills = (kind: 'technical' | 'business') =>
    activity === undefined ? [] : catalogue.skillsOf(activity, kind).map(skillNames);
  const support = activity?.support;
  const wanted = new Set<PartnerNeed>(['technical_training', 'business_training']);
  for (const s of support ?? Object.keys(SUPPORT_NEED)) if (SUPPORT_NEED[s]) wanted.add(SUPPORT_NEED[s] as PartnerNeed);
  if ((activity?.permits ?? []).length > 0) wanted.add('certification');
  return NEEDS.filter((n) => wanted.has(n)).map((need) => ({
    need,
    skills:
      need === 'technical_training' ? skills('technical') : need === 'business_training' ? skills('business') : [],
  }));
}

/** Needs from the household survey: training in the skills people lack, and the support they asked for. */
function surveyNeeds(catalogue: Catalogue, a: NeedsReport['activities'][number]): ActivityNeeds['needs'] {
  const wanted = new Map<PartnerNeed, NeededSkill[]>();
  for (const m of a.modules) {
    const need = KIND_NEED[m.kind];
    if (need === undefined) continue;
    const skill = catalogue.skillById(m.skill);
    const list = wanted.get(need) ?? [];
    list.push(skill ? skillNames(skill) : { id: m.skill, name: m.name, names: [m.skill, m.name] });
    wanted.set(need, list);
  }
  for (const s of a.support) if (SUPPORT_NEED[s.id] && s.count > 0) wanted.set(SUPPORT_NEED[s.id] as PartnerNeed, []);
  const activity = a.catalogue === undefined ? undefined : catalogue.activityById(a.catalogue);
  if ((activity?.permits ?? []).length > 0 && !wanted.has('certification')) wanted.set('certification', []);
  return NEEDS.filter((n) => wanted.has(n)).map((need) => ({ need, skills: wanted.get(need) ?? [] }));
}

/** The partner shortlist: the typed function behind `tree partners`. */
export async function partners(request: PartnersRequest = {}): Promise<PartnersReport> {
  const ws = await openWorkspace(request);
  const { ctx } = ws;
  const top = request.top ?? 3;
  if (!Number.isInteger(top) || top < 1 || top > 20)
    throw new UsageError(ctx.t('flag.badInteger', { flag: '--top', value: String(top), min: 1, max: 20 }));
  const listed = ws.assessment?.partners?.directory;
  if (request.directory === undefined && (listed === undefined || ws.file === undefined))
    throw new UsageError(ctx.t('partners.noDirectory'));
  const [directory] =
    request.directory !== undefined ? await expandInputs(ctx, [request.directory]) : [ws.resolve(listed as string)];
  const households =
    request.households !== undefined && request.households.length > 0
      ? await expandInputs(ctx, request.households)
      : (ws.assessment?.needs?.files ?? []).map((f) => ws.resolve(f));
  await request.beforeRead?.([directory as string, ...households]);
  const catalogue = await workspaceCatalogue(ws);
  const found: Partner[] = [];
  const scan = await readPartners(ctx, directory as string, (r, line) => found.push(partnerOf(r, line)));
  if (scan.problems.length > 0)
    throw new DataError(
      ctx.t('partners.invalid', { file: scan.file, count: scan.problems.length + scan.moreProblems }),
      {
        problems: scan.problems,
        omitted: scan.moreProblems,
      },
    );
  const warnings: Problem[] = [...scan.warnings];
  const opportunities = ws.assessment?.opportunities ?? [];
  let activities: ActivityNeeds[];
  let needsFrom: PartnersReport['meta']['needsFrom'];
  if (request.needs !== undefined || households.length > 0) {
    const report =
      request.needs ??
      (await needs({
        cwd: ctx.cwd,
        env: ctx.env,
        lang: ctx.lang,
        ...(request.workspace === undefined ? {} : { workspace: request.workspace }),
        ...(ctx.where === undefined ? {} : { where: ctx.where }),
        files: households,
        ...(request.activities === undefined ? {} : { activities: request.activities }),
      }));
    warnings.push(...report.meta.warnings);
    needsFrom = 'survey';
    activities = report.activities.map((a) => {
      const catalogueId = a.catalogue;
      const sector = catalogueId === undefined ? undefined : catalogue.activityById(catalogueId)?.sector;
      return {
        id: a.id,
        name: a.name,
        ...(sector === undefined ? {} : { sector }),
        trainees: a.interested.total,
        needs: surveyNeeds(catalogue, a),
      };
    });
  } else {
    needsFrom = 'catalogue';
    warnings.push({ message: ctx.t('partners.noSurvey') });
    const resolve = (text: string) =>
      opportunities.find((o) => o.id === text)?.id ?? catalogue.activityByName(text)?.id ?? text;
    const scope =
      request.activities !== undefined && request.activities.length > 0
        ? request.activities.map(resolve)
        : (ws.assessment?.shortlist?.activities ?? opportunities.map((o) => o.id));
    if (scope.length === 0) throw new UsageError(ctx.t('partners.noActivities'));
    activities = [...new Set(scope)].map((id) => {
      const o = opportunities.find((x) => x.id === id);
      const catalogueId = o?.catalogue ?? catalogue.activityById(id)?.id;
      const activity = catalogueId === undefined ? undefined : catalogue.activityById(catalogueId);
      if (activity === undefined && o === undefined)
        throw new UsageError(ctx.t('needs.unknownActivities', { names: id }));
      const name = o
        ? typeof o.name === 'string'
          ? o.name
          : (o.name[ctx.lang] ?? o.name.en ?? o.name.id ?? id)
        : (activity?.name[ctx.lang] ?? id);
      return {
        id,
        name,
        ...(activity ? { sector: activity.sector } : {}),
        needs: catalogueNeeds(catalogue, catalogueId),
      };
    });
  }
  for (const w of warnings) request.onWarning?.(w);
  const weights = weightsOf(ws);
  const womenTarget = ws.assessment?.targetGroups?.inclusionTargets?.women !== undefined;
  const label = (n: PartnerNeed) => NEED_DEFS[n].label[ctx.lang];
  const skillLabel = new Map(catalogue.skills.map((s) => [s.label.en, s.label[ctx.lang]]));
  const gapText = (g: Gap) =>
    g.kind === 'none'
      ? ctx.t('partners.gap.none', { need: label(g.need).toLowerCase() })
      : ctx.t('partners.gap.capacity', { capacity: g.capacity, trainees: g.trainees });
  return {
    activities: activities.map((a) => {
      const m = matchActivity(a, found, { weights, top, womenTarget });
      return {
        id: a.id,
        name: a.name,
        ...(a.trainees === undefined ? {} : { trainees: a.trainees }),
        needs: m.needs.map((n) => ({
          need: n.need,
          label: label(n.need),
          partners: n.partners.map((x) => lineOf(x, ctx.t, skillLabel)),
        })),
        gaps: m.gaps.map((g) => ({
          need: g.need,
          label: label(g.need),
          kind: g.kind,
          reason: gapText(g),
          fill: FILL[g.need][ctx.lang],
        })),
      };
    }),
    meta: {
      directory: path.normalize(scan.file),
      partners: found.length,
      needsFrom,
      households,
      top,
      weights,
      warnings,
    },
  };
}
