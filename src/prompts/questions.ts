/**
 * Questions as data. A command declares what it needs in a table of these; one engine
 * (engine.ts) takes each answer from flags, an answers file, an earlier run or a default,
 * and asks on a terminal only for what is still missing.
 */
import type { Lang } from '../i18n/index.js';

/** Text in both languages; the type makes the compiler insist on the Indonesian. */
export type Text = Readonly<Record<Lang, string>>;

/**
 * Answers so far, nested by question id (`community.village` → `{ community: { village } }`).
 * Built from null-prototype objects, so no key can reach Object.prototype.
 */
export type Answers = Record<string, unknown>;

/** What an answer can be, by kind: text/select → string, number/integer → number, confirm → boolean, list/multiselect → string[]. */
export type Value = string | number | boolean | string[];

export type Kind = 'text' | 'number' | 'integer' | 'select' | 'multiselect' | 'confirm' | 'list';

export interface Choice {
  value: string;
  label: Text;
}

/** A default may depend on earlier answers (e.g. the district's province). */
export type Default<V> = V | ((answers: Answers) => V | undefined);

interface Common {
  /** Dotted path into the answers; segments are identifiers, never `__proto__` and the like. */
  id: string;
  message: Text;
  /** One line saying what TREE means by the question, shown under it. */
  hint?: Text;
  /** An empty answer is refused (at the prompt, and in flags, files and earlier runs). */
  required?: boolean;
  /** Asked only when this holds for the answers so far; otherwise skipped and left unset. */
  when?: (answers: Answers) => boolean;
  /** Returns why a value is refused, or undefined to accept it. Runs after the kind's own checks. */
  validate?: (value: Value, answers: Answers) => Text | undefined;
  /** The flag that answers this question, named when it is missing or wrong (`--village`). */
  flag?: string;
}

export type Question = Common &
  (
    | { kind: 'text'; default?: Default<string> }
    | { kind: 'number' | 'integer'; min?: number; max?: number; default?: Default<number> }
    /** `other: true` adds an "Other…" choice that takes free text. */
    | { kind: 'select'; choices: readonly Choice[]; other?: boolean; default?: Default<string> }
    | { kind: 'multiselect'; choices: readonly Choice[]; default?: Default<string[]> }
    | { kind: 'confirm'; default?: Default<boolean> }
    /** Comma-separated text at the prompt and in flags; an array of strings in files. */
    | { kind: 'list'; default?: Default<string[]> }
  );

// Words that would reach Object.prototype or shadow it if used as a path segment.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const SEGMENT = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Choice values the engine keeps for itself (going back, free entry). */
export const BACK = '\u0000back';
export const OTHER = '\u0000other';

/** Splits a question id into safe path segments, or throws: ids come from code, so a bad one is a bug. */
export function idPath(id: string): string[] {
  const segments = id.split('.');
  for (const s of segments) {
    if (!SEGMENT.test(s) || FORBIDDEN.has(s)) throw new Error(`question id "${id}": "${s}" is not a safe path segment`);
  }
  return segments;
}

/**
 * Checks a question table once, before anything is asked: safe and unique ids, choices
 * for select kinds, no choice value that the engine reserves. Returns the table.
 */
export function defineQuestions(questions: readonly Question[]): readonly Question[] {
  const seen = new Set<string>();
  for (const q of questions) {
    idPath(q.id);
    if (seen.has(q.id)) throw new Error(`question id "${q.id}" is declared twice`);
    seen.add(q.id);
    if (q.kind === 'select' || q.kind === 'multiselect') {
      if (q.choices.length === 0) throw new Error(`question "${q.id}" has no choices`);
      for (const c of q.choices)
        if (c.value === BACK || c.value === OTHER) throw new Error(`question "${q.id}": reserved choice value`);
    }
  }
  return questions;
}

/** Where a value is read from, so a nested id like `a.b` never walks into inherited keys. */
export function getPath(root: unknown, id: string): unknown {
  let node: unknown = root;
  for (const key of idPath(id)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets a value by id, creating null-prototype objects on the way. */
export function setPath(root: Answers, id: string, value: unknown): void {
  const path = idPath(id);
  const last = path.pop() as string;
  let node: Answers = root;
  for (const key of path) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next !== null && typeof next === 'object' && !Array.isArray(next)) node = next as Answers;
    else node = node[key] = Object.create(null) as Answers;
  }
  node[last] = value;
}

/** Removes the value of a question that no longer applies (its condition changed after going back). */
export function deletePath(root: Answers, id: string): void {
  const path = idPath(id);
  const last = path.pop() as string;
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return;
    node = (node as Answers)[key];
  }
  if (node !== null && typeof node === 'object') delete (node as Answers)[last];
}

/** A question's default for the answers so far. */
export function defaultOf(q: Question, answers: Answers): Value | undefined {
  const d: unknown = q.default;
  return typeof d === 'function' ? (d as (a: Answers) => Value | undefined)(answers) : (d as Value | undefined);
}
