/**
 * The training-need report from the counts: per activity, who wants it, which required
 * skills they lack (gap = lacking ÷ (interested − unknown)), the modules to teach first,
 * a course plan from the preferences most chosen, the inclusion check against the
 * workspace's targets, the constraints to address and the support wanted afterwards.
 */

import type { Problem } from '../../errors.js';
import type { Labels } from '../assessment.js';
import type { SkillKind } from '../catalogue.js';
import { SKILL_KINDS } from '../catalogue.js';
import { type ActivityTally, emptyTally, type NeedsAccumulator } from './analysis.js';
import { isVillagePlace } from './vocab.js';

export interface RequiredSkill {
  id: string;
  kind: SkillKind;
  name: Labels;
  level?: string;
  hours?: number;
}

export interface NeedsSkill {
  id: string;
  kind: SkillKind;
  name: string;
  level?: string;
  hours?: number;
  lacking: number;
  unknown: number;
  held: number;
  /** lacking ÷ (interested − unknown); null when nobody answered. */
  gap: number | null;
}

export interface NeedsModule {
  skill: string;
  kind: SkillKind;
  name: string;
  hours?: number;
  /** People who lack the skill. */
  trainees: number;
  /** gap × interested: the order modules are taught in, within their kind. */
  priority: number;
}

export interface CoursePlan {
  groupSize: number;
  groups: number;
  /** Most chosen time of day, place, and the median length in days. */
  time?: string;
  place?: string;
  lengthDays?: number;
  /** Train in the village: most prefer a place in it, or asked for mobile training. */
  mobile: boolean;
  /** Hours of the modules with a gap. */
  hours: number;
}

export interface InclusionCheck {
  group: 'women' | 'youth' | 'disability';
  count: number;
  /** Share of the interested people (0–1). */
  share: number;
  target?: number;
  met?: boolean;
}

export interface Counted {
  id: string;
  count: number;
  share: number;
}

export interface NeedsActivity {
  id: string;
  name: string;
  catalogue?: string;
  interested: {
    total: number;
    byGender: { female: number; male: number; other: number; unknown: number };
    youth: number;
    disability: number;
  };
  skills: NeedsSkill[];
  modules: NeedsModule[];
  plan: CoursePlan;
  inclusion: InclusionCheck[];
  constraints: Counted[];
  support: Counted[];
}

export interface NeedsReport {
  activities: NeedsActivity[];
  meta: {
    files: string[];
    rows: number;
    people: number;
    /** Where the activities came from: --activities, the workspace's shortlist, or all that people asked for. */
    scope: 'activities' | 'shortlist' | 'all';
    lackingAtMost: number;
    groupSize: number;
    youth: { min: number; max: number };
    targets: { women?: number; youth?: number; disability?: number };
    /** Answers naming no known activity, with how many people gave them. */
    unmatched: { value: string; count: number }[];
    warnings: Problem[];
  };
}

export interface BuildOptions {
  scope: readonly string[];
  lang: keyof Labels;
  groupSize: number;
  targets: { women?: number; youth?: number; disability?: number };
  name: (id: string) => string;
  catalogueId: (id: string) => string | undefined;
  required: (id: string) => readonly RequiredSkill[];
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** The key with the highest count; ties go to the first counted, as the survey listed it. */
function most<K>(m: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of m) if (c > n) [best, n] = [k, c];
  return best;
}

function median(m: Map<number, number>): number | undefined {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  let seen = 0;
  for (const k of [...m.keys()].sort((a, b) => a - b)) {
    seen += m.get(k) as number;
    if (seen * 2 >= total) return k;
  }
  return undefined;
}

function counted(m: Map<string, number>, total: number): Counted[] {
  return [...m]
    .map(([id, count]) => ({ id, count, share: ratio(count, total) }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function activityOf(id: string, t: ActivityTally, o: BuildOptions): NeedsActivity {
  const skills: NeedsSkill[] = o.required(id).map((r) => {
    const s = t.skills.get(r.id) ?? { lacking: 0, unknown: t.total, held: 0 };
    const answered = t.total - s.unknown;
    return {
      id: r.id,
      kind: r.kind,
      name: r.name[o.lang],
      ...(r.level === undefined ? {} : { level: r.level }),
      ...(r.hours === undefined ? {} : { hours: r.hours }),
      ...s,
      gap: answered > 0 ? s.lacking / answered : null,
    };
  });
  const modules: NeedsModule[] = skills
    // Someone lacks it, so someone answered: the gap is a number.
    .filter((s) => s.lacking > 0)
    .map((s) => ({
      skill: s.id,
      kind: s.kind,
      name: s.name,
      ...(s.hours === undefined ? {} : { hours: s.hours }),
      trainees: s.lacking,
      priority: (s.gap as number) * t.total,
    }))
    .sort(
      (a, b) =>
        SKILL_KINDS.indexOf(a.kind) - SKILL_KINDS.indexOf(b.kind) ||
        b.priority - a.priority ||
        a.skill.localeCompare(b.skill),
    );
  const placesAnswered = [...t.places.values()].reduce((a, b) => a + b, 0);
  const inVillage = [...t.places].filter(([p]) => isVillagePlace(p)).reduce((a, [, c]) => a + c, 0);
  const time = most(t.times);
  const place = most(t.places);
  const lengthDays = median(t.lengths);
  const plan: CoursePlan = {
    groupSize: o.groupSize,
    groups: Math.ceil(t.total / o.groupSize),
    ...(time === undefined ? {} : { time }),
    ...(place === undefined ? {} : { place }),
    ...(lengthDays === undefined ? {} : { lengthDays }),
    mobile: inVillage * 2 > placesAnswered || t.mobile * 2 > t.total,
    hours: modules.reduce((h, m) => h + (m.hours ?? 0), 0),
  };
  const check = (group: InclusionCheck['group'], count: number, target: number | undefined): InclusionCheck => {
    const share = ratio(count, t.total);
    return { group, count, share, ...(target === undefined ? {} : { target, met: share >= target }) };
  };
  const catalogue = o.catalogueId(id);
  return {
    id,
    name: o.name(id),
    ...(catalogue === undefined ? {} : { catalogue }),
    interested: {
      total: t.total,
      byGender: { female: t.female, male: t.male, other: t.otherGender, unknown: t.genderUnknown },
      youth: t.youth,
      disability: t.disability,
    },
    skills,
    modules,
    plan,
    inclusion: [
      check('women', t.female, o.targets.women),
      check('youth', t.youth, o.targets.youth),
      check('disability', t.disability, o.targets.disability),
    ],
    constraints: counted(t.constraints, t.total),
    support: counted(t.support, t.total),
  };
}

const EMPTY: ActivityTally = emptyTally([]);

/** The activities in scope, in its order; one nobody asked for is there with zeros, not left out. */
export function buildActivities(acc: NeedsAccumulator, o: BuildOptions): NeedsActivity[] {
  return o.scope.map((id) => activityOf(id, acc.activities.get(id) ?? EMPTY, o));
}

/** Every activity people asked for, most wanted first (ties by id). */
export function askedFor(acc: NeedsAccumulator): string[] {
  return [...acc.activities].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0])).map(([id]) => id);
}
