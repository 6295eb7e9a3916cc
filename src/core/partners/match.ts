/**
 * Matching partners to needs (pure): for each activity and each need, every institution
 * that offers the service is scored on how well it covers the activity (its skills,
 * sector or the activity itself), its kind, distance, capacity against the trainees,
 * accessibility, women-only groups where the targets call for them, and cost. Each score
 * comes with its reasons, so every line of the shortlist can be explained.
 */
import { normaliseName } from '../names.js';
import { type Cost, NEED_DEFS, type PartnerNeed, type PartnerType, type Service } from './vocab.js';

export interface Partner {
  /** Its row in the directory, for messages. */
  line: number;
  name: string;
  type: PartnerType;
  services: readonly Service[];
  /** Sectors, skills and activities covered, as written (catalogue ids, names or free words; `all`). */
  covers: readonly string[];
  location?: string;
  distanceKm?: number;
  capacity?: number;
  cost?: Cost;
  languages?: readonly string[];
  accessible?: boolean;
  womenOnly?: boolean;
  contact?: string;
  phone?: string;
  email?: string;
}

/** A skill an activity needs, with the names it goes by. */
export interface NeededSkill {
  id: string;
  name: string;
  names: readonly string[];
}

export interface ActivityNeeds {
  id: string;
  name: string;
  sector?: string;
  /** People to serve (the interested, from the household survey); undefined without one. */
  trainees?: number;
  needs: readonly { need: PartnerNeed; skills: readonly NeededSkill[] }[];
}

export const FACTORS = ['coverage', 'type', 'distance', 'capacity', 'accessibility', 'womenOnly', 'cost'] as const;
export type Factor = (typeof FACTORS)[number];

/** How much each factor counts; `partners.weights` in assessment.json changes them. */
export const DEFAULT_WEIGHTS: Readonly<Record<Factor, number>> = {
  coverage: 3,
  type: 1,
  distance: 2,
  capacity: 1,
  accessibility: 1,
  womenOnly: 1,
  cost: 1,
};

/** Past this, distance counts nothing; nearer counts linearly more. */
export const FAR_KM = 100;

export type Reason =
  | { code: 'covers'; skills: string[]; of: number }
  | { code: 'sector'; sector: string }
  | { code: 'activity' }
  | { code: 'everything' }
  | { code: 'type'; type: PartnerType }
  | { code: 'distance'; km: number }
  | { code: 'capacity'; capacity: number; trainees?: number }
  | { code: 'accessible'; value: boolean }
  | { code: 'womenOnly'; value: boolean }
  | { code: 'cost'; cost: Cost };

export interface Match {
  partner: Partner;
  /** 0–100. */
  score: number;
  factors: Partial<Record<Factor, number>>;
  reasons: Reason[];
}

export type Gap =
  | { need: PartnerNeed; kind: 'none' }
  | { need: PartnerNeed; kind: 'capacity'; capacity: number; trainees: number };

export interface NeedMatches {
  need: PartnerNeed;
  partners: Match[];
}

export interface MatchSettings {
  weights: Readonly<Record<Factor, number>>;
  top: number;
  /** Women-only groups count only where the workspace sets a target for women. */
  womenTarget: boolean;
}

const COST_VALUE: Readonly<Record<Cost, number>> = { free: 1, low: 0.75, medium: 0.5, high: 0.25 };
const EVERYTHING = new Set(['all', 'semua', 'any', 'umum', 'general'].map(normaliseName));

/** How well a partner covers what an activity needs; the reasons say with what. */
function coverage(p: Partner, a: ActivityNeeds, skills: readonly NeededSkill[]): { value: number; reason?: Reason } {
  const covers = new Set(p.covers.map(normaliseName));
  if (covers.size === 0) return { value: 0.5 };
  if ([...covers].some((c) => EVERYTHING.has(c))) return { value: 1, reason: { code: 'everything' } };
  if (covers.has(normaliseName(a.id)) || covers.has(normaliseName(a.name)))
    return { value: 1, reason: { code: 'activity' } };
  const hit = skills.filter((s) => s.names.some((n) => covers.has(normaliseName(n))));
  if (hit.length > 0)
    return {
      value: hit.length / skills.length,
      reason: { code: 'covers', skills: hit.map((s) => s.name), of: skills.length },
    };
  if (a.sector !== undefined && covers.has(normaliseName(a.sector)))
    return { value: 1, reason: { code: 'sector', sector: a.sector } };
  // Covering nothing needed leaves the partner out, so there is nothing to explain.
  return { value: 0 };
}

function score(
  p: Partner,
  a: ActivityNeeds,
  need: PartnerNeed,
  skills: readonly NeededSkill[],
  s: MatchSettings,
): Match {
  const factors: Partial<Record<Factor, number>> = {};
  const reasons: Reason[] = [];
  const c = coverage(p, a, skills);
  factors.coverage = c.value;
  if (c.reason) reasons.push(c.reason);
  const suited = NEED_DEFS[need].types.includes(p.type);
  factors.type = suited ? 1 : 0;
  if (suited) reasons.push({ code: 'type', type: p.type });
  if (p.distanceKm !== undefined) {
    factors.distance = Math.max(0, 1 - p.distanceKm / FAR_KM);
    reasons.push({ code: 'distance', km: p.distanceKm });
  } else factors.distance = 0.5;
  if (p.capacity !== undefined) {
    factors.capacity = a.trainees === undefined || a.trainees === 0 ? 1 : Math.min(1, p.capacity / a.trainees);
    reasons.push({
      code: 'capacity',
      capacity: p.capacity,
      ...(a.trainees === undefined ? {} : { trainees: a.trainees }),
    });
  } else factors.capacity = 0.5;
  factors.accessibility = p.accessible === undefined ? 0.5 : p.accessible ? 1 : 0;
  if (p.accessible !== undefined) reasons.push({ code: 'accessible', value: p.accessible });
  const training = need === 'technical_training' || need === 'business_training';
  if (s.womenTarget && training) {
    factors.womenOnly = p.womenOnly === undefined ? 0.5 : p.womenOnly ? 1 : 0;
    if (p.womenOnly !== undefined) reasons.push({ code: 'womenOnly', value: p.womenOnly });
  }
  factors.cost = p.cost === undefined ? 0.5 : COST_VALUE[p.cost];
  if (p.cost !== undefined) reasons.push({ code: 'cost', cost: p.cost });
  let sum = 0;
  let weight = 0;
  for (const f of Object.keys(factors) as Factor[]) {
    sum += s.weights[f] * (factors[f] as number);
    weight += s.weights[f];
  }
  return { partner: p, score: weight > 0 ? Math.round((10000 * sum) / weight) / 100 : 0, factors, reasons };
}

/**
 * For one activity: the best `top` partners for each need (highest score first; ties by
 * nearer, then by name, then by directory order), and the gaps: needs no partner offers,
 * and needs whose capable partners together serve fewer people than the trainees.
 */
export function matchActivity(
  a: ActivityNeeds,
  partners: readonly Partner[],
  s: MatchSettings,
): { needs: NeedMatches[]; gaps: Gap[] } {
  const needs: NeedMatches[] = [];
  const gaps: Gap[] = [];
  for (const { need, skills } of a.needs) {
    const service = NEED_DEFS[need].service;
    const capable = partners.filter((p) => p.services.includes(service));
    const ranked = capable
      .map((p) => score(p, a, need, skills, s))
      .filter((m) => m.factors.coverage !== 0)
      .sort(
        (x, y) =>
          y.score - x.score ||
          (x.partner.distanceKm ?? Number.POSITIVE_INFINITY) - (y.partner.distanceKm ?? Number.POSITIVE_INFINITY) ||
          x.partner.name.localeCompare(y.partner.name) ||
          x.partner.line - y.partner.line,
      );
    needs.push({ need, partners: ranked.slice(0, s.top) });
    if (ranked.length === 0) gaps.push({ need, kind: 'none' });
    else if (a.trainees !== undefined) {
      const stated = ranked.filter((m) => m.partner.capacity !== undefined);
      // A partner of unknown capacity may serve everyone: no capacity gap can be claimed.
      const capacity = stated.reduce((n, m) => n + (m.partner.capacity ?? 0), 0);
      if (stated.length === ranked.length && capacity < a.trainees)
        gaps.push({ need, kind: 'capacity', capacity, trainees: a.trainees });
    }
  }
  return { needs, gaps };
}
