/**
 * The validators compiled at build time (dist/validators.cjs) judge every document as the
 * ones ajv compiles at run time from schemas/: the same verdict and the same errors, which
 * the messages users read are made from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv, inlineLocalRefs, PRECOMPILED } from '../../src/io/schema.js';
import { ROOT } from '../helpers/cli.js';

const BUILT = path.join(ROOT, 'dist', 'validators.cjs');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function compiledAtRunTime(): Promise<Record<string, ValidateFunction>> {
  const ajv = await createAjv();
  const ids = new Map<string, string>();
  const out: Record<string, ValidateFunction> = {};
  for (const [name, { file, fragment }] of Object.entries(PRECOMPILED)) {
    if (!ids.has(file)) {
      const schema = inlineLocalRefs(JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8'))) as {
        $id: string;
      };
      ajv.addSchema(schema);
      ids.set(file, schema.$id);
    }
    out[name] = ajv.getSchema(`${ids.get(file)}${fragment}`) as ValidateFunction;
  }
  return out;
}

/** Every path into a document, to break it at. */
function paths(doc: Json, at: (string | number)[] = []): (string | number)[][] {
  if (doc === null || typeof doc !== 'object') return [at];
  const keys = Array.isArray(doc) ? doc.map((_, i) => i) : Object.keys(doc);
  return [at, ...keys.flatMap((k) => paths((doc as Record<string | number, Json>)[k] as Json, [...at, k]))];
}

function broken(doc: Json, at: (string | number)[], value: Json | undefined): Json {
  if (at.length === 0) return value === undefined ? null : value;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node = copy;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = at.at(-1) as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as Json;
}

const SAMPLES: Record<string, Json> = {
  assessment: JSON.parse(readFileSync(path.join(ROOT, 'examples', 'workspace', 'assessment.json'), 'utf8')),
  catalogueActivities: JSON.parse(readFileSync(path.join(ROOT, 'templates', 'activities.json'), 'utf8')).slice(0, 3),
  catalogueSkills: JSON.parse(readFileSync(path.join(ROOT, 'templates', 'skills.json'), 'utf8')).slice(0, 3),
  assessAnswers: { version: 1, answers: { village: 'Sumberrejo', language: 'id' } },
};

describe('validators compiled at build time', () => {
  it('are built, one for each schema the commands validate with', () => {
    expect(existsSync(BUILT)).toBe(true);
    const built = createRequire(import.meta.url)(BUILT) as Record<string, unknown>;
    for (const name of Object.keys(PRECOMPILED)) expect(typeof built[name], name).toBe('function');
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(PRECOMPILED).sort());
  });

  it('give the verdict and errors of a run-time compile on documents broken anywhere', async () => {
    const built = createRequire(import.meta.url)(BUILT) as Record<string, ValidateFunction>;
    const runtime = await compiledAtRunTime();
    const judge = (v: ValidateFunction, doc: Json) => ({ valid: v(doc), errors: v.errors ?? null });
    for (const [name, sample] of Object.entries(SAMPLES)) {
      const ahead = built[name] as ValidateFunction;
      const now = runtime[name] as ValidateFunction;
      expect(judge(ahead, sample), name).toEqual(judge(now, sample));
      const where = paths(sample);
      fc.assert(
        fc.property(
          fc.constantFrom(...where),
          fc.constantFrom<Json | undefined>(undefined, null, 42, -1, 1.5, '', 'x', 'BAD ID', true, [], {}, [{}], {
            en: '',
          }),
          (at, value) => {
            const doc = broken(sample, at, value);
            expect(judge(ahead, doc)).toEqual(judge(now, doc));
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
