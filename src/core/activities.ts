import type { Opportunity } from './assessment.js';
import { normaliseName } from './names.js';

/**
 * Resolves the activity values of a survey to the workspace's opportunities, so that an
 * export with choice names (`keripik_singkong`) and one with choice labels (`Keripik
 * singkong`) count as the same activity. Values that match no opportunity stay as they are.
 * Cached per distinct value: it runs once per row.
 */
export function activityResolver(opportunities: readonly Opportunity[] = []): (value: string) => string {
  const known = new Map<string, string>();
  // Ids and aliases first, so that an exact code wins over a name that happens to spell it.
  for (const o of opportunities)
    for (const n of [o.id, ...(o.aliases ?? [])]) if (!known.has(normaliseName(n))) known.set(normaliseName(n), o.id);
  for (const o of opportunities)
    for (const n of opportunityNames(o)) if (!known.has(normaliseName(n))) known.set(normaliseName(n), o.id);
  return (value) => known.get(normaliseName(value)) ?? value;
}

/** The names of an opportunity: one text, or its English and Indonesian names (either may be left out). */
export function opportunityNames(o: Opportunity): string[] {
  if (typeof o.name === 'string') return [o.name];
  return [o.name.en, o.name.id].filter((n): n is string => n !== undefined);
}

/** A spelling shared by two opportunities: the second one's pointer, and the first's id. */
export interface SpellingClash {
  spelling: string;
  /** JSON pointer of the id or alias that repeats a spelling of another opportunity. */
  pointer: string;
  first: string;
  firstPointer: string;
}

/**
 * Spellings (ids and aliases, compared as survey values are) that would stand for two
 * opportunities: a survey value could not say which one it means. Names are not compared
 * with each other: only what the workspace declares as a code or alias.
 */
export function spellingClashes(opportunities: readonly Opportunity[]): SpellingClash[] {
  const owner = new Map<string, { index: number; id: string; pointer: string }>();
  const clashes: SpellingClash[] = [];
  opportunities.forEach((o, index) => {
    const claims = [
      { spelling: o.id, pointer: `/opportunities/${index}/id` },
      ...(o.aliases ?? []).map((spelling, k) => ({ spelling, pointer: `/opportunities/${index}/aliases/${k}` })),
    ];
    for (const { spelling, pointer } of claims) {
      const key = normaliseName(spelling);
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, { index, id: o.id, pointer });
      else if (seen.index !== index) clashes.push({ spelling, pointer, first: seen.id, firstPointer: seen.pointer });
    }
  });
  // An id or alias that is another opportunity's name is ambiguous too.
  opportunities.forEach((o, i) => {
    for (const n of opportunityNames(o)) {
      const seen = owner.get(normaliseName(n));
      if (seen !== undefined && seen.index !== i)
        clashes.push({ spelling: n, pointer: seen.pointer, first: o.id, firstPointer: `/opportunities/${i}/name` });
    }
  });
  return clashes;
}

/** The name to show for an activity in a language: the opportunity's name, else the value itself. */
export function activityName(id: string, opportunities: readonly Opportunity[], lang: 'en' | 'id'): string {
  const o = opportunities.find((x) => x.id === id);
  if (!o) return id;
  if (typeof o.name === 'string') return o.name;
  return o.name[lang] ?? o.name.en ?? o.name.id ?? id;
}
