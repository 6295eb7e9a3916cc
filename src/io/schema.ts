import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { InternalError } from '../errors.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import { readAssetText } from './assets.js';

export const ASSESSMENT_SCHEMA_FILE = 'assessment.schema.json';
export const CATALOGUE_SCHEMA_FILE = 'catalogue.schema.json';
export const ANSWERS_SCHEMA_FILE = 'assess-answers.schema.json';

// Promises, not values, are cached so that concurrent first calls share one compilation.
let ajvInstance: Promise<Ajv2020> | undefined;
const schemaIds = new Map<string, Promise<string>>();
const validators = new Map<string, Promise<ValidateFunction>>();

/** ajv as every shipped schema is compiled with (`extra`: the build's code options). */
export async function createAjv(extra: Options = {}): Promise<Ajv2020> {
  const [{ Ajv2020 }, { default: addFormats }] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, ...extra });
  (addFormats as unknown as (a: typeof ajv) => void)(ajv);
  return ajv;
}

/** ajv is imported only here, when something is validated, so `tree --help` stays fast. */
function loadAjv(): Promise<Ajv2020> {
  ajvInstance ??= createAjv();
  return ajvInstance;
}

/**
 * The validators the build compiles ahead of time (scripts/build-validators.mjs, into
 * dist/validators.cjs), by the name each is exported under. Compiling the assessment
 * schema costs about 0.17 s, which every command on a workspace and every worker thread
 * of a batch paid before doing anything; compiled at build time, it costs a file read.
 */
export const PRECOMPILED: Readonly<Record<string, { file: string; fragment: string }>> = {
  assessment: { file: ASSESSMENT_SCHEMA_FILE, fragment: '' },
  catalogueActivities: { file: CATALOGUE_SCHEMA_FILE, fragment: '#/$defs/activities' },
  catalogueSkills: { file: CATALOGUE_SCHEMA_FILE, fragment: '#/$defs/skills' },
  assessAnswers: { file: ANSWERS_SCHEMA_FILE, fragment: '' },
};

/** Where the build writes them: next to dist/io/, so absent when running from the TypeScript sources. */
const PRECOMPILED_FILE = fileURLToPath(new URL('../validators.cjs', import.meta.url));

let ahead: Record<string, ValidateFunction> | undefined;

/** The validator compiled at build time for a schema (and fragment), if the build made one. */
function precompiled(file: string, fragment: string): ValidateFunction | undefined {
  const name = Object.keys(PRECOMPILED).find(
    (k) => PRECOMPILED[k]?.file === file && PRECOMPILED[k]?.fragment === fragment,
  );
  if (name === undefined || !existsSync(PRECOMPILED_FILE)) return undefined;
  ahead ??= createRequire(import.meta.url)(PRECOMPILED_FILE) as Record<string, ValidateFunction>;
  return ahead[name];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keywords whose values are data, not schemas: never searched for $ref. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);
/** Keywords whose values map names to schemas: the names are not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords that say nothing about validity: beside a $ref, they can join the referenced schema. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'default',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/**
 * The schema with every local `#/$defs/name` reference replaced by the definition itself
 * (a reference that would recurse is kept). ajv calls a referenced schema as a function
 * and then copies all errors so far into a new array (`vErrors.concat(...)`), once per
 * failing array item: quadratic in the number of errors. Inlined, errors are pushed.
 */
export function inlineLocalRefs(schema: Json): Json {
  const root = schema as { $defs?: Record<string, Json> };
  const defs = root.$defs ?? {};
  const walk = (node: Json, open: readonly string[]): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, open));
    if (node === null || typeof node !== 'object') return node;
    const ref = node['$ref'];
    const name = typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
    if (name !== undefined && !name.includes('/') && defs[name] !== undefined && !open.includes(name)) {
      const { $ref: _ref, ...siblings } = node;
      const target = walk(defs[name], [...open, name]);
      const rest = walk(siblings, open) as Record<string, Json>;
      if (
        Object.keys(rest).every((k) => ANNOTATIONS.has(k)) &&
        target !== null &&
        typeof target === 'object' &&
        !Array.isArray(target)
      )
        return { ...target, ...rest };
      return { allOf: [target], ...rest };
    }
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYWORDS.has(key)) out[key] = value;
      else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, walk(sub, open)]));
      } else out[key] = walk(value, open);
    }
    return out;
  };
  return walk(schema, []);
}

/** Adds a shipped schema to ajv once; returns its $id, against which fragments resolve. */
function addShippedSchema(ajv: Ajv2020, file: string): Promise<string> {
  let id = schemaIds.get(file);
  if (!id) {
    id = readAssetText(`schemas/${file}`).then((text) => {
      const schema = inlineLocalRefs(JSON.parse(text) as Json) as { $id?: unknown };
      const { $id } = schema;
      if (typeof $id !== 'string') throw new InternalError(`schemas/${file} has no $id`);
      ajv.addSchema(schema as object);
      return $id;
    });
    schemaIds.set(file, id);
  }
  return id;
}

/**
 * The compiled validator of a shipped schema file (`schemas/<file>`), or of one of its
 * definitions when `fragment` is given (`#/$defs/name`). Compiled once per process.
 */
export function schemaValidator(file: string, fragment = ''): Promise<ValidateFunction> {
  const key = `${file}${fragment}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = (async () => {
      const built = precompiled(file, fragment);
      if (built !== undefined) return built;
      const ajv = await loadAjv();
      const id = await addShippedSchema(ajv, file);
      const compiled = ajv.getSchema(`${id}${fragment}`);
      if (!compiled) throw new InternalError(`schemas/${file} has no ${fragment}`);
      return compiled;
    })();
    validators.set(key, validator);
  }
  return validator;
}

/** Compiles the assessment schema once per process; ajv is loaded only when a file is validated. */
export function assessmentValidator(): Promise<ValidateFunction> {
  return schemaValidator(ASSESSMENT_SCHEMA_FILE);
}

/**
 * Each `pattern` of the shipped schemas, in plain words with an example: a facilitator
 * should read what is allowed, not a regular expression.
 */
const PATTERN_MESSAGES: Readonly<Record<string, MessageKey>> = {
  '^[a-z][a-z0-9_]*$': 'schema.pattern.id',
  '\\{activity\\}': 'schema.pattern.widePattern',
};

/** Names of the two languages of a labels object, for "missing the Indonesian label (label.id)". */
const LABEL_PARENTS = /\/(label|name)$/;

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
      case 'required': {
        const property = String(params['missingProperty']);
        const parent = LABEL_PARENTS.exec(e.instancePath)?.[1];
        message =
          parent !== undefined && (property === 'en' || property === 'id')
            ? t(property === 'en' ? 'schema.requiredLabelEn' : 'schema.requiredLabelId', {
                path: `${parent}.${property}`,
              })
            : t('schema.required', { property });
        break;
      }
      case 'minProperties': {
        const parent = LABEL_PARENTS.exec(e.instancePath)?.[1];
        message =
          parent !== undefined
            ? t('schema.emptyLabels', { en: `${parent}.en`, id: `${parent}.id` })
            : t('schema.other', { message: e.message ?? e.keyword });
        break;
      }
      case 'additionalProperties':
        // The name is raw: escaped as a JSON pointer segment, so a "/" in it does not split it.
        pointer = `${e.instancePath}/${String(params['additionalProperty']).replace(/~/g, '~0').replace(/\//g, '~1')}`;
        message = t('schema.additionalProperties', { property: String(params['additionalProperty']) });
        break;
      case 'type':
        message = t('schema.type', { type: String(params['type']) });
        break;
      case 'enum':
        message = t('schema.enum', {
          allowed: (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', '),
        });
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
      case 'pattern': {
        const pattern = String(params['pattern']);
        const plain = Object.hasOwn(PATTERN_MESSAGES, pattern) ? PATTERN_MESSAGES[pattern] : undefined;
        message = plain ? t(plain) : t('schema.pattern', { pattern });
        break;
      }
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
