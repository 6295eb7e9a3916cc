import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../src/core/workspace-template.js';
import { translator } from '../../src/i18n/index.js';
import { checkAssessment } from '../../src/io/workspace.js';
import { ROOT } from '../helpers/cli.js';

const t = translator('en');

describe('assessment.json schema', () => {
  it('accepts the bundled example and a new workspace', async () => {
    const example = readFileSync(`${ROOT}/examples/workspace/assessment.json`, 'utf8');
    expect((await checkAssessment(example, 'assessment.json', t)).problems).toEqual([]);
    const fresh = JSON.stringify(newAssessment({ village: 'Sumber Rejo', language: 'id' }, './assessment.schema.json'));
    expect((await checkAssessment(fresh, 'assessment.json', t)).problems).toEqual([]);
  });

  it('lists every problem with its JSON pointer and line:column', async () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "langauge": "id",',
      '  "criteria": [{ "id": "Market", "label": { "en": "Market" }, "weight": -1 }],',
      '  "targetGroups": { "inclusionTargets": { "women": 50 } }',
      '}',
    ].join('\r\n');
    const { problems, assessment } = await checkAssessment(text, 'a.json', t);
    expect(assessment).toBeUndefined();
    const byPointer = Object.fromEntries(problems.map((p) => [p.pointer, p]));
    expect(byPointer['/langauge']).toMatchObject({ line: 3, column: 3 });
    expect(byPointer['/langauge']?.message).toMatch(/unknown property "langauge"/);
    expect(byPointer['/criteria/0/id']?.message).toMatch(/lower-case letters, digits and underscores/);
    // An English label alone is enough (issue 8, point 7).
    expect(byPointer['/criteria/0/label']).toBeUndefined();
    expect(byPointer['/criteria/0/weight']?.message).toMatch(/at least 0/);
    expect(byPointer['/targetGroups/inclusionTargets/women']).toMatchObject({ line: 5 });
    expect(problems).toHaveLength(4);
  });

  it('places a syntax error on its line and column', async () => {
    const { problems } = await checkAssessment('{\n  "version": 1\n  "language": "id"\n}', 'a.json', t);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 3 });
    expect(problems[0]?.message).toMatch(/not valid JSON: comma expected/);
  });

  it('rejects duplicate criterion ids and an upside-down scale', async () => {
    const doc = {
      version: 1,
      criteria: [
        { id: 'risk', label: { en: 'Risk', id: 'Risiko' } },
        { id: 'risk', label: { en: 'Risk', id: 'Risiko' } },
      ],
      survey: { scale: { min: 5, max: 1 } },
    };
    const { problems } = await checkAssessment(JSON.stringify(doc, null, 2), 'a.json', t);
    expect(problems.map((p) => p.pointer)).toEqual(['/criteria/1/id', '/survey/scale']);
  });

  it('describes every property of the schema, so editors can show help', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/schemas/assessment.schema.json`, 'utf8')) as object;
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string; $ref?: string }> }).properties;
      for (const [name, sub] of Object.entries(props ?? {})) {
        if (!sub.description) undocumented.push(`${at}/${name}`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
  });
});
