/**
 * From what the community said to the activities it will screen: suggestions from the
 * catalogue, matched against the resources and livelihoods just entered (each with its
 * reason), and free entries matched to the catalogue through names and synonyms.
 */
import type { Labels, Opportunity } from '../assessment.js';
import type { Activity, Catalogue, Input } from '../catalogue.js';
import { foldText, normaliseName } from '../names.js';
import type { AssessAnswers } from './answers.js';
import { choiceLabel, LIVELIHOODS } from './choices.js';

/** A catalogue activity worth suggesting, and the community's own words it uses. */
export interface Suggestion {
  activity: Activity;
  /** The resources or livelihoods, as the community wrote them, that the activity uses. */
  uses: string[];
}

/** Every name an input goes by, compared as names are (case, spaces and hyphens ignored). */
function inputNames(input: Input): string[] {
  if (typeof input === 'string') return [input];
  return [input.en, input.id, ...(input.synonyms?.en ?? []), ...(input.synonyms?.id ?? [])];
}

/** Words of a text, for matching "cassava" inside "gaplek (dried cassava)". */
const words = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when `phrase` appears in `text` as whole words, in order. */
function containsPhrase(text: string, phrase: string): boolean {
  const t = words(text);
  const p = words(phrase);
  if (p.length === 0) return false;
  for (let i = 0; i + p.length <= t.length; i++) if (p.every((w, k) => t[i + k] === w)) return true;
  return false;
}

/** Does the community's word name this input: one of its names, or a whole-word part of one? */
function names(input: Input, said: string): boolean {
  const key = normaliseName(said);
  return inputNames(input).some((n) => normaliseName(n) === key || containsPhrase(n, said));
}

/**
 * Catalogue activities that use what the community listed (natural resources, and the
 * words of its livelihoods in both languages), most matches first, then catalogue order.
 */
export function suggestActivities(catalogue: Pick<Catalogue, 'activities'>, answers: AssessAnswers): Suggestion[] {
  const c = answers.community ?? {};
  const said = [
    ...(c.naturalResources ?? []),
    ...(c.otherLivelihoods ?? []),
    ...(c.mainLivelihoods ?? []).flatMap((v) => [choiceLabel(LIVELIHOODS, v, 'en'), choiceLabel(LIVELIHOODS, v, 'id')]),
  ];
  const found: Suggestion[] = [];
  for (const activity of catalogue.activities) {
    const uses: string[] = [];
    for (const word of said) {
      const activityNames = [activity.name.en, activity.name.id];
      const hit =
        (activity.inputs ?? []).some((input) => names(input, word)) ||
        activityNames.some((n) => containsPhrase(n, word));
      if (hit && !uses.some((u) => foldText(u) === foldText(word))) uses.push(word.trim());
    }
    if (uses.length > 0) found.push({ activity, uses });
  }
  // The sort is stable: activities with as many matches stay in catalogue order.
  return found.sort((a, b) => b.uses.length - a.uses.length);
}

/** One activity to screen: its key in the answers, and what assessment.json will call it. */
export interface Candidate {
  /** A safe identifier for the answers (`screening.ratings.<key>`) and new opportunity ids. */
  key: string;
  /** The opportunity id written to assessment.json and to the ratings CSV. */
  id: string;
  name: string | Labels;
  catalogue?: string;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A name as a safe identifier: `Kerupuk ikan` → `kerupuk_ikan`; never empty, never a prototype key. */
export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const safe = base === '' ? 'activity' : /^[a-z]/.test(base) ? base : `a_${base}`;
  return FORBIDDEN.has(safe) ? `${safe}_` : safe;
}

/**
 * The candidates the answers name, in order (picked suggestions, then free entries), each
 * once: a free entry that names a catalogue activity (by name or synonym) becomes it, and
 * one that names an opportunity already in the workspace keeps that opportunity's id, so
 * survey data that uses it still counts.
 */
export function candidatesOf(
  answers: AssessAnswers,
  catalogue: Pick<Catalogue, 'activityById' | 'activityByName'>,
  existing: readonly Opportunity[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  const keys = new Set<string>();
  const add = (c: Omit<Candidate, 'key'>) => {
    if (out.some((o) => o.id === c.id)) return;
    let key = slug(c.id);
    for (let n = 2; keys.has(key); n++) key = `${slug(c.id)}_${n}`;
    keys.add(key);
    out.push({ key, ...c });
  };
  const known = (activity: Activity) =>
    existing.find((o) => o.catalogue === activity.id || o.id === activity.id) ?? undefined;
  const byName = (text: string) =>
    existing.find(
      (o) =>
        normaliseName(o.id) === normaliseName(text) ||
        (typeof o.name === 'string'
          ? [o.name]
          : [o.name.en, o.name.id].filter((n): n is string => n !== undefined)
        ).some((n) => normaliseName(n) === normaliseName(text)),
    );
  for (const id of answers.identification?.suggested ?? []) {
    const activity = catalogue.activityById(id);
    if (!activity) continue;
    const o = known(activity);
    add({ id: o?.id ?? activity.id, name: { ...activity.name }, catalogue: activity.id });
  }
  for (const text of answers.identification?.other ?? []) {
    const name = text.trim();
    if (name === '') continue;
    const activity = catalogue.activityByName(name);
    const o = activity ? known(activity) : byName(name);
    if (activity) add({ id: o?.id ?? activity.id, name: { ...activity.name }, catalogue: activity.id });
    else if (o) add({ id: o.id, name: typeof o.name === 'string' ? o.name : (o.name.en ?? o.name.id ?? o.id) });
    else add({ id: slug(name), name });
  }
  return out;
}

/** A candidate's name in a language. */
export function candidateName(c: Candidate, lang: keyof Labels): string {
  return typeof c.name === 'string' ? c.name : c.name[lang];
}
