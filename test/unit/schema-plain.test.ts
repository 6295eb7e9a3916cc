import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { activityName, activityResolver } from '../../src/core/activities.js';
import type { Assessment } from '../../src/core/assessment.js';
import { translator } from '../../src/i18n/index.js';
import { checkAssessment } from '../../src/io/workspace.js';

const en = translator('en');
const id = translator('id');

async function problemsOf(doc: unknown, t = en) {
  return (await checkAssessment(JSON.stringify(doc, null, 2), 'assessment.json', t)).problems;
}

describe('opportunity codes and aliases (issue 8, point 5)', () => {
  it('accepts any non-empty code, numbers and Kobo choice names included', async () => {
    const doc = {
      version: 1,
      opportunities: [
        { id: '132825', name: 'Keripik singkong' },
        { id: '1', name: { en: 'Palm sugar', id: 'Gula aren' }, aliases: ['2', 'gula semut'] },
        { id: 'Tiwul Instan', name: 'Tiwul instan' },
      ],
    };
    expect(await problemsOf(doc)).toEqual([]);
    expect(await problemsOf({ version: 1, opportunities: [{ id: '', name: 'x' }] })).toEqual([
      expect.objectContaining({ pointer: '/opportunities/0/id', message: 'must not be empty' }),
    ]);
  });

  it('matches survey values to opportunities by alias as by id and name', () => {
    const resolve = activityResolver([
      { id: '132825', name: 'Keripik singkong', aliases: ['chips', '7'] },
      { id: '1', name: 'Gula aren', aliases: ['2'] },
    ]);
    expect(resolve('132825')).toBe('132825');
    expect(resolve('Chips')).toBe('132825');
    expect(resolve('7')).toBe('132825');
    expect(resolve('2')).toBe('1');
    expect(resolve('gula aren')).toBe('1');
    expect(resolve('3')).toBe('3');
    expect(activityName('1', [{ id: '1', name: { id: 'Gula aren' } }], 'en')).toBe('Gula aren');
  });

  it('reports a spelling shared by two opportunities at its pointer, naming the other one', async () => {
    const doc = {
      version: 1,
      opportunities: [
        { id: 'keripik', name: 'Keripik', aliases: ['7'] },
        { id: 'gula', name: 'Gula aren', aliases: ['7', 'Keripik'] },
      ],
    };
    const problems = await problemsOf(doc);
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/opportunities/1/aliases/0', '/opportunities/1/aliases/1']);
    const first = problems.find((p) => p.pointer === '/opportunities/1/aliases/0');
    expect(first?.message).toBe(
      '"7" stands for two opportunities: it is also "keripik" (/opportunities/0/aliases/0). Give each spelling to one opportunity only.',
    );
    expect(first?.line).toBeGreaterThan(0);
    expect(
      await problemsOf({
        version: 1,
        opportunities: [
          { id: '1', name: 'a' },
          { id: '1', name: 'b' },
        ],
      }),
    ).toEqual([
      expect.objectContaining({
        pointer: '/opportunities/1/id',
        message: expect.stringMatching(/^"1" stands for two/),
      }),
    ]);
  });

  it('says in plain words, in English and Indonesian, what an id may be: no regular expression', async () => {
    const doc = { version: 1, criteria: [{ id: 'Market Demand', label: { en: 'Market' } }] };
    const [inEn] = await problemsOf(doc);
    expect(inEn?.pointer).toBe('/criteria/0/id');
    expect(inEn?.message).toBe(
      'must be lower-case letters, digits and underscores, starting with a letter, for example market_demand or jobs_2',
    );
    const [inId] = await problemsOf(doc, id);
    expect(inId?.message).toMatch(/^harus berupa huruf kecil, angka dan garis bawah/);
    for (const m of [inEn?.message, inId?.message]) expect(m).not.toMatch(/\^|\[a-z\]|pattern|pola/);
  });

  it('explains the wide pattern in plain words', async () => {
    const [p] = await problemsOf({ version: 1, survey: { wide: { pattern: '{criterion}/rating' } } });
    expect(p?.pointer).toBe('/survey/wide/pattern');
    expect(p?.message).toBe(
      'must contain {activity} where the activity stands in the column name, for example "{activity}/{criterion}", "{activity}_{criterion}", or "{activity}" alone for one question per activity',
    );
    expect(await problemsOf({ version: 1, survey: { wide: { pattern: '*already know.{activity}' } } })).toEqual([]);
  });
});

describe('labels in one language (issue 8, point 7)', () => {
  it('accepts a criterion with only an English or only an Indonesian label; the other falls back to it', async () => {
    const doc: Assessment = {
      version: 1,
      criteria: [
        { id: 'rating', label: { en: 'Rating' } },
        { id: 'harga', label: { id: 'Harga' }, direction: 'cost' },
      ],
    };
    expect(await problemsOf(doc)).toEqual([]);
    const config = resolveConfig(doc, {});
    expect(config.criteria.map((c) => c.label)).toEqual([
      { en: 'Rating', id: 'Rating' },
      { en: 'Harga', id: 'Harga' },
    ]);
  });

  it('asks for either label when none is given, naming label.en and label.id, never the criterion id', async () => {
    const [p] = await problemsOf({ version: 1, criteria: [{ id: 'rating', label: {} }] });
    expect(p?.pointer).toBe('/criteria/0/label');
    expect(p?.message).toBe(
      'give the English label (label.en), the Indonesian label (label.id), or both: either one is enough, the other falls back to it',
    );
    const [q] = await problemsOf({ version: 1, criteria: [{ id: 'rating', label: {} }] }, id);
    expect(q?.message).toMatch(/label bahasa Indonesia \(label\.id\)/);
  });
});

describe('a scale per criterion (issue 8, point 8): the schema', () => {
  it('accepts scale on a criterion and refuses one whose minimum is not below its maximum', async () => {
    const ok = {
      version: 1,
      criteria: [
        { id: 'cupping', label: { en: 'Cupping' }, scale: { min: 0, max: 10 } },
        { id: 'defects', label: { en: 'Defects' }, direction: 'cost', scale: { min: 0, max: 63 } },
      ],
    };
    expect(await problemsOf(ok)).toEqual([]);
    const config = resolveConfig(ok as Assessment, {});
    expect(config.criteria.map((c) => c.scale)).toEqual([
      { min: 0, max: 10 },
      { min: 0, max: 63 },
    ]);
    const bad = { version: 1, criteria: [{ id: 'defects', label: { en: 'Defects' }, scale: { min: 63, max: 0 } }] };
    expect(await problemsOf(bad)).toEqual([
      expect.objectContaining({
        pointer: '/criteria/0/scale',
        message: 'scale minimum 63 must be below maximum 0',
      }),
    ]);
  });
});
