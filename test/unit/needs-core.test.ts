import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genderOf, memo, NeedsAccumulator, type NeedsSettings, type Person } from '../../src/core/needs/analysis.js';
import { askedFor, type BuildOptions, buildActivities, type RequiredSkill } from '../../src/core/needs/report.js';
import { CONSTRAINTS, isVillagePlace, termIndex } from '../../src/core/needs/vocab.js';

/*
 * The streaming counts and the report built from them, on people small enough to count by
 * hand. Activities `a` and `b` are known; `a` requires skills s1 (technical) and s2
 * (business), `b` requires s3 (foundation).
 */
const REQUIRES: Record<string, string[]> = { a: ['s1', 's2'], b: ['s3'] };
const SKILLS: Record<string, RequiredSkill> = {
  s1: { id: 's1', kind: 'technical', name: { en: 'Frying', id: 'Menggoreng' }, level: 'basic', hours: 8 },
  s2: { id: 's2', kind: 'business', name: { en: 'Bookkeeping', id: 'Pembukuan' }, hours: 6 },
  s3: { id: 's3', kind: 'foundation', name: { en: 'Reading', id: 'Membaca' } },
};

function settings(over: Partial<NeedsSettings> = {}): NeedsSettings {
  return {
    lackingAtMost: 2,
    youth: { min: 15, max: 29 },
    resolve: (v) => (v === 'Keripik' ? 'a' : v),
    requires: (id) => REQUIRES[id] ?? [],
    maxActivities: 100,
    ...over,
  };
}

const person = (over: Partial<Person> = {}): Person => ({
  wanted: ['a'],
  skills: new Map(),
  constraints: [],
  support: [],
  ...over,
});

function accumulate(people: Person[], over: Partial<NeedsSettings> = {}): NeedsAccumulator {
  const acc = new NeedsAccumulator(settings(over), (id) => id in REQUIRES);
  for (const p of people) acc.add(p);
  return acc;
}

const options = (over: Partial<BuildOptions> = {}): BuildOptions => ({
  scope: ['a'],
  lang: 'en',
  groupSize: 20,
  targets: {},
  name: (id) => `Activity ${id}`,
  catalogueId: (id) => (id === 'a' ? 'cat_a' : undefined),
  required: (id) => (REQUIRES[id] ?? []).map((s) => SKILLS[s] as RequiredSkill),
  ...over,
});

/** The report of activity `a`; skills required through `over.required` are the ones counted too. */
const report = (people: Person[], over: Partial<BuildOptions> = {}) => {
  const required = over.required;
  const s = required === undefined ? {} : { requires: (id: string) => required(id).map((r) => r.id) };
  const r = buildActivities(accumulate(people, s), options(over));
  return r[0] as NonNullable<(typeof r)[0]>;
};

describe('gender words', () => {
  it('reads women and men in either language, anything else as other, and blank as not said', () => {
    expect(genderOf('Perempuan')).toBe('female');
    expect(genderOf('P')).toBe('female');
    expect(genderOf('Laki-laki')).toBe('male');
    expect(genderOf('L')).toBe('male');
    expect(genderOf('non-binary')).toBe('other');
    expect(genderOf('  ')).toBeUndefined();
    expect(genderOf('')).toBeUndefined();
    expect(genderOf(undefined)).toBeUndefined();
  });
});

describe('memo', () => {
  it('works a value out once, even when the answer is undefined', () => {
    const calls: string[] = [];
    const f = memo((v: string) => {
      calls.push(v);
      return v === 'x' ? undefined : v.length;
    });
    expect([f('abc'), f('abc'), f('x'), f('x')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'x']);
  });

  it('past its limit works values out each time, still answering right', () => {
    const calls: string[] = [];
    const f = memo((v: string) => {
      calls.push(v);
      return v.toUpperCase();
    }, 1);
    expect([f('a'), f('b'), f('b'), f('a')]).toEqual(['A', 'B', 'B', 'A']);
    expect(calls).toEqual(['a', 'b', 'b']);
  });
});

describe('counting the people who want an activity', () => {
  it('counts everyone read, but only those wanting something in an activity', () => {
    const acc = accumulate([person({ wanted: [] }), person(), person({ wanted: ['Keripik', 'a'] })]);
    expect(acc.people).toBe(3);
    expect([...acc.activities.keys()]).toEqual(['a']);
    // Two names of one activity are one person wanting it.
    expect(acc.activities.get('a')?.total).toBe(2);
  });

  it('counts each gender, and gender not given as unknown', () => {
    const t = accumulate([
      person({ gender: 'wanita' }),
      person({ gender: 'pria' }),
      person({ gender: 'other' }),
      person({ gender: 'x' }),
      person({ gender: '' }),
    ]).activities.get('a');
    expect(t).toMatchObject({ female: 1, male: 1, otherGender: 2, genderUnknown: 1 });
  });

  it('takes the youth band inclusive at both ends, and counts unknown ages apart', () => {
    const ages = [14, 15, 22, 29, 30, undefined];
    const t = accumulate(ages.map((age) => person(age === undefined ? {} : { age }))).activities.get('a');
    expect(t?.youth).toBe(3);
    expect(t?.ageUnknown).toBe(1);
    const own = accumulate([person({ age: 18 }), person({ age: 35 })], { youth: { min: 18, max: 35 } });
    expect(own.activities.get('a')?.youth).toBe(2);
  });

  it('counts disability only when said yes', () => {
    const t = accumulate([person({ disability: true }), person({ disability: false }), person()]).activities.get('a');
    expect(t?.disability).toBe(1);
  });

  it('takes a rating at most lackingAtMost, or "no", as a lack; above it, or "yes", as held; no answer as unknown', () => {
    const t = accumulate([
      person({ skills: new Map([['s1', 2]]) }),
      person({ skills: new Map([['s1', 3]]) }),
      person({ skills: new Map([['s1', false]]) }),
      person({ skills: new Map([['s1', true]]) }),
      person({ skills: new Map([['s2', 1]]) }),
    ]).activities.get('a');
    expect(t?.skills.get('s1')).toEqual({ lacking: 2, held: 2, unknown: 1 });
    expect(t?.skills.get('s2')).toEqual({ lacking: 1, held: 0, unknown: 4 });
    // A skill the activity does not require is not counted for it.
    expect(t?.skills.has('s3')).toBe(false);
    const strict = accumulate([person({ skills: new Map([['s1', 3]]) })], { lackingAtMost: 3 }).activities.get('a');
    expect(strict?.skills.get('s1')?.lacking).toBe(1);
  });

  it('counts the preferences and a wish for mobile training', () => {
    const t = accumulate([
      person({ time: 'Pagi', place: 'balai_desa', lengthDays: 3, mobile: true }),
      person({ time: 'morning', place: 'balai_desa', lengthDays: 3, mobile: false }),
      person({ time: 'tengah malam' }),
    ]).activities.get('a');
    expect([...(t?.times ?? [])]).toEqual([
      ['morning', 2],
      ['tengah malam', 1],
    ]);
    expect([...(t?.places ?? [])]).toEqual([['balai_desa', 2]]);
    expect([...(t?.lengths ?? [])]).toEqual([[3, 2]]);
    expect(t?.mobile).toBe(1);
  });

  it('never counts "no constraint", and counts a constraint or a support once per person, by its id', () => {
    const t = accumulate([
      person({ constraints: ['tidak_ada', 'Tidak ada', 'biaya', 'cost', 'jauh'], support: ['modal', 'kredit'] }),
      person({ constraints: ['none'], support: ['pelatihan lanjut'] }),
    ]).activities.get('a');
    expect([...(t?.constraints ?? [])]).toEqual([
      ['cost', 1],
      ['jauh', 1],
    ]);
    expect([...(t?.support ?? [])]).toEqual([
      ['credit', 1],
      ['pelatihan lanjut', 1],
    ]);
  });

  it('counts a value naming no known activity once per person who gave it', () => {
    const acc = accumulate([person({ wanted: ['batik', 'batik', 'a'] }), person({ wanted: ['batik'] })]);
    expect([...acc.unmatched]).toEqual([['batik', 2]]);
    expect(acc.activities.get('batik')?.total).toBe(2);
  });

  it('refuses more distinct activities than allowed, but goes on counting those it has', () => {
    const acc = accumulate([person({ wanted: ['a', 'b'] })], { maxActivities: 2 });
    acc.add(person({ wanted: ['b'] }));
    expect(acc.activities.get('b')?.total).toBe(2);
    expect(() => acc.add(person({ wanted: ['c'] }))).toThrow(new RangeError('too many activities'));
  });
});

describe('the report of an activity', () => {
  it('works out each required skill: counts, gap over those who answered, null when nobody did', () => {
    const a = report([
      person({ skills: new Map([['s1', 1]]) }),
      person({ skills: new Map([['s1', 4]]) }),
      person({ skills: new Map([['s1', 5]]) }),
      person(),
    ]);
    // Strictly: a field that does not apply is absent, not undefined.
    expect(a.skills).toStrictEqual([
      {
        id: 's1',
        kind: 'technical',
        name: 'Frying',
        level: 'basic',
        hours: 8,
        lacking: 1,
        unknown: 1,
        held: 2,
        gap: 1 / 3,
      },
      { id: 's2', kind: 'business', name: 'Bookkeeping', hours: 6, lacking: 0, unknown: 4, held: 0, gap: null },
    ]);
  });

  it('names skills in the language asked for, and counts a required skill the tally lacks as unknown', () => {
    // The counts were kept for s1 and s2 only; the report is asked for s3.
    const [a] = buildActivities(
      accumulate([person(), person()]),
      options({ lang: 'id', required: () => [SKILLS.s3 as RequiredSkill] }),
    );
    expect(a?.skills).toStrictEqual([
      { id: 's3', kind: 'foundation', name: 'Membaca', lacking: 0, unknown: 2, held: 0, gap: null },
    ]);
  });

  it('teaches modules by kind, then by priority (gap × interested), then by id; none for a skill nobody lacks', () => {
    const skill = (id: string, kind: RequiredSkill['kind']): RequiredSkill => ({ id, kind, name: { en: id, id } });
    const required = () => [
      skill('t_low', 'technical'),
      skill('b', 'business'),
      skill('t_high', 'technical'),
      skill('f', 'foundation'),
      skill('t_same', 'technical'),
      skill('held', 'foundation'),
      skill('t_zz', 'technical'),
    ];
    const rated = (r: Record<string, number>) => person({ skills: new Map(Object.entries(r)) });
    const a = report(
      [
        rated({ t_low: 1, b: 1, t_high: 1, f: 1, t_same: 5, held: 5, t_zz: 1 }),
        rated({ t_low: 5, b: 1, t_high: 1, f: 5, t_same: 1, held: 5, t_zz: 5 }),
      ],
      { required },
    );
    expect(a.modules.map((m) => [m.skill, m.priority, m.trainees])).toEqual([
      ['f', 1, 1],
      ['t_high', 2, 2],
      ['t_low', 1, 1],
      ['t_same', 1, 1],
      ['t_zz', 1, 1],
      ['b', 2, 2],
    ]);
  });

  it('gives a module its hours when the skill has them, and the plan the sum of them', () => {
    const a = report([person({ skills: new Map([['s1', 1]]) }), person({ skills: new Map([['s2', 1]]) })]);
    expect(a.modules).toStrictEqual([
      { skill: 's1', kind: 'technical', name: 'Frying', hours: 8, trainees: 1, priority: 2 },
      { skill: 's2', kind: 'business', name: 'Bookkeeping', hours: 6, trainees: 1, priority: 2 },
    ]);
    expect(a.plan.hours).toBe(14);
    const noHours = report([person({ skills: new Map([['s3', 1]]) })], {
      required: () => [SKILLS.s3 as RequiredSkill, SKILLS.s1 as RequiredSkill],
    });
    expect(noHours.modules[0]).toStrictEqual({
      skill: 's3',
      kind: 'foundation',
      name: 'Reading',
      trainees: 1,
      priority: 1,
    });
    expect(noHours.plan.hours).toBe(0);
  });

  it('plans groups of the size asked, and the most chosen time and place, ties to the first counted', () => {
    const people = [
      person({ time: 'sore', place: 'BLK' }),
      person({ time: 'pagi', place: 'rumah' }),
      person({ time: 'pagi', place: 'BLK' }),
      person({ time: 'sore', place: 'rumah' }),
      person({ time: 'malam' }),
    ];
    const plan = report(people, { groupSize: 2 }).plan;
    expect(plan).toMatchObject({ groupSize: 2, groups: 3, time: 'afternoon', place: 'BLK' });
    expect(report(people.slice(0, 4), { groupSize: 4 }).plan.groups).toBe(1);
    expect(report(people.slice(0, 4), { groupSize: 3 }).plan.groups).toBe(2);
  });

  it('leaves time, place and length out when nobody said, and plans no groups for nobody', () => {
    const plan = report([person()]).plan;
    expect(plan).toStrictEqual({ groupSize: 20, groups: 1, mobile: false, hours: 0 });
    const none = buildActivities(accumulate([]), options())[0];
    expect(none?.plan).toStrictEqual({ groupSize: 20, groups: 0, mobile: false, hours: 0 });
  });

  it('takes the median length, the lower middle one of an even count', () => {
    const lengths = (...days: number[]) => report(days.map((lengthDays) => person({ lengthDays }))).plan.lengthDays;
    expect(lengths(5, 1, 3)).toBe(3);
    expect(lengths(5, 1)).toBe(1);
    expect(lengths(2, 2, 9, 9)).toBe(2);
    expect(lengths(7, 2, 2, 9, 9)).toBe(7);
    expect(lengths(4)).toBe(4);
  });

  it('trains in the village when more than half of those who named a place named one in it', () => {
    const places = (...p: (string | undefined)[]) =>
      report(p.map((place) => person(place === undefined ? {} : { place }))).plan.mobile;
    expect(places('balai_desa', 'Rumah Warga', 'BLK')).toBe(true);
    expect(places('balai_desa', 'BLK')).toBe(false);
    expect(places('balai_desa', undefined, undefined)).toBe(true);
    expect(places('BLK', 'kantor camat', 'masjid')).toBe(false);
  });

  it('trains in the village when more than half of the interested asked for mobile training', () => {
    const mobile = (...m: boolean[]) => report(m.map((x) => person({ mobile: x }))).plan.mobile;
    expect(mobile(true, true, false)).toBe(true);
    expect(mobile(true, false)).toBe(false);
    expect(mobile(true, false, false, false)).toBe(false);
  });

  it('checks each group against its target, met at the target exactly', () => {
    const people = [
      person({ gender: 'f', age: 20, disability: true }),
      person({ gender: 'f', age: 40 }),
      person({ gender: 'm', age: 50 }),
      person({ gender: 'm', age: 60 }),
    ];
    const a = report(people, { targets: { women: 0.5, youth: 0.3 } });
    expect(a.inclusion).toEqual([
      { group: 'women', count: 2, share: 0.5, target: 0.5, met: true },
      { group: 'youth', count: 1, share: 0.25, target: 0.3, met: false },
      { group: 'disability', count: 1, share: 0.25 },
    ]);
    expect(a.interested).toEqual({
      total: 4,
      byGender: { female: 2, male: 2, other: 0, unknown: 0 },
      youth: 1,
      disability: 1,
    });
  });

  it('lists constraints and support, most counted first, ties by id, with their share of the interested', () => {
    const a = report([
      person({ constraints: ['transport', 'cost'], support: ['mentor'] }),
      person({ constraints: ['childcare', 'cost'], support: ['alat'] }),
      person({ constraints: ['anak'] }),
      person(),
    ]);
    expect(a.constraints).toEqual([
      { id: 'childcare', count: 2, share: 0.5 },
      { id: 'cost', count: 2, share: 0.5 },
      { id: 'transport', count: 1, share: 0.25 },
    ]);
    expect(a.support).toEqual([
      { id: 'equipment', count: 1, share: 0.25 },
      { id: 'mentoring', count: 1, share: 0.25 },
    ]);
  });

  it('keeps an activity in scope that nobody asked for, with zeros, and names and catalogue ids it', () => {
    const [b, a] = buildActivities(accumulate([person()]), options({ scope: ['b', 'a'] }));
    expect(a).toMatchObject({ id: 'a', name: 'Activity a', catalogue: 'cat_a' });
    expect(b).toStrictEqual({
      id: 'b',
      name: 'Activity b',
      interested: { total: 0, byGender: { female: 0, male: 0, other: 0, unknown: 0 }, youth: 0, disability: 0 },
      skills: [{ id: 's3', kind: 'foundation', name: 'Reading', lacking: 0, unknown: 0, held: 0, gap: null }],
      modules: [],
      plan: { groupSize: 20, groups: 0, mobile: false, hours: 0 },
      inclusion: [
        { group: 'women', count: 0, share: 0 },
        { group: 'youth', count: 0, share: 0 },
        { group: 'disability', count: 0, share: 0 },
      ],
      constraints: [],
      support: [],
    });
  });

  it('lists every activity asked for, most wanted first, ties by id', () => {
    const acc = accumulate([
      person({ wanted: ['b'] }),
      person({ wanted: ['zz', 'a'] }),
      person({ wanted: ['b', 'a'] }),
      person({ wanted: ['c'] }),
    ]);
    expect(askedFor(acc)).toEqual(['a', 'b', 'c', 'zz']);
  });
});

describe('survey words', () => {
  it('looks a term up by its id, either label or any of its words, as names', () => {
    const index = termIndex(CONSTRAINTS);
    expect(index.get('childcare')).toBe('childcare');
    expect(index.get('pengasuhananak')).toBe('childcare');
    expect(index.get('timeawayfromwork')).toBe('work_time');
    expect(index.get('distance')).toBe('transport');
  });

  it('keeps the first term for a word two terms share', () => {
    const index = termIndex([
      { id: 'x', label: { en: 'X', id: 'X' }, words: ['shared'] },
      { id: 'y', label: { en: 'Y', id: 'Y' }, words: ['Shared'] },
    ]);
    expect(index.get('shared')).toBe('x');
    expect(index.get('y')).toBe('y');
  });

  it('knows places in the village, spelt as names', () => {
    expect(isVillagePlace('Balai Desa')).toBe(true);
    expect(isVillagePlace('posyandu')).toBe(true);
    expect(isVillagePlace('BLK Wonosari')).toBe(false);
  });
});

describe('counts of parts of a survey, joined', () => {
  it('equal the counts of all the rows read in one run, map order included', () => {
    const somePerson = fc.record({
      wanted: fc.subarray(['a', 'b', 'Keripik', 'zz', 'a']),
      skills: fc
        .array(fc.tuple(fc.constantFrom('s1', 's2', 's3'), fc.oneof(fc.integer({ min: 1, max: 5 }), fc.boolean())))
        .map((pairs) => new Map<string, number | boolean>(pairs)),
      gender: fc.option(fc.constantFrom('perempuan', 'L', 'x'), { nil: undefined }),
      age: fc.option(fc.integer({ min: 10, max: 80 }), { nil: undefined }),
      disability: fc.option(fc.boolean(), { nil: undefined }),
      time: fc.option(fc.constantFrom('pagi', 'sore'), { nil: undefined }),
      place: fc.option(fc.constantFrom('balai', 'rumah'), { nil: undefined }),
      lengthDays: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      mobile: fc.option(fc.boolean(), { nil: undefined }),
      constraints: fc.subarray(['biaya', 'transport', 'tidak_ada']),
      support: fc.subarray(['kredit', 'pasar']),
    });
    fc.assert(
      fc.property(fc.array(somePerson as fc.Arbitrary<Person>), fc.array(fc.nat()), (people, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (people.length + 1)))].sort((x, y) => x - y);
        const bounds = [0, ...at, people.length];
        const joined = accumulate([]);
        for (let k = 0; k + 1 < bounds.length; k++)
          joined.merge(accumulate(people.slice(bounds[k], bounds[k + 1])).counted());
        const one = accumulate(people);
        expect(joined.counted()).toEqual(one.counted());
        // Order decides ties in the report: every map in the order one run met the keys.
        const order = (acc: NeedsAccumulator) =>
          [...acc.activities].map(([id, t]) => [
            id,
            [...t.times.keys()],
            [...t.places.keys()],
            [...t.constraints.keys()],
          ]);
        expect(order(joined)).toEqual(order(one));
        expect([...joined.unmatched.keys()]).toEqual([...one.unmatched.keys()]);
      }),
    );
  });

  it('stop at the same limit of distinct activities', () => {
    const a = accumulate([person({ wanted: ['a'] })], { maxActivities: 1 });
    const b = accumulate([person({ wanted: ['b'] })], { maxActivities: 1 });
    expect(() => a.merge(b.counted())).toThrow(RangeError);
  });
});
