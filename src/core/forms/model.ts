/**
 * The survey instruments as data: questions, choices, bilingual labels, relevance and
 * constraints, in XLSForm's vocabulary. Pure: the XLSForm sheets (xlsform.ts) and the
 * XForm (xform.ts) are both rendered from one model, so they cannot disagree.
 */
import { createHash } from 'node:crypto';
import type { Labels } from '../assessment.js';

export type FormKind = 'rating' | 'household';
export const FORM_KINDS: readonly FormKind[] = ['rating', 'household'];

export type QuestionType = 'text' | 'integer' | 'select_one' | 'select_multiple';

export interface Question {
  readonly kind: 'question';
  readonly type: QuestionType;
  readonly name: string;
  readonly label: Labels;
  readonly hint?: Labels;
  /** The choice list of a select question. */
  readonly list?: string;
  readonly required?: boolean;
  /** XLSForm syntax: `.` is the answer, `${name}` another question. */
  readonly constraint?: string;
  readonly constraintMessage?: Labels;
  readonly relevant?: string;
}

export interface Group {
  readonly kind: 'group';
  readonly name: string;
  readonly label: Labels;
  readonly children: readonly Question[];
}

export type FormItem = Question | Group;

export interface Choice {
  readonly name: string;
  readonly label: Labels;
}

export interface FormModel {
  readonly kind: FormKind;
  /** Stable per workspace and kind: the same village gets the same id every time. */
  readonly formId: string;
  /** Changes exactly when the form's content does (a hash of it). */
  readonly version: string;
  readonly title: Labels;
  readonly defaultLanguage: keyof Labels;
  readonly items: readonly FormItem[];
  /** Choice lists by name, in the order they are first used. */
  readonly choices: ReadonlyMap<string, readonly Choice[]>;
}

/** The languages of every form, as XLSForm column headers and XForm translations name them. */
export const LANGUAGES: readonly { code: keyof Labels; name: string }[] = [
  { code: 'en', name: 'English (en)' },
  { code: 'id', name: 'Indonesian (id)' },
];

export const languageName = (code: keyof Labels): string =>
  (LANGUAGES.find((l) => l.code === code) as { name: string }).name;

/** A reference to another question in an XLSForm expression: `${name}`. */
export const ref = (name: string): string => `\${${name}}`;

/** Every question with the path of groups above it (names). */
export function questionsOf(items: readonly FormItem[]): { question: Question; groups: Group[] }[] {
  return items.flatMap((item) =>
    item.kind === 'group'
      ? item.children.map((question) => ({ question, groups: [item] }))
      : [{ question: item, groups: [] }],
  );
}

/** A name XLSForm and XML accept: lower case letters, digits and `_`, not starting with a digit. */
export function xmlName(text: string, fallback = 'x'): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, ''); // one `_` at most at either end: runs are one `_` by now
  if (s === '') return fallback;
  return /^[a-z_]/.test(s) ? s : `_${s}`;
}

/** form_id: `tree_<kind>_<village>`, the same for the same workspace every time. */
export function formIdOf(kind: FormKind, place: string): string {
  return `tree_${kind}_${xmlName(place, 'workspace')}`.slice(0, 64);
}

/** Everything that makes the form what it is, in a fixed order, for the version hash. */
function canonical(model: Omit<FormModel, 'version'>): string {
  return JSON.stringify({
    kind: model.kind,
    formId: model.formId,
    title: model.title,
    defaultLanguage: model.defaultLanguage,
    items: model.items,
    choices: [...model.choices],
  });
}

/**
 * The form's version: `v` and the first 10 hex digits of a SHA-256 of its content, so a
 * form written twice from the same workspace has the same version, and any change to a
 * question, choice, label or rule gives a new one (ODK Central and KoboToolbox then keep
 * the submissions of each version apart).
 */
export function withVersion(model: Omit<FormModel, 'version'>): FormModel {
  const hash = createHash('sha256').update(canonical(model)).digest('hex').slice(0, 10);
  return { ...model, version: `v${hash}` };
}
