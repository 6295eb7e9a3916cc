import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Activity,
  CAPITAL_HIGH_ABOVE,
  CAPITAL_LOW_BELOW,
  capitalBandOf,
  checkCatalogue,
  makeCatalogue,
  type Skill,
} from '../../src/core/catalogue.js';
import { DataError, type Problem } from '../../src/errors.js';
import { loadCatalogue } from '../../src/io/catalogue.js';
import { tempDir } from '../helpers/cli.js';

const skill = (id: string, kind: Skill['kind'], extra: Partial<Skill> = {}): Skill => ({
  id,
  kind,
  label: { en: id, id },
  ...extra,
});
const activity = (id: string, skills: Activity['skills'], extra: Partial<Activity> = {}): Activity => ({
  id,
  name: { en: id, id },
  sector: 'trade',
  skills,
  ...extra,
});
const SKILLS = [
  skill('numeracy', 'foundation', { hours: 12, level: 'basic' }),
  skill('welding', 'technical', { hours: 120 }),
  skill('sewing', 'technical'),
  skill('bookkeeping', 'business', { level: 'basic' }),
];

describe('skill references in both forms', () => {
  it('checks object refs like string refs, pointing at the id field', () => {
    const lists = {
      activities: [
        activity('las', {
          technical: ['welding', { id: 'weldng', hours: 80 }, { id: 'bookkeeping', level: 'basic' }],
          business: ['sewing'],
        }),
      ],
      skills: SKILLS,
    };
    expect(checkCatalogue(lists)).toEqual([
      {
        list: 'activities',
        index: 0,
        pointer: '/0/skills/technical/1/id',
        code: 'unknownSkill',
        skill: 'weldng',
        kind: 'technical',
      },
      {
        list: 'activities',
        index: 0,
        pointer: '/0/skills/technical/2/id',
        code: 'kindMismatch',
        skill: 'bookkeeping',
        kind: 'technical',
        actual: 'business',
      },
      {
        list: 'activities',
        index: 0,
        pointer: '/0/skills/business/0',
        code: 'kindMismatch',
        skill: 'sewing',
        kind: 'business',
        actual: 'technical',
      },
    ]);
  });

  it('finds a skill listed twice, whatever the form, and names the first place', () => {
    const lists = {
      activities: [
        activity('a', {}),
        activity('las', { technical: ['welding', 'sewing', { id: 'welding', hours: 40 }] }),
      ],
      skills: SKILLS,
    };
    expect(checkCatalogue(lists)).toEqual([
      expect.objectContaining({
        index: 1,
        pointer: '/1/skills/technical/2/id',
        code: 'duplicateSkill',
        skill: 'welding',
        first: '/skills/technical/0',
      }),
    ]);
  });

  it('resolves level and hours: the activity’s own, else the skill’s, else undefined', () => {
    const las = activity('las', {
      foundation: ['numeracy'],
      technical: [{ id: 'welding', level: 'intermediate' }, { id: 'sewing', hours: 24 }, 'unknown'],
      business: [{ id: 'bookkeeping', level: 'intermediate', hours: 16 }],
    });
    const catalogue = makeCatalogue({ activities: [las], skills: SKILLS });
    const resolved = catalogue
      .requirementsOf(las)
      .map((r) => ({ id: r.skill.id, kind: r.kind, level: r.level, hours: r.hours }));
    expect(resolved).toEqual([
      { id: 'numeracy', kind: 'foundation', level: 'basic', hours: 12 },
      { id: 'welding', kind: 'technical', level: 'intermediate', hours: 120 },
      { id: 'sewing', kind: 'technical', level: undefined, hours: 24 },
      { id: 'bookkeeping', kind: 'business', level: 'intermediate', hours: 16 },
    ]);
    expect(catalogue.requirementsOf(las, 'technical').map((r) => r.skill.id)).toEqual(['welding', 'sewing']);
    // skillsOf reads both forms and keeps its order.
    expect(catalogue.skillsOf(las).map((s) => s.id)).toEqual(['numeracy', 'welding', 'sewing', 'bookkeeping']);
  });
});

describe('capital band and rupiah range', () => {
  it('takes the band of the midpoint, the limits belonging to medium', () => {
    expect(capitalBandOf({ min: 2_000_000, max: 10_000_000 })).toBe('low');
    expect(capitalBandOf({ min: 0, max: 2 * CAPITAL_LOW_BELOW - 2 })).toBe('low');
    expect(capitalBandOf({ min: 0, max: 2 * CAPITAL_LOW_BELOW })).toBe('medium');
    expect(capitalBandOf({ min: 15_000_000, max: 50_000_000 })).toBe('medium');
    expect(capitalBandOf({ min: CAPITAL_HIGH_ABOVE, max: CAPITAL_HIGH_ABOVE })).toBe('medium');
    expect(capitalBandOf({ min: CAPITAL_HIGH_ABOVE, max: CAPITAL_HIGH_ABOVE + 2 })).toBe('high');
  });

  it('reports a band that disagrees with the range, and a range upside down', () => {
    const lists = {
      activities: [
        activity('ok', {}, { capital: 'low', capitalIdr: { min: 2_000_000, max: 10_000_000 } }),
        activity('band', {}, { capital: 'low', capitalIdr: { min: 15_000_000, max: 50_000_000 } }),
        activity('upside', {}, { capital: 'low', capitalIdr: { min: 9_000_000, max: 1_000_000 } }),
        activity('range_only', {}, { capitalIdr: { min: 60_000_000, max: 90_000_000 } }),
      ],
      skills: SKILLS,
    };
    expect(checkCatalogue(lists)).toEqual([
      expect.objectContaining({
        pointer: '/1/capital',
        code: 'capitalBand',
        band: 'low',
        expected: 'medium',
        midpoint: 32_500_000,
      }),
      expect.objectContaining({ pointer: '/2/capitalIdr', code: 'capitalRange', min: 9_000_000, max: 1_000_000 }),
    ]);
  });
});

/** Writes files into a fresh folder and returns it. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('tree-catalogue-content-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function problemsOf(options: Parameters<typeof loadCatalogue>[0]): Promise<Problem[]> {
  const error = await loadCatalogue(options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).problems;
}

/** Line and column (from 1) where `snippet` first appears in `text`. */
function at(text: string, snippet: string): [number, number] {
  const before = text.slice(0, text.indexOf(snippet)).split('\n');
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

/** A user's own version of the shipped cassava chips, with every field of the format. */
const CHIPS = {
  id: 'keripik_singkong',
  name: { en: 'Spicy cassava chips', id: 'Keripik singkong balado' },
  synonyms: { id: ['keripik balado'] },
  sector: 'food_processing',
  inputs: [{ en: 'cassava', id: 'singkong' }, 'chilli paste'],
  capital: 'low',
  capitalIdr: { min: 3_000_000, max: 8_000_000 },
  skills: {
    foundation: [{ id: 'numeracy', level: 'basic', hours: 8 }],
    technical: ['food_processing', { id: 'food_hygiene', level: 'basic', hours: 12 }],
    business: [{ id: 'costing_pricing', level: 'basic', hours: 12 }],
  },
  permits: ['PIRT', 'halal', 'NIB'],
  support: ['market_access', 'certification'],
};

describe('a user file with the full format', () => {
  it('replaces a shipped activity and resolves its skills', async () => {
    const dir = folder({ 'acts.json': JSON.stringify([CHIPS], null, 2) });
    const catalogue = await loadCatalogue({ activities: 'acts.json', cwd: dir });
    const chips = catalogue.activityByName('keripik balado');
    expect(chips?.id).toBe('keripik_singkong');
    expect(catalogue.activities[0]).toBe(chips); // in the shipped entry's place
    expect(chips).toMatchObject({ permits: ['PIRT', 'halal', 'NIB'], capitalIdr: { min: 3_000_000, max: 8_000_000 } });
    expect(catalogue.requirementsOf(chips as Activity, 'technical')[1]).toMatchObject({
      skill: { id: 'food_hygiene' },
      level: 'basic',
      hours: 12,
    });
  });

  it('lists every problem of the new fields at file:line:column', async () => {
    const bad = {
      ...CHIPS,
      capital: 'high',
      permits: ['PIRT', 'SIUP'],
      support: ['training'],
      skills: {
        technical: [{ id: 'food_hygiene', level: 'expert', hours: 0 }, { id: 'frying' }],
        business: [{ id: 'numeracy' }],
      },
    };
    const text = JSON.stringify([bad], null, 2);
    const dir = folder({ 'acts.json': text });
    const schema = await problemsOf({ activities: 'acts.json', cwd: dir });
    expect(schema.map((p) => [p.pointer, p.line, p.column, p.message])).toEqual([
      [
        '/0/skills/technical/0/level',
        ...at(text, '"level": "expert"'),
        'must be one of "basic", "intermediate", "advanced"',
      ],
      ['/0/skills/technical/0/hours', ...at(text, '"hours": 0'), 'must be at least 1'],
      ['/0/permits/1', ...at(text, '"SIUP"'), 'must be one of "PIRT", "halal", "NIB", "BPOM", "SNI", "other"'],
      [
        '/0/support/0',
        ...at(text, '"training"'),
        'must be one of "credit", "equipment", "market_access", "group_formation", "mentoring", "certification"',
      ],
    ]);

    // Once the file is sound, references and the band are checked across the merged lists.
    const sound = {
      ...bad,
      permits: CHIPS.permits,
      support: CHIPS.support,
      skills: { ...bad.skills, technical: [{ id: 'food_hygiene' }, { id: 'frying' }] },
    };
    const soundText = JSON.stringify([sound], null, 2);
    const refs = await problemsOf({ activities: 'acts.json', cwd: folder({ 'acts.json': soundText }) });
    expect(refs.map((p) => [p.file, p.pointer, p.line, p.column])).toEqual([
      ['acts.json', '/0/capital', ...at(soundText, '"capital": "high"')],
      ['acts.json', '/0/skills/technical/1/id', ...at(soundText, '"id": "frying"')],
      ['acts.json', '/0/skills/business/0/id', ...at(soundText, '"id": "numeracy"')],
    ]);
    expect(refs[0]?.message).toBe(
      'capital "high" does not agree with capitalIdr, whose midpoint Rp 5.500.000 is in the "low" band (low below Rp 10.000.000, high above Rp 50.000.000): change one of them',
    );
    expect(refs[1]?.message).toMatch(/unknown skill "frying"/);
    expect(refs[2]?.message).toMatch(/skill "numeracy" is a "foundation" skill/);
  });
});
