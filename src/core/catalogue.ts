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
  skills: Partial<Record<SkillKind, string[]>>;
}

export interface Skill {
  id: string;
  kind: SkillKind;
  label: Bilingual;
  synonyms?: Synonyms;
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
);

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
 * Checks what the schema cannot: ids are unique in each list, and every skill an activity
 * requires exists and is listed under its own kind.
 */
export function checkCatalogue(lists: CatalogueLists): CatalogueIssue[] {
  const issues = [...duplicateIds('activities', lists.activities), ...duplicateIds('skills', lists.skills)];
  const skills = new Map(lists.skills.map((s) => [s.id, s]));
  lists.activities.forEach((activity, index) => {
    for (const kind of SKILL_KINDS) {
      activity.skills[kind]?.forEach((skill, j) => {
        const pointer = `/${index}/skills/${kind}/${j}`;
        const known = skills.get(skill);
        if (!known) issues.push({ list: 'activities', index, pointer, code: 'unknownSkill', skill, kind });
        else if (known.kind !== kind)
          issues.push({ list: 'activities', index, pointer, code: 'kindMismatch', skill, kind, actual: known.kind });
      });
    }
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
  return {
    activities: lists.activities,
    skills: lists.skills,
    activityById: (id) => activities.get(id),
    skillById: (id) => skills.get(id),
    activityByName: (text) => names.get(normaliseName(text)),
    skillsOf: (activity, kind) =>
      (kind === undefined ? SKILL_KINDS : [kind])
        .flatMap((k) => activity.skills[k] ?? [])
        .map((id) => skills.get(id))
        .filter((s): s is Skill => s !== undefined),
  };
}
