import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestActivities } from '../../src/core/assess/candidates.js';
import {
  type Activity,
  CAPITAL_HIGH_ABOVE,
  CAPITAL_LOW_BELOW,
  capitalBandOf,
  checkCatalogue,
  makeCatalogue,
  SKILL_KINDS,
  type Skill,
} from '../../src/core/catalogue.js';
import { normaliseName } from '../../src/core/names.js';
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

describe('the shipped catalogue', () => {
  it('loads without problems and covers every sector of rural value-adding work', async () => {
    const catalogue = await loadCatalogue();
    expect(checkCatalogue(catalogue)).toEqual([]);
    expect(catalogue.activities.length).toBeGreaterThanOrEqual(40);
    const sectors = new Set(catalogue.activities.map((a) => a.sector));
    for (const sector of [
      'agriculture',
      'livestock',
      'fisheries',
      'food_processing',
      'handicraft',
      'tourism',
      'services',
      'trade',
    ])
      expect(sectors, sector).toContain(sector);
  });

  it('finds the common activities by the names people give them, in either language', async () => {
    const catalogue = await loadCatalogue();
    const named: [string, string][] = [
      ['kripik singkong', 'keripik_singkong'],
      ['abon ikan', 'abon_ikan'],
      ['fish floss', 'abon_ikan'],
      ['gula merah', 'gula_aren'],
      ['palm sugar', 'gula_aren'],
      ['kopi bubuk', 'kopi_bubuk'],
      ['ground coffee', 'kopi_bubuk'],
      ['tempe', 'tempe'],
      ['tofu', 'tahu'],
      ['dodol', 'dodol'],
      ['sambal', 'sambal_kemasan'],
      ['chilli sauce', 'sambal_kemasan'],
      ['VCO', 'minyak_vco'],
      ['minyak kelapa murni', 'minyak_vco'],
      ['virgin coconut oil', 'minyak_vco'],
      ['anyaman bambu', 'anyaman_bambu'],
      ['tikar pandan', 'anyaman_pandan'],
      ['anyaman rotan', 'kerajinan_rotan'],
      ['tenun ikat', 'tenun_ikat'],
      ['batik', 'batik_tulis'],
      ['pottery', 'gerabah'],
      ['kerajinan kayu', 'kerajinan_kayu'],
      ['jamur tiram', 'jamur_tiram'],
      ['hidroponik', 'sayur_hidroponik'],
      ['kompos', 'pupuk_organik'],
      ['ternak lele', 'budidaya_lele'],
      ['ikan nila', 'budidaya_nila'],
      ['rumput laut', 'rumput_laut'],
      ['ternak kambing', 'penggemukan_kambing'],
      ['ayam kampung', 'ayam_kampung'],
      ['madu', 'lebah_kelulut'],
      ['jasa jahit', 'penjahitan'],
      ['bengkel motor', 'bengkel_motor'],
      ['bengkel las', 'bengkel_las'],
      ['servis HP', 'servis_hp'],
      ['phone repair', 'servis_hp'],
      ['salon', 'salon_kecantikan'],
      ['homestay', 'homestay'],
      ['desa wisata', 'paket_wisata_desa'],
      ['nasi kotak', 'katering'],
      ['jualan online', 'jualan_online'],
      ['warung sembako', 'toko_kelontong'],
    ];
    expect(named.map(([name]) => catalogue.activityByName(name)?.id)).toEqual(named.map(([, id]) => id));
  });

  it('gives each name to one activity only, so an answer never lands on the wrong one', async () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const a of (await loadCatalogue()).activities) {
      for (const n of [a.id, a.name.en, a.name.id, ...(a.synonyms?.en ?? []), ...(a.synonyms?.id ?? [])]) {
        const key = normaliseName(n);
        const first = owner.get(key);
        if (first !== undefined && first !== a.id) shared.push(`${n}: ${first}, ${a.id}`);
        owner.set(key, first ?? a.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('describes every activity fully: names, synonyms, inputs, capital, skills with hours, permits, support', async () => {
    const catalogue = await loadCatalogue();
    for (const a of catalogue.activities) {
      expect(a.name.en.trim() && a.name.id.trim(), a.id).toBeTruthy();
      expect([...(a.synonyms?.en ?? []), ...(a.synonyms?.id ?? [])].length, a.id).toBeGreaterThan(0);
      // At least one raw material in both languages, so a village's resource list can find it.
      expect(
        a.inputs?.some((i) => typeof i !== 'string'),
        a.id,
      ).toBe(true);
      expect(a.capitalIdr && a.capital && capitalBandOf(a.capitalIdr) === a.capital, a.id).toBe(true);
      for (const kind of ['foundation', 'technical', 'business', 'core'] as const)
        expect(a.skills[kind]?.length, `${a.id} ${kind}`).toBeGreaterThan(0);
      // The activity's own level and hours, not a skill's default: courses differ by trade.
      for (const kind of SKILL_KINDS) for (const ref of a.skills[kind] ?? []) expect(ref, a.id).toBeTypeOf('object');
      for (const r of catalogue.requirementsOf(a)) {
        expect(r.level, `${a.id} ${r.skill.id}`).toBeDefined();
        expect(r.hours, `${a.id} ${r.skill.id}`).toBeGreaterThan(0);
      }
      expect(a.permits, a.id).toContain('NIB');
      expect(a.support?.length, a.id).toBeGreaterThan(0);
      // Packaged food is sold only with a food permit and, in Indonesia, a halal certificate.
      if (a.sector === 'food_processing') {
        expect(a.permits, a.id).toContain('halal');
        expect(
          a.permits?.some((p) => p === 'PIRT' || p === 'BPOM'),
          a.id,
        ).toBe(true);
      }
    }
  });

  it('keeps training hours within the usual short-course ranges', async () => {
    const catalogue = await loadCatalogue();
    const hours = (skill: string) =>
      catalogue.activities.flatMap((a) =>
        catalogue.requirementsOf(a).flatMap((r) => (r.skill.id === skill ? [r.hours ?? 0] : [])),
      );
    for (const [skill, min, max] of [
      ['food_hygiene', 8, 16],
      ['welding', 80, 160],
      ['bookkeeping', 12, 24],
    ] as const) {
      const h = hours(skill);
      expect(h.length, skill).toBeGreaterThan(0);
      expect(Math.min(...h), skill).toBeGreaterThanOrEqual(min);
      expect(Math.max(...h), skill).toBeLessThanOrEqual(max);
    }
  });

  it('labels every skill in both languages with its synonyms and default level and hours', async () => {
    const catalogue = await loadCatalogue();
    expect(new Set(catalogue.skills.map((s) => s.kind))).toEqual(new Set(SKILL_KINDS));
    for (const s of catalogue.skills) {
      expect(s.label.en.trim() && s.label.id.trim(), s.id).toBeTruthy();
      expect([...(s.synonyms?.en ?? []), ...(s.synonyms?.id ?? [])].length, s.id).toBeGreaterThan(0);
      expect(s.level, s.id).toBeDefined();
      expect(s.hours, s.id).toBeGreaterThan(0);
    }
  });

  it('suggests the new activities from the raw materials a village lists, in Indonesian or English', async () => {
    const catalogue = await loadCatalogue();
    const suggested = (resource: string) =>
      suggestActivities(catalogue, { community: { naturalResources: [resource] } }).map((s) => s.activity.id);
    expect(suggested('kelapa')).toContain('minyak_vco');
    expect(suggested('rumput laut')).toContain('rumput_laut');
    expect(suggested('tanah liat')).toContain('gerabah');
    expect(suggested('clay')).toContain('gerabah');
    expect(suggested('rotan')).toContain('kerajinan_rotan');
    expect(suggested('pandan')).toContain('anyaman_pandan');
    expect(suggested('kopi')).toContain('kopi_bubuk');
    expect(suggested('cabai')).toContain('sambal_kemasan');
    expect(suggested('soybeans')).toEqual(expect.arrayContaining(['tempe', 'tahu']));
    expect(suggested('aren')).toContain('gula_aren');
  });
});

describe('a skill listed twice in a user file', () => {
  it('names both places in that file, not in the merged list', async () => {
    const text = JSON.stringify(
      [activity('pagar_besi', { technical: ['welding', { id: 'welding', level: 'basic', hours: 80 }] })],
      null,
      2,
    );
    const problems = await problemsOf({ activities: 'acts.json', cwd: folder({ 'acts.json': text }) });
    expect(problems).toEqual([
      {
        file: 'acts.json',
        pointer: '/0/skills/technical/1/id',
        line: at(text, '"id": "welding"')[0],
        column: at(text, '"id": "welding"')[1],
        message: 'skill "welding" is already listed at /0/skills/technical/0: list each skill once',
      },
    ]);
  });
});

describe('a user skill file', () => {
  it('sets the hours an activity naming the skill by id alone gets', async () => {
    const dir = folder({
      'skills.json': JSON.stringify([{ ...skill('welding', 'technical'), hours: 200, level: 'intermediate' }]),
      'acts.json': JSON.stringify([activity('pagar_besi', { technical: ['welding'], business: ['bookkeeping'] })]),
    });
    const catalogue = await loadCatalogue({ activities: 'acts.json', skills: 'skills.json', cwd: dir });
    const fence = catalogue.activityById('pagar_besi') as Activity;
    expect(catalogue.requirementsOf(fence).map((r) => [r.skill.id, r.level, r.hours])).toEqual([
      ['welding', 'intermediate', 200],
      ['bookkeeping', 'basic', 16],
    ]);
    // The shipped welding workshop keeps its own hours: they were given in the activity.
    const workshop = catalogue.activityById('bengkel_las') as Activity;
    expect(catalogue.requirementsOf(workshop, 'technical')[0]).toMatchObject({ skill: { id: 'welding' }, hours: 160 });
  });
});
