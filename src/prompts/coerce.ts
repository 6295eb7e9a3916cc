/**
 * Turning raw answers into values of a question's kind, and checking them. The same
 * rules serve a flag's string, a JSON value from an answers file or an earlier run, and
 * what was typed at a prompt, so an answer means the same wherever it came from.
 */
import type { Lang, Translate } from '../i18n/index.js';
import type { Answers, Question, Value } from './questions.js';

export interface Ctx {
  lang: Lang;
  t: Translate;
}

/** A value of the question's kind, or why the raw answer is not one. */
export type Coerced = { value: Value } | { problem: string };

const YES = new Set(['y', 'yes', 'ya', 'true', '1']);
const NO = new Set(['n', 'no', 'tidak', 'false', '0']);

/** `3,5` is 3.5: Indonesian writes decimal commas. Thousands separators are not guessed at. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim();
  const normal = s.includes('.') ? s : s.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : undefined;
}

/** Comma-separated text as a list; blanks between commas are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Matches a choice by its value, ignoring case, so `--lang ID` works like `--lang id`. */
function matchChoice(q: Question & { kind: 'select' | 'multiselect' }, text: string): string | undefined {
  const exact = q.choices.find((c) => c.value === text);
  if (exact) return exact.value;
  return q.choices.find((c) => c.value.toLowerCase() === text.toLowerCase())?.value;
}

function texts(raw: unknown, ctx: Ctx): Coerced {
  if (typeof raw === 'string') return { value: splitList(raw) };
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string'))
    return { value: raw.map((x: string) => x.trim()).filter((x) => x !== '') };
  return { problem: ctx.t('prompt.notList') };
}

/** Reads `raw` (a string from a flag or prompt, or a JSON value) as a value of `q`'s kind. */
export function coerce(q: Question, raw: unknown, ctx: Ctx): Coerced {
  const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
  switch (q.kind) {
    case 'text':
      return typeof raw === 'string' ? { value: raw.trim() } : { problem: ctx.t('prompt.notText') };
    case 'number':
    case 'integer': {
      // Nothing typed is no answer, as for text: refused only when the question is required.
      if (typeof raw === 'string' && raw.trim() === '') return { value: '' };
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumber(raw) : undefined;
      if (n === undefined || !Number.isFinite(n)) return { problem: ctx.t('prompt.notNumber', { value: shown }) };
      if (q.kind === 'integer' && !Number.isInteger(n))
        return { problem: ctx.t('prompt.notInteger', { value: shown }) };
      return { value: n };
    }
    case 'confirm': {
      if (typeof raw === 'boolean') return { value: raw };
      const word = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (YES.has(word)) return { value: true };
      if (NO.has(word)) return { value: false };
      return { problem: ctx.t('prompt.notYesNo', { value: shown }) };
    }
    case 'list':
      return texts(raw, ctx);
    case 'select': {
      if (typeof raw !== 'string') return { problem: ctx.t('prompt.notText') };
      const text = raw.trim();
      const found = matchChoice(q, text);
      if (found !== undefined) return { value: found };
      // Free entry ("other") accepts any text; an empty one means no answer.
      if (q.other === true || text === '') return { value: text };
      return { problem: ctx.t('prompt.notChoice', { value: text, allowed: q.choices.map((c) => c.value).join(', ') }) };
    }
    case 'multiselect': {
      const list = texts(raw, ctx);
      if ('problem' in list) return list;
      const values: string[] = [];
      for (const item of list.value as string[]) {
        const found = matchChoice(q, item);
        if (found === undefined)
          return {
            problem: ctx.t('prompt.notChoice', { value: item, allowed: q.choices.map((c) => c.value).join(', ') }),
          };
        if (!values.includes(found)) values.push(found);
      }
      return { value: values };
    }
  }
}

/** True for an answer that says nothing: empty text or an empty list. */
export function isEmpty(value: Value): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

/** Why `value` is refused for `q` given the answers so far (required, range, the question's own rule), or undefined. */
export function check(q: Question, value: Value, answers: Answers, ctx: Ctx): string | undefined {
  if (isEmpty(value)) return q.required === true ? ctx.t('prompt.required') : undefined;
  if (typeof value === 'number' && (q.kind === 'number' || q.kind === 'integer')) {
    if (q.min !== undefined && value < q.min) return ctx.t('prompt.tooSmall', { min: q.min });
    if (q.max !== undefined && value > q.max) return ctx.t('prompt.tooLarge', { max: q.max });
  }
  return q.validate?.(value, answers)?.[ctx.lang];
}

/** A value as the text a prompt shows and accepts back (a list as `a, b`). */
export function asText(value: Value | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
