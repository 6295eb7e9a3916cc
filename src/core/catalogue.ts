/**
 * The activity and skill catalogues (templates/activities.json, templates/skills.json),
 * as schemas/catalogue.schema.json describes them, with the checks a schema cannot make.
 * Ids come from files, so every lookup is a Map: an id such as `constructor` or
 * `__proto__` is just a string here.
 */
import { normaliseName } from './names.js';

/** ILO kinds of skill, in the order a training plan lists them. */
export const SKILL_KINDS = ['foundation', 'technical', 'business', 'core', 'personal'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

export type CapitalBand = 'low' | 'medium' | 'high';

/**
 * Band limits in rupiah. A band is judged by the midpoint of an activity's range, so a
 * range that straddles a limit (say 5–20 million) still has exactly one right band.
 */
export const CAPITAL_LOW_BELOW = 10_000_000;
export const CAPITAL_HIGH_ABOVE = 50_000_000;

/** Start-up capital for a small group or household, in rupiah. */
export interface CapitalRange {
  min: number;
  max: number;
}

/** The band a range belongs to: low below 10 million at its midpoint, high above 50 million. */
export function capitalBandOf(range: CapitalRange): CapitalBand {
  const midpoint = (range.min + range.max) / 2;
  if (midpoint < CAPITAL_LOW_BELOW) return 'low';
  return midpoint > CAPITAL_HIGH_ABOVE ? 'high' : 'medium';
}

export const SKILL_LEVELS = ['basic', 'intermediate', 'advanced'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** A required skill with the level and typical training hours this activity needs. */
export interface SkillNeed {
  id: string;
  level?: SkillLevel;
  hours?: number;
}

/** A skill an activity requires: its id alone, or with level and hours. */
export type SkillRef = string | SkillNeed;

/** Permits a small producer commonly needs; `other` covers sector-specific ones. */
export const PERMITS = ['PIRT', 'halal', 'NIB', 'BPOM', 'SNI', 'other'] as const;
export type Permit = (typeof PERMITS)[number];

/** Post-training support, in the words of the trainee survey's question on it. */
export const SUPPORT = [
  'credit',
  'equipment',
  'market_access',
  'group_formation',
  'mentoring',
  'certification',
] as const;
export type Support = (typeof SUPPORT)[number];

export interface Bilingual {
  en: string;
  id: string;
}

export interface Synonyms {
  en?: string[];
  id?: string[];
}

/** An input named in one language, or in both with the other names people use for it. */
export type Input = string | (Bilingual & { synonyms?: Synonyms });

export interface Activity {
  id: string;
  name: Bilingual;
  synonyms?: Synonyms;
  sector: string;
  inputs?: Input[];
  capital?: CapitalBand;
  capitalIdr?: CapitalRange;
  skills: Partial<Record<SkillKind, SkillRef[]>>;
  permits?: Permit[];
  support?: Support[];
}

export interface Skill {
  id: string;
  kind: SkillKind;
  label: Bilingual;
  synonyms?: Synonyms;
  /** Typical training hours, for an activity that names the skill by id alone. */
  hours?: number;
  /** Usual level, for an activity that names the skill by id alone. */
  level?: SkillLevel;
}

export interface CatalogueLists {
  activities: readonly Activity[];
  skills: readonly Skill[];
}

export type CatalogueList = keyof CatalogueLists;

/** What is wrong, where: `index` is the entry in its list, `pointer` is relative to that list. */
export type CatalogueIssue = { list: CatalogueList; index: number; pointer: string } & (
  | { code: 'duplicateId'; id: string; firstIndex: number }
  | { code: 'unknownSkill'; skill: string; kind: SkillKind }
  | { code: 'kindMismatch'; skill: string; kind: SkillKind; actual: SkillKind }
  /** `first` is a pointer inside the same activity, so it stays right when the entry moves. */
  | { code: 'duplicateSkill'; skill: string; first: string }
  | { code: 'capitalRange'; min: number; max: number }
  | { code: 'capitalBand'; band: CapitalBand; expected: CapitalBand; midpoint: number }
);

/** The id a skill reference names. */
export const skillIdOf = (ref: SkillRef): string => (typeof ref === 'string' ? ref : ref.id);

/** Entries whose id an earlier entry of the same list already has. */
export function duplicateIds(list: CatalogueList, entries: readonly { id: string }[]): CatalogueIssue[] {
  const first = new Map<string, number>();
  const issues: CatalogueIssue[] = [];
  entries.forEach((e, index) => {
    const firstIndex = first.get(e.id);
    if (firstIndex === undefined) first.set(e.id, index);
    else issues.push({ list, index, pointer: `/${index}/id`, code: 'duplicateId', id: e.id, firstIndex });
  });
  return issues;
}

/**
 * Checks what the schema cannot: ids are unique in each list; every skill an activity
 * requires exists, is listed under its own kind and only once; and the capital band
 * agrees with the rupiah range (min ≤ max, band of the midpoint).
 */
export function checkCatalogue(lists: CatalogueLists): CatalogueIssue[] {
  const issues = [...duplicateIds('activities', lists.activities), ...duplicateIds('skills', lists.skills)];
  const skills = new Map(lists.skills.map((s) => [s.id, s]));
  lists.activities.forEach((activity, index) => {
    const at = (pointer: string) => ({ list: 'activities' as const, index, pointer });
    const seen = new Map<string, string>();
    for (const kind of SKILL_KINDS) {
      activity.skills[kind]?.forEach((ref, j) => {
        // In the object form the id is a field of its own: point at it, not at the object.
        const inEntry = `/skills/${kind}/${j}${typeof ref === 'string' ? '' : '/id'}`;
        const pointer = `/${index}${inEntry}`;
        const skill = skillIdOf(ref);
        const first = seen.get(skill);
        if (first !== undefined) issues.push({ ...at(pointer), code: 'duplicateSkill', skill, first });
        else seen.set(skill, inEntry);
        const known = skills.get(skill);
        if (!known) issues.push({ ...at(pointer), code: 'unknownSkill', skill, kind });
        else if (known.kind !== kind)
          issues.push({ ...at(pointer), code: 'kindMismatch', skill, kind, actual: known.kind });
      });
    }
    const range = activity.capitalIdr;
    if (range === undefined) return;
    if (range.min > range.max)
      issues.push({ ...at(`/${index}/capitalIdr`), code: 'capitalRange', min: range.min, max: range.max });
    else if (activity.capital !== undefined && capitalBandOf(range) !== activity.capital)
      issues.push({
        ...at(`/${index}/capital`),
        code: 'capitalBand',
        band: activity.capital,
        expected: capitalBandOf(range),
        midpoint: (range.min + range.max) / 2,
      });
  });
  return issues;
}

/** `base` with `override`'s entries: the same id replaces the entry in place, a new id is appended. */
export function mergeById<T extends { id: string }>(base: readonly T[], override: readonly T[]): T[] {
  const position = new Map(base.map((e, i) => [e.id, i]));
  const out = base.slice();
  for (const e of override) {
    const i = position.get(e.id);
    if (i === undefined) {
      position.set(e.id, out.length);
      out.push(e);
    } else out[i] = e;
  }
  return out;
}

export interface Catalogue extends CatalogueLists {
  activityById(id: string): Activity | undefined;
  skillById(id: string): Skill | undefined;
  /** The activity an answer names: its id, a name or a synonym, compared as normaliseName does. */
  activityByName(text: string): Activity | undefined;
  /** Skills an activity requires, by kind in SKILL_KINDS order; ids not in the catalogue are left out. */
  skillsOf(activity: Activity, kind?: SkillKind): Skill[];
  /**
   * What an activity requires, as skillsOf orders it, with level and hours: the activity's
   * own values, else the skill's, else undefined.
   */
  requirementsOf(activity: Activity, kind?: SkillKind): Requirement[];
}

/** A required skill, resolved: a training plan needs the level and the hours, not only the id. */
export interface Requirement {
  skill: Skill;
  kind: SkillKind;
  level: SkillLevel | undefined;
  hours: number | undefined;
}

/** Wraps checked lists with lookups; where two activities share a name, the first one wins. */
export function makeCatalogue(lists: CatalogueLists): Catalogue {
  const activities = new Map(lists.activities.map((a) => [a.id, a]));
  const skills = new Map(lists.skills.map((s) => [s.id, s]));
  const names = new Map<string, Activity>();
  for (const a of lists.activities) {
    for (const n of [a.id, a.name.en, a.name.id, ...(a.synonyms?.en ?? []), ...(a.synonyms?.id ?? [])]) {
      const key = normaliseName(n);
      if (!names.has(key)) names.set(key, a);
    }
  }
  const requirementsOf = (activity: Activity, kind?: SkillKind): Requirement[] =>
    (kind === undefined ? SKILL_KINDS : [kind]).flatMap((k) =>
      (activity.skills[k] ?? []).flatMap((ref): Requirement[] => {
        const skill = skills.get(skillIdOf(ref));
        if (!skill) return [];
        const need: Partial<SkillNeed> = typeof ref === 'string' ? {} : ref;
        return [{ skill, kind: k, level: need.level ?? skill.level, hours: need.hours ?? skill.hours }];
      }),
    );
  return {
    activities: lists.activities,
    skills: lists.skills,
    activityById: (id) => activities.get(id),
    skillById: (id) => skills.get(id),
    activityByName: (text) => names.get(normaliseName(text)),
    skillsOf: (activity, kind) => requirementsOf(activity, kind).map((r) => r.skill),
    requirementsOf,
  };
}
