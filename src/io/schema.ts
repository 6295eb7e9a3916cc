import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Translate } from '../i18n/index.js';

export const ASSESSMENT_SCHEMA_FILE = 'assessment.schema.json';

let cached: ValidateFunction | undefined;

/** Compiles the assessment schema once per process; ajv is loaded only when a file is validated. */
export async function assessmentValidator(): Promise<ValidateFunction> {
  if (cached) return cached;
  const [{ Ajv2020 }, { default: addFormats }] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  (addFormats as unknown as (a: typeof ajv) => void)(ajv);
  const schema: unknown = JSON.parse(readFileSync(new URL(`../../schemas/${ASSESSMENT_SCHEMA_FILE}`, import.meta.url), 'utf8'));
  cached = ajv.compile(schema as object);
  return cached;
}

export interface SchemaProblem {
  pointer: string;
  message: string;
}

/**
 * Turns ajv errors into one readable line each, in the user's language. `oneOf` noise
 * (one error per failed branch) is reduced to the most specific message per pointer.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[], t: Translate): SchemaProblem[] {
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const params = e.params as Record<string, unknown>;
    let pointer = e.instancePath || '/';
    let message: string;
    switch (e.keyword) {
      case 'required':
        message = t('schema.required', { property: String(params['missingProperty']) });
        break;
      case 'additionalProperties':
        pointer = `${e.instancePath}/${String(params['additionalProperty'])}`;
        message = t('schema.additionalProperties', { property: String(params['additionalProperty']) });
        break;
      case 'type':
        message = t('schema.type', { type: String(params['type']) });
        break;
      case 'enum':
        message = t('schema.enum', { allowed: (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ') });
        break;
      case 'const':
        message = t('schema.const', { allowed: JSON.stringify(params['allowedValue']) });
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'minItems':
        message = t(`schema.${e.keyword}`, { limit: String(params['limit']) });
        break;
      case 'minLength':
        message = t('schema.minLength');
        break;
      case 'pattern':
        message = t('schema.pattern', { pattern: String(params['pattern']) });
        break;
      case 'uniqueItems':
        message = t('schema.uniqueItems', { i: String(params['i']), j: String(params['j']) });
        break;
      case 'propertyNames':
        continue; // the pattern error on the name itself says it better
      default:
        message = t('schema.other', { message: e.message ?? e.keyword });
    }
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, message });
  }
  return out;
}
