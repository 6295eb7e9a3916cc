import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Activity, checkCatalogue, makeCatalogue, mergeById, type Skill } from '../../src/core/catalogue.js';
import { DataError, InputError, InternalError, type Problem } from '../../src/errors.js';
import { translator } from '../../src/i18n/index.js';
import { assetPath, listAssetFiles, readAssetText } from '../../src/io/assets.js';
import { loadCatalogue, SHIPPED_CATALOGUE } from '../../src/io/catalogue.js';
import { CATALOGUE_SCHEMA_FILE, schemaValidator } from '../../src/io/schema.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const _t = translator('en');

/** Writes files into a fresh folder and returns it. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('tree-catalogue-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The problems of a load that must fail with a data error. */
async function problemsOf(options: Parameters<typeof loadCatalogue>[0]): Promise<Problem[]> {
  const error = await loadCatalogue(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).problems;
}

const skill = (id: string, kind: Skill['kind'] = 'technical'): Skill => ({ id, kind, label: { en: id, id } });
const activity = (id: string, skills: Activity['skills']): Activity => ({
  id,
  name: { en: id, id },
  sector: 'trade',
  skills,
});

describe('shipped catalogue', () => {
  it('passes the schema and the cross-reference check', async () => {
    // At run time the shipped files are trusted, not validated: this is where they are checked.
    for (const list of ['activities', 'skills'] as const) {
      const validate = await schemaValidator(CATALOGUE_SCHEMA_FILE, `#/$defs/${list}`);
      const valid = validate(JSON.parse(readFileSync(`${ROOT}/${SHIPPED_CATALOGUE[list]}`, 'utf8')));
      expect(validate.errors ?? [], list).toEqual([]);
      expect(valid).toBe(true);
    }
    const catalogue = await loadCatalogue();
    expect(catalogue.activities.length).toBeGreaterThanOrEqual(40);
    expect(catalogue.skills.length).toBeGreaterThan(20);
    expect(checkCatalogue(catalogue)).toEqual([]);
    const chips = catalogue.activityById('keripik_singkong');
    expect(chips?.name.id).toBe('Keripik singkong');
    expect(catalogue.skillsOf(chips as Activity).map((s) => s.kind)).toEqual([
      'foundation',
      'technical',
      'technical',
      'technical',
      'business',
      'business',
      'business',
      'business',
      'business',
      'core',
    ]);
    expect(catalogue.activityByName('Keripik Singkong')).toBe(chips);
  });

  it('has every activity the example workspace refers to', async () => {
    const catalogue = await loadCatalogue();
    const example = JSON.parse(readFileSync(`${ROOT}/examples/workspace/assessment.json`, 'utf8')) as {
      opportunities: { catalogue?: string }[];
    };
    const refs = example.opportunities.flatMap((o) => (o.catalogue === undefined ? [] : [o.catalogue]));
    expect(refs.length).toBeGreaterThan(0);
    for (const id of refs) expect(catalogue.activityById(id), id).toBeDefined();
  });

  it('describes every property of the schema, so editors can show help', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}/schemas/catalogue.schema.json`, 'utf8')) as object;
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [name, sub] of Object.entries(props ?? {})) if (!sub.description) undocumented.push(`${at}/${name}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
  });
});

describe('user catalogue files', () => {
  it('replaces shipped entries with the same id and adds new ones', async () => {
    const dir = folder({
      'acts.json': JSON.stringify([
        activity('budidaya_maggot', { technical: ['maggot_rearing'], business: ['marketing'] }),
        {
          ...activity('keripik_singkong', { technical: ['food_processing'] }),
          name: { en: 'Cassava crisps', id: 'Kripik singkong' },
          synonyms: { id: ['kripik telo'] },
        },
      ]),
      'skills.json': JSON.stringify([
        skill('maggot_rearing'),
        { ...skill('literacy', 'foundation'), label: { en: 'Reading and writing', id: 'Membaca dan menulis' } },
      ]),
    });
    const catalogue = await loadCatalogue({ activities: 'acts.json', skills: 'skills.json', cwd: dir });
    expect(catalogue.activities).toHaveLength((await loadCatalogue()).activities.length + 1);
    expect(catalogue.activities[0]?.name.en).toBe('Cassava crisps'); // replaced in place
    expect(catalogue.activities.at(-1)?.id).toBe('budidaya_maggot'); // added at the end
    expect(catalogue.activityByName('Kripik Telo')?.id).toBe('keripik_singkong');
    expect(catalogue.skillById('literacy')?.label.en).toBe('Reading and writing');
    expect(catalogue.skillsOf(catalogue.activityById('budidaya_maggot') as Activity).map((s) => s.id)).toEqual([
      'maggot_rearing',
      'marketing',
    ]);
  });

  it('places syntax and schema errors on their line:column and pointer', async () => {
    const broken = folder({ 'acts.json': '[\n  { "id": "x" }\n  { "id": "y" }\n]\n' });
    expect(await problemsOf({ activities: 'acts.json', cwd: broken })).toEqual([
      {
        file: 'acts.json',
        line: 3,
        column: 3,
        message: expect.stringMatching(/not valid JSON: comma expected/) as string,
      },
    ]);
    const text = [
      '[',
      '  {',
      '    "id": "gula_aren",',
      '    "name": { "en": "Palm sugar" },',
      '    "sector": "food_processing",',
      '    "capital": "tiny",',
      '    "skills": { "technical": ["food_processing"], "soft": [] }',
      '  }',
      ']',
    ].join('\r\n');
    const problems = await problemsOf({ activities: 'acts.json', cwd: folder({ 'acts.json': text }) });
    const byPointer = Object.fromEntries(problems.map((p) => [p.pointer, p]));
    expect(byPointer['/0/name']).toMatchObject({
      file: 'acts.json',
      line: 4,
      column: 5,
      message: 'the Indonesian label (name.id) is missing: give it, or the English one alone',
    });
    expect(byPointer['/0/capital']).toMatchObject({
      line: 6,
      column: 5,
      message: 'must be one of "low", "medium", "high"',
    });
    expect(byPointer['/0/skills/soft']).toMatchObject({ line: 7, column: 51 });
    expect(problems).toHaveLength(3);
  });

  it('reports unknown skills, skills under the wrong kind and duplicate ids where they are', async () => {
    const text = JSON.stringify(
      [
        activity('a', { technical: ['food_processing', 'baking'] }),
        activity('b', { technical: ['bookkeeping'] }),
        activity('a', { core: ['group_work'] }),
      ],
      null,
      2,
    );
    const problems = await problemsOf({ activities: 'acts.json', cwd: folder({ 'acts.json': text }) });
    // The duplicate stops the check before references: each file must be sound on its own first.
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: '/2/id',
        message: 'id "a" appears more than once in this file (first at /0/id): give each entry its own id',
      }),
    ]);

    const unique = JSON.stringify(JSON.parse(text).slice(0, 2), null, 2);
    const refs = await problemsOf({ activities: 'acts.json', cwd: folder({ 'acts.json': unique }) });
    expect(refs).toEqual([
      expect.objectContaining({
        file: 'acts.json',
        pointer: '/0/skills/technical/1',
        line: 12,
        column: 9,
        message: expect.stringMatching(/unknown skill "baking"/) as string,
      }),
      expect.objectContaining({
        file: 'acts.json',
        pointer: '/1/skills/technical/0',
        line: 25,
        message:
          'skill "bookkeeping" is a "business" skill (templates/skills.json), not "technical": list it under "business"',
      }),
    ]);
  });

  it('points a problem found after merging into the file the entry came from', async () => {
    const dir = folder({
      // Replaces the third shipped activity from the first entry of the user's file.
      'acts.json': JSON.stringify([activity('tepung_mocaf', { technical: ['fermenting'] })]),
      // Changes a shipped skill's kind, which shipped activities then contradict.
      'skills.json': JSON.stringify([skill('group_work', 'personal')]),
    });
    const problems = await problemsOf({ activities: 'acts.json', skills: 'skills.json', cwd: dir });
    expect(problems[0]).toMatchObject({ file: 'templates/activities.json', pointer: '/0/skills/core/0/id' });
    expect(problems[0]?.message).toContain('is a "personal" skill (skills.json)');
    expect(problems.at(-1)).toMatchObject({ file: 'acts.json', pointer: '/0/skills/technical/0', line: 1 });
  });

  it('speaks the translator it is given', async () => {
    const text = JSON.stringify([activity('a', { technical: ['baking'] })]);
    const error = await loadCatalogue({
      activities: 'a.json',
      cwd: folder({ 'a.json': text }),
      t: translator('id'),
    }).catch((e: unknown) => e);
    expect((error as DataError).message).toBe('katalog kegiatan usaha dan keterampilan memiliki 1 masalah:');
    expect((error as DataError).problems[0]?.message).toMatch(/keterampilan "baking" tidak dikenal/);
  });

  it('takes constructor as an ordinary id and rejects __proto__ by the schema', async () => {
    const dir = folder({
      'acts.json': JSON.stringify([activity('constructor', { technical: ['constructor'] })]),
      'skills.json': JSON.stringify([skill('constructor')]),
    });
    const catalogue = await loadCatalogue({ activities: 'acts.json', skills: 'skills.json', cwd: dir });
    expect(catalogue.activityById('constructor')?.id).toBe('constructor');
    expect(catalogue.skillsOf(catalogue.activityById('constructor') as Activity).map((s) => s.id)).toEqual([
      'constructor',
    ]);

    const proto =
      '[{ "id": "__proto__", "name": { "en": "x", "id": "x" }, "sector": "trade", "skills": { "__proto__": [] } }]';
    const problems = await problemsOf({ activities: 'acts.json', cwd: folder({ 'acts.json': proto }) });
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/0/id', '/0/skills/__proto__']);
  });

  it('treats a missing user file as missing input', async () => {
    await expect(loadCatalogue({ skills: 'nope.json', cwd: tempDir() })).rejects.toBeInstanceOf(InputError);
  });
});

describe('catalogue core', () => {
  it('never confuses ids with Object.prototype members', () => {
    const lists = {
      activities: [activity('toString', { technical: ['constructor', '__proto__'] })],
      skills: [skill('hasOwnProperty')],
    };
    expect(checkCatalogue(lists).map((i) => [i.code, i.pointer])).toEqual([
      ['unknownSkill', '/0/skills/technical/0'],
      ['unknownSkill', '/0/skills/technical/1'],
    ]);
    const catalogue = makeCatalogue(lists);
    for (const id of ['constructor', '__proto__', 'valueOf']) {
      expect(catalogue.activityById(id)).toBeUndefined();
      expect(catalogue.skillById(id)).toBeUndefined();
      expect(catalogue.activityByName(id)).toBeUndefined();
    }
    expect(catalogue.skillsOf(lists.activities[0] as Activity)).toEqual([]);
    const withProto = makeCatalogue({ activities: [], skills: [skill('__proto__')] });
    expect(withProto.skillById('__proto__')?.id).toBe('__proto__');
  });

  it('merges by id: replaced in place, new ones appended, later duplicates winning', () => {
    const merged = mergeById(
      [
        { id: 'a', v: 1 },
        { id: 'b', v: 1 },
      ],
      [
        { id: 'c', v: 2 },
        { id: 'a', v: 2 },
        { id: 'c', v: 3 },
      ],
    );
    expect(merged).toEqual([
      { id: 'a', v: 2 },
      { id: 'b', v: 1 },
      { id: 'c', v: 3 },
    ]);
  });
});

describe('catalogue checks and lookups', () => {
  it('report a repeated id in either list, naming the list, the entry and the first one', () => {
    const issues = checkCatalogue({
      activities: [activity('madu', {}), activity('kambing', {}), activity('madu', {})],
      skills: [skill('pricing'), skill('pricing'), skill('literacy')],
    });
    expect(issues).toEqual([
      { list: 'activities', index: 2, pointer: '/2/id', code: 'duplicateId', id: 'madu', firstIndex: 0 },
      { list: 'skills', index: 1, pointer: '/1/id', code: 'duplicateId', id: 'pricing', firstIndex: 0 },
    ]);
  });

  it('leave the shipped list as it was when a user file overrides it', () => {
    const base = Object.freeze([{ id: 'a', v: 1 }]);
    expect(
      mergeById(base, [
        { id: 'a', v: 2 },
        { id: 'b', v: 2 },
      ]),
    ).toEqual([
      { id: 'a', v: 2 },
      { id: 'b', v: 2 },
    ]);
    expect(base).toEqual([{ id: 'a', v: 1 }]);
  });

  it('find an activity by a synonym in either language; a name two activities share finds the first', () => {
    const chips: Activity = { ...activity('keripik', {}), synonyms: { en: ['Crisps'], id: ['Kripik telo'] } };
    const snacks: Activity = { ...activity('camilan', {}), synonyms: { en: ['crisps', 'Snacks'] } };
    const catalogue = makeCatalogue({ activities: [chips, snacks], skills: [] });
    expect(catalogue.activityByName('crisps')).toBe(chips);
    expect(catalogue.activityByName('KRIPIK-TELO')).toBe(chips);
    expect(catalogue.activityByName('snacks')).toBe(snacks);
    expect(catalogue.activityByName('camilan')).toBe(snacks);
  });

  it('give the skills of one kind, or of all kinds in training-plan order, leaving out unknown ids', () => {
    const catalogue = makeCatalogue({
      activities: [],
      skills: [skill('pricing', 'business'), skill('frying'), skill('teamwork', 'core')],
    });
    const chips = activity('keripik', { core: ['teamwork'], business: ['pricing', 'nope'], technical: ['frying'] });
    expect(catalogue.skillsOf(chips).map((s) => s.id)).toEqual(['frying', 'pricing', 'teamwork']);
    expect(catalogue.skillsOf(chips, 'business').map((s) => s.id)).toEqual(['pricing']);
    expect(catalogue.skillsOf(chips, 'personal')).toEqual([]);
  });
});

describe('shipped assets', () => {
  it('resolves, reads and lists files under the package root', async () => {
    expect(assetPath('schemas/catalogue.schema.json')).toBe(path.join(ROOT, 'schemas', 'catalogue.schema.json'));
    expect(JSON.parse(await readAssetText('schemas/catalogue.schema.json'))).toHaveProperty('$id');
    const files = await listAssetFiles('examples/workspace');
    expect(files).toContain('assessment.json');
    expect(files).toContain('data/ratings.csv');
    expect(files).toEqual([...files].sort());
  });

  it('treats a missing shipped file as a broken install, and refuses paths outside the package', async () => {
    const error = await readAssetText('templates/nope.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message).toContain(path.join(ROOT, 'templates', 'nope.json'));
    await expect(listAssetFiles('nope')).rejects.toBeInstanceOf(InternalError);
    expect(() => assetPath('../outside.json')).toThrow(InternalError);
  });
});
