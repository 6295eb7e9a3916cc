/**
 * What the answers mean for the workspace: assessment.json's fields (every answer lands in
 * its own field, never in a free-text blob) and the panel's ratings as a long-format CSV
 * that `tree score` reads like any survey. Pure: the caller reads and writes the files.
 */
import type {
  Assessment,
  CommunityProfile,
  Criterion,
  CriterionSpec,
  Institution,
  Labels,
  Opportunity,
} from '../assessment.js';
import type { Catalogue } from '../catalogue.js';
import { DEFAULT_CRITERIA } from '../criteria.js';
import { foldText } from '../names.js';
import { type AssessAnswers, type CommunityAnswers, YOUTH_AGE } from './answers.js';
import { candidatesOf } from './candidates.js';
import { type ChoiceDef, choiceLabel, INFRASTRUCTURE, INSTITUTIONS, LIVELIHOODS } from './choices.js';
import { parseRatingLine } from './ratings.js';

/** The respondent the panel's ratings are written as. */
export const PANEL = 'panel';

export interface ProjectContext {
  catalogue: Pick<Catalogue, 'activityById' | 'activityByName'>;
  /** The criteria rated, in order, as the workspace resolves them. */
  criteria: readonly Criterion[];
  scale: { min: number; max: number };
  /** The workspace's language: the words of closed answers are written in it. */
  lang: keyof Labels;
  /** The ratings CSV, relative to the workspace (listed in survey.files). */
  ratingsFile: string;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Leaves out what says nothing: empty text, empty lists, objects left empty. */
function clean<T>(value: T): T | undefined {
  if (typeof value === 'string') return (value.trim() === '' ? undefined : value) as T | undefined;
  if (Array.isArray(value)) return (value.length === 0 ? undefined : value) as T | undefined;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return (Object.keys(out).length === 0 ? undefined : out) as T | undefined;
  }
  return value;
}

function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** The value a free text stands for among choices (by either language's words), else undefined. */
function choiceOf(list: readonly ChoiceDef[], text: string): string | undefined {
  const key = foldText(text);
  return list.find((c) => c.value === text || foldText(c.label.en) === key || foldText(c.label.id) === key)?.value;
}

function communityOf(before: CommunityProfile | undefined, a: CommunityAnswers, lang: keyof Labels): CommunityProfile {
  const out: CommunityProfile = { ...(before ?? {}) };
  for (const k of ['village', 'district', 'province', 'nearestMarket'] as const)
    if (a[k] !== undefined) setOrDelete(out, k, clean(a[k]));
  for (const k of ['population', 'households'] as const) if (a[k] !== undefined) setOrDelete(out, k, num(a[k]));
  // A number question left empty is saved as "": no number, so the field goes.
  if (a.distanceToMarketKm !== undefined) setOrDelete(out, 'distanceToMarketKm', num(a.distanceToMarketKm));
  if (a.travelTimeToMarketMin !== undefined) setOrDelete(out, 'travelTimeToMarketMin', num(a.travelTimeToMarketMin));
  if (a.womensEconomicRoles !== undefined) setOrDelete(out, 'womensEconomicRoles', clean(a.womensEconomicRoles));
  if (a.naturalResources !== undefined) setOrDelete(out, 'naturalResources', clean(a.naturalResources));
  if (a.mainLivelihoods !== undefined || a.otherLivelihoods !== undefined) {
    const words = [
      ...(a.mainLivelihoods ?? []).map((v) => choiceLabel(LIVELIHOODS, v, lang)),
      ...(a.otherLivelihoods ?? []),
    ];
    setOrDelete(out, 'mainLivelihoods', clean(words));
  }
  if (a.infrastructure !== undefined) {
    const infra = { ...(out.infrastructure ?? {}) };
    for (const part of ['roads', 'electricity', 'water', 'telecoms'] as const) {
      const v = a.infrastructure[part];
      if (v !== undefined) setOrDelete(infra, part, clean(choiceLabel(INFRASTRUCTURE[part], v, lang)));
    }
    setOrDelete(out, 'infrastructure', clean(infra));
  }
  if (a.institutions !== undefined) {
    // Named institutions of a kind still ticked are kept; kinds the list does not ask about stay too.
    const ticked = new Set(a.institutions);
    const asked = new Set(INSTITUTIONS.map((c) => c.value));
    const kept = (out.institutions ?? []).filter(
      (i) => i.type === undefined || !asked.has(i.type) || ticked.has(i.type),
    );
    const added: Institution[] = a.institutions
      .filter((type) => !kept.some((i) => i.type === type))
      .map((type) => ({ name: choiceLabel(INSTITUTIONS, type, lang), type }));
    setOrDelete(out, 'institutions', clean([...kept, ...added]));
  }
  return out;
}

/** The workspace's criteria with new weights, written out in full when the workspace had none. */
function criteriaWith(before: CriterionSpec[] | undefined, weights: Record<string, number>): CriterionSpec[] {
  const base: CriterionSpec[] = before ?? DEFAULT_CRITERIA.map((c) => ({ ...c, label: { ...c.label } }));
  return base.map((c) => (Object.hasOwn(weights, c.id) ? { ...c, weight: weights[c.id] as number } : c));
}

/**
 * The assessment with the answers applied. Parts not answered are left as they were;
 * the opportunities become the candidates (an opportunity already there keeps its id and
 * notes); ratings typed here add the ratings CSV to `survey.files`.
 */
export function applyAnswers(before: Assessment, answers: AssessAnswers, ctx: ProjectContext): Assessment {
  const next: Assessment = structuredClone(before);
  const s = clean(answers.session);
  if (s !== undefined) next.session = s;
  if (answers.community !== undefined)
    setOrDelete(next, 'community', clean(communityOf(next.community, answers.community, ctx.lang)));
  if (answers.identification !== undefined) {
    const existing = next.opportunities ?? [];
    const opportunities: Opportunity[] = candidatesOf(answers, ctx.catalogue, existing).map((c) => {
      const old = existing.find((o) => o.id === c.id);
      if (old) return old;
      return {
        id: c.id,
        name: c.name,
        // Picked from the catalogue, or named by the community in its own words.
        ...(c.catalogue === undefined ? { source: 'community' } : { catalogue: c.catalogue, source: 'catalogue' }),
      };
    });
    setOrDelete(next, 'opportunities', clean(opportunities));
  }
  const sc = answers.screening;
  if (sc?.weightMode === 'equal' && next.criteria !== undefined)
    next.criteria = next.criteria.map((c) => ({ ...c, weight: 1 }));
  if (sc?.weightMode === 'adjust' && sc.weights !== undefined) next.criteria = criteriaWith(next.criteria, sc.weights);
  if (sc?.source === 'here' && ratingRows(answers, ctx).length > 1) {
    const survey = { ...(next.survey ?? {}) };
    const files = survey.files ?? [];
    if (!files.includes(ctx.ratingsFile)) survey.files = [...files, ctx.ratingsFile];
    next.survey = survey;
  }
  const t = answers.targets;
  if (t !== undefined) {
    const groups = { ...(next.targetGroups ?? {}) };
    const share = (p: unknown) => (typeof p === 'number' ? Math.round(p * 10) / 1000 : undefined);
    const inclusion = clean({
      ...(groups.inclusionTargets ?? {}),
      ...(t.women === undefined ? {} : { women: share(t.women) }),
      ...(t.youth === undefined ? {} : { youth: share(t.youth) }),
      ...(t.disability === undefined ? {} : { disability: share(t.disability) }),
    });
    setOrDelete(groups, 'inclusionTargets', inclusion);
    if (num(t.youthAgeMin) !== undefined || num(t.youthAgeMax) !== undefined)
      groups.youthAge = {
        min: num(t.youthAgeMin) ?? groups.youthAge?.min ?? YOUTH_AGE.min,
        max: num(t.youthAgeMax) ?? groups.youthAge?.max ?? YOUTH_AGE.max,
      };
    next.targetGroups = groups;
  }
  return next;
}

/**
 * The panel's ratings as CSV rows, header first: respondent, activity, one column per
 * criterion, under the names the workspace's mapping expects. A candidate with no valid
 * line yet is left out; a header alone means nothing was rated.
 */
export function ratingRows(
  answers: AssessAnswers,
  ctx: ProjectContext,
  columns: { activity?: string; respondent?: string; criteria?: Record<string, string> } = {},
): string[][] {
  const header = [
    columns.respondent ?? 'respondent',
    columns.activity ?? 'activity',
    ...ctx.criteria.map((c) => columns.criteria?.[c.id] ?? c.id),
  ];
  const rows = [header];
  const lines = answers.screening?.ratings ?? {};
  for (const c of candidatesOf(answers, ctx.catalogue)) {
    const line = Object.hasOwn(lines, c.key) ? lines[c.key] : undefined;
    if (line === undefined) continue;
    const parsed = parseRatingLine(line, ctx.criteria, ctx.scale);
    if ('problem' in parsed) continue;
    if (parsed.ratings.every((r) => r === null)) continue;
    rows.push([PANEL, c.id, ...parsed.ratings.map((r) => (r === null ? '' : String(r)))]);
  }
  return rows;
}

/** The answers the workspace already holds, offered as defaults when a question is asked. */
export function answersFromAssessment(a: Assessment): AssessAnswers {
  const c = a.community ?? {};
  const livelihoods = c.mainLivelihoods ?? [];
  const main = livelihoods.map((w) => choiceOf(LIVELIHOODS, w)).filter((v): v is string => v !== undefined);
  const other = livelihoods.filter((w) => choiceOf(LIVELIHOODS, w) === undefined);
  const infra = c.infrastructure ?? {};
  const part = (p: 'roads' | 'electricity' | 'water' | 'telecoms') =>
    infra[p] === undefined ? undefined : (choiceOf(INFRASTRUCTURE[p], infra[p] as string) ?? infra[p]);
  const types = new Set(INSTITUTIONS.map((x) => x.value));
  const opp = a.opportunities ?? [];
  const it = a.targetGroups?.inclusionTargets;
  const pct = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 10);
  return (
    clean<AssessAnswers>({
      session: a.session ?? {},
      community: {
        village: c.village,
        district: c.district,
        province: c.province,
        population: c.population,
        households: c.households,
        mainLivelihoods: main,
        otherLivelihoods: other,
        naturalResources: c.naturalResources,
        infrastructure: {
          roads: part('roads'),
          electricity: part('electricity'),
          water: part('water'),
          telecoms: part('telecoms'),
        },
        distanceToMarketKm: c.distanceToMarketKm,
        travelTimeToMarketMin: c.travelTimeToMarketMin,
        nearestMarket: c.nearestMarket,
        institutions: [
          ...new Set(
            (c.institutions ?? []).map((i) => i.type).filter((t): t is string => t !== undefined && types.has(t)),
          ),
        ],
        womensEconomicRoles: c.womensEconomicRoles,
      },
      identification: {
        suggested: opp.filter((o) => o.catalogue !== undefined).map((o) => o.catalogue as string),
        other: opp
          .filter((o) => o.catalogue === undefined)
          .map((o) => (typeof o.name === 'string' ? o.name : (o.name.id ?? o.name.en ?? o.id))),
      },
      targets: {
        women: pct(it?.women),
        youth: pct(it?.youth),
        disability: pct(it?.disability),
        youthAgeMin: a.targetGroups?.youthAge?.min,
        youthAgeMax: a.targetGroups?.youthAge?.max,
      },
    }) ?? {}
  );
}
