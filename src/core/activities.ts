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
  for (const o of opportunities) {
    const names = typeof o.name === 'string' ? [o.name] : [o.name.en, o.name.id];
    for (const n of [o.id, ...names]) if (!known.has(normaliseName(n))) known.set(normaliseName(n), o.id);
  }
  return (value) => known.get(normaliseName(value)) ?? value;
}

/** The name to show for an activity in a language: the opportunity's name, else the value itself. */
export function activityName(id: string, opportunities: readonly Opportunity[] = [], lang: 'en' | 'id'): string {
  const o = opportunities.find((x) => x.id === id);
  if (!o) return id;
  return typeof o.name === 'string' ? o.name : o.name[lang];
}
