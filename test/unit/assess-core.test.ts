import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessAnswers } from '../../src/core/assess/answers.js';
import {
  type Candidate,
  candidateName,
  candidatesOf,
  slug,
  suggestActivities,
} from '../../src/core/assess/candidates.js';
import { answersFromAssessment, applyAnswers, type ProjectContext, ratingRows } from '../../src/core/assess/project.js';
import { compactScale, formatRatingLine, parseRatingLine } from '../../src/core/assess/ratings.js';
import type { Assessment } from '../../src/core/assessment.js';
import { type Activity, makeCatalogue } from '../../src/core/catalogue.js';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { ROOT } from '../helpers/cli.js';

const read = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8'));
const catalogue = makeCatalogue({
  activities: read('templates/activities.json'),
  skills: read('templates/skills.json'),
});
const example = read('examples/workspace/assessment.json') as Assessment;
const criteria = DEFAULT_CRITERIA.map((c) => ({ ...c }));
const ctx: ProjectContext = {
  catalogue,
  criteria,
  scale: { min: 1, max: 5 },
  lang: 'id',
  ratingsFile: 'data/assess-ratings.csv',
};

describe('suggestions from what the community listed', () => {
  it('suggests activities whose inputs the community named, in Indonesian or English, with the words it used', () => {
    const s = suggestActivities(catalogue, { community: { naturalResources: ['Singkong', 'coconut'] } });
    const chips = s.find((x) => x.activity.id === 'keripik_singkong');
    expect(chips?.uses).toEqual(['Singkong']);
    const sugar = s.find((x) => x.activity.id === 'gula_semut');
    expect(sugar?.uses).toEqual(['coconut']);
    // Nothing that uses neither cassava nor coconut.
    expect(s.find((x) => x.activity.id === 'budidaya_lele')).toBeUndefined();
  });

  it('puts the activity using most of what was listed first', () => {
    const s = suggestActivities(catalogue, { community: { naturalResources: ['gula aren', 'kelapa', 'singkong'] } });
    const tiwul = s.findIndex((x) => x.activity.id === 'tiwul_instan');
    const mocaf = s.findIndex((x) => x.activity.id === 'tepung_mocaf');
    expect(s[tiwul]?.uses.length).toBeGreaterThan(s[mocaf]?.uses.length ?? 0);
    expect(tiwul).toBeLessThan(mocaf);
  });

  it('suggests nothing for words no activity uses', () => {
    expect(suggestActivities(catalogue, { community: { naturalResources: ['nikel', '  '] } })).toEqual([]);
  });
});

describe('candidates', () => {
  it('keeps picked activities, matches typed names to the catalogue, and counts each once', () => {
    const answers: AssessAnswers = {
      identification: { suggested: ['keripik_singkong'], other: ['KERIPIK  singkong', 'Kerupuk ikan', 'Batik tulis'] },
    };
    const c = candidatesOf(answers, catalogue);
    expect(c.map((x) => x.id)).toEqual(['keripik_singkong', 'kerupuk_ikan', 'batik_tulis']);
    expect(c[1]).toMatchObject({ name: 'Kerupuk ikan', key: 'kerupuk_ikan' });
    expect(c[2]?.catalogue).toBe('batik_tulis');
  });

  it('keeps the id of an opportunity already in the workspace, so its survey data still count', () => {
    const existing = [
      { id: 'K-01', name: 'Kerupuk ikan' },
      { id: 'chips', name: 'x', catalogue: 'keripik_singkong' },
    ];
    const c = candidatesOf(
      { identification: { suggested: ['keripik_singkong'], other: ['kerupuk ikan'] } },
      catalogue,
      existing,
    );
    expect(c.map((x) => x.id)).toEqual(['chips', 'K-01']);
    expect(c.map((x) => x.key)).toEqual(['chips', 'k_01']);
  });

  it('makes safe keys of any name', () => {
    expect(slug('constructor')).toBe('constructor_');
    expect(slug('__proto__')).toBe('proto');
    expect(slug('42 Kopi')).toBe('a_42_kopi');
    expect(slug('木雕')).toBe('activity');
    expect(slug('Café\u202e')).toBe('cafe');
  });
});

describe('a line of ratings', () => {
  const nine = criteria;
  it('reads one key per criterion, - for no rating', () => {
    expect(parseRatingLine('53424-125', nine, { min: 1, max: 5 })).toEqual({ ratings: [5, 3, 4, 2, 4, null, 1, 2, 5] });
  });
  it('reads numbers separated by spaces or commas on a wider scale', () => {
    const two = nine.slice(0, 2);
    expect(parseRatingLine('10, -', two, { min: 0, max: 10 })).toEqual({ ratings: [10, null] });
  });
  it('says how many are missing, or which one is off the scale', () => {
    expect(parseRatingLine('5342', nine, { min: 1, max: 5 })).toEqual({
      problem: { code: 'count', expected: 9, got: 4 },
    });
    expect(parseRatingLine('534246125', nine, { min: 1, max: 5 })).toEqual({
      problem: { code: 'value', position: 6, criterion: 'jobs_created', text: '6', min: 1, max: 5 },
    });
  });
  it("uses a criterion's own scale", () => {
    const own = [{ id: 'a', scale: { min: 0, max: 2 } }, { id: 'b' }];
    expect(parseRatingLine('34', own, { min: 1, max: 5 })).toMatchObject({ problem: { position: 1, max: 2 } });
    expect(parseRatingLine('14', own, { min: 1, max: 5 })).toEqual({ ratings: [1, 4] });
  });
});

describe('answers onto the workspace', () => {
  it("changes nothing of the workspace's profile or candidates when its own answers are applied", () => {
    const next = applyAnswers(example, answersFromAssessment(example), ctx);
    expect(next.community).toEqual(example.community);
    expect(next.opportunities).toEqual(example.opportunities);
    expect(next.criteria).toEqual(example.criteria);
  });

  it('writes closed answers as words in the workspace language, and keeps named institutions', () => {
    const next = applyAnswers(
      example,
      {
        community: {
          mainLivelihoods: ['livestock'],
          otherLivelihoods: ['Jamu'],
          infrastructure: { roads: 'cut_off' },
          institutions: ['bumdes', 'bank'],
          population: '' as unknown as number,
        },
      },
      ctx,
    );
    expect(next.community?.mainLivelihoods).toEqual(['Peternakan', 'Jamu']);
    expect(next.community?.infrastructure?.roads).toBe('Sering terputus di musim hujan');
    expect(next.community?.infrastructure?.water).toBe(example.community?.infrastructure?.water);
    expect(next.community?.population).toBeUndefined();
    const institutions = next.community?.institutions ?? [];
    // The named BUMDes stays; women's groups were not ticked, so they go; a bank is added; kinds not asked about stay.
    expect(institutions.find((i) => i.type === 'bumdes')?.name).toBe('BUMDes Sumber Rejo Makmur');
    expect(institutions.some((i) => i.type === 'women_group')).toBe(false);
    expect(institutions.find((i) => i.type === 'bank')?.name).toBe('Bank (penyalur KUR)');
    expect(institutions.some((i) => i.type === 'school')).toBe(true);
  });

  it('turns percentages into shares, records the youth band, and lists the ratings file once', () => {
    const answers: AssessAnswers = {
      identification: { suggested: ['keripik_singkong'] },
      screening: { source: 'here', ratings: { keripik_singkong: '555555555' } },
      targets: { women: 60, youth: 12.5, youthAgeMin: 16, youthAgeMax: 30 },
    };
    const once = applyAnswers(example, answers, ctx);
    const twice = applyAnswers(once, answers, ctx);
    expect(twice.survey?.files).toEqual(['data/ratings.csv', 'data/assess-ratings.csv']);
    expect(twice.targetGroups?.inclusionTargets).toEqual({ women: 0.6, youth: 0.125, disability: 0.05 });
    expect(twice.targetGroups?.youthAge).toEqual({ min: 16, max: 30 });
    expect(twice.opportunities?.map((o) => o.id)).toEqual(['keripik_singkong']);
  });

  it("writes the panel's ratings under the column names the workspace maps", () => {
    const answers: AssessAnswers = {
      identification: { suggested: ['keripik_singkong', 'tiwul_instan'] },
      screening: { source: 'here', ratings: { keripik_singkong: '53424-125', tiwul_instan: '12' } },
    };
    const rows = ratingRows(answers, ctx, { respondent: 'g/respondent_id', criteria: { risk: 'g/risiko' } });
    expect(rows[0]).toEqual(['g/respondent_id', 'activity', ...criteria.slice(0, 8).map((c) => c.id), 'g/risiko']);
    // The half-typed line of tiwul is not a row yet.
    expect(rows.slice(1)).toEqual([['panel', 'keripik_singkong', '5', '3', '4', '2', '4', '', '1', '2', '5']]);
  });
});

/*
 * A catalogue small enough to check by hand: what each activity uses, and what it is
 * called, decide what a community's words suggest.
 */
const activity = (id: string, en: string, idn: string, over: Partial<Activity> = {}): Activity => ({
  id,
  name: { en, id: idn },
  sector: 'food_processing',
  skills: {},
  ...over,
});
const small = makeCatalogue({
  activities: [
    activity('keripik', 'Cassava chips', 'Keripik singkong', {
      synonyms: { id: ['kripik'] },
      inputs: [{ en: 'cassava', id: 'singkong', synonyms: { en: ['manioc'], id: ['ubi kayu'] } }, 'cooking oil'],
    }),
    activity('gula', 'Palm sugar', 'Gula semut', { inputs: ['coconut sap', { en: 'coconut', id: 'kelapa' }] }),
    activity('lele', 'Catfish farming', 'Budidaya lele'),
    activity('pupuk', 'Compost', 'Pupuk kompos', {
      inputs: [{ en: 'livestock manure', id: 'kotoran ternak' }, 'peternakan sapi'],
    }),
  ],
  skills: [],
});
const suggest = (community: AssessAnswers['community']) =>
  suggestActivities(small, community === undefined ? {} : { community }).map((s) => [s.activity.id, s.uses]);

describe('suggestions, checked by hand', () => {
  it('suggests nothing before the community has said anything', () => {
    expect(suggest(undefined)).toEqual([]);
    expect(suggest({ naturalResources: [' ', '---'] })).toEqual([]);
  });

  it('matches an input by any of its names or synonyms, in either language', () => {
    expect(suggest({ naturalResources: ['Ubi-Kayu'] })).toEqual([['keripik', ['Ubi-Kayu']]]);
    expect(suggest({ naturalResources: ['MANIOC'] })).toEqual([['keripik', ['MANIOC']]]);
    expect(suggest({ naturalResources: ['Kelapa'] })).toEqual([['gula', ['Kelapa']]]);
    // Spelt as one word: the same name, though not the same words.
    expect(suggest({ naturalResources: ['UbiKayu'] })).toEqual([['keripik', ['UbiKayu']]]);
  });

  it('matches whole words of an input or activity name, in order, and not a longer phrase', () => {
    expect(suggest({ naturalResources: ['oil'] })).toEqual([['keripik', ['oil']]]);
    expect(suggest({ naturalResources: ['oil cooking'] })).toEqual([]);
    expect(suggest({ naturalResources: ['coo'] })).toEqual([]);
    expect(suggest({ naturalResources: ['coconut milk'] })).toEqual([]);
    expect(suggest({ naturalResources: ['(oil)'] })).toEqual([['keripik', ['(oil)']]]);
    expect(suggest({ otherLivelihoods: [' lele '] })).toEqual([['lele', ['lele']]]);
    expect(suggest({ otherLivelihoods: ['cassava chips'] })).toEqual([['keripik', ['cassava chips']]]);
    expect(suggest({ otherLivelihoods: ['cassava chips factory'] })).toEqual([]);
  });

  it('reads a livelihood ticked by the words of both languages, and counts a word said twice once', () => {
    expect(suggest({ mainLivelihoods: ['livestock'] })).toEqual([['pupuk', ['Livestock', 'Peternakan']]]);
    expect(suggest({ naturalResources: ['Singkong', 'singkong ', 'SINGKONG'] })).toEqual([['keripik', ['Singkong']]]);
  });

  it('puts the activity using most of the words first, then keeps catalogue order', () => {
    expect(suggest({ naturalResources: ['singkong', 'kotoran ternak', 'lele', 'peternakan sapi', 'kelapa'] })).toEqual([
      ['pupuk', ['kotoran ternak', 'peternakan sapi']],
      ['keripik', ['singkong']],
      ['gula', ['kelapa']],
      ['lele', ['lele']],
    ]);
    expect(suggest({ naturalResources: ['lele', 'singkong'] })).toEqual([
      ['keripik', ['singkong']],
      ['lele', ['lele']],
    ]);
  });
});

describe('candidates, checked by hand', () => {
  it('skips ids not in the catalogue and blank entries, and counts an activity once however it is named', () => {
    const c = candidatesOf(
      { identification: { suggested: ['nope', 'gula', 'gula'], other: ['  ', 'Kripik', 'Palm Sugar', 'keripik'] } },
      small,
    );
    expect(c).toEqual([
      { key: 'gula', id: 'gula', name: { en: 'Palm sugar', id: 'Gula semut' }, catalogue: 'gula' },
      { key: 'keripik', id: 'keripik', name: { en: 'Cassava chips', id: 'Keripik singkong' }, catalogue: 'keripik' },
    ]);
    expect(candidatesOf({}, small)).toEqual([]);
  });

  it("names a community's own activity by its words, trimmed, under a safe id, once", () => {
    const c = candidatesOf({ identification: { other: [' Tenun ikat ', 'tenun-ikat', 'Anyaman'] } }, small);
    expect(c).toEqual([
      { key: 'tenun_ikat', id: 'tenun_ikat', name: 'Tenun ikat' },
      { key: 'anyaman', id: 'anyaman', name: 'Anyaman' },
    ]);
  });

  it('numbers keys that would clash, keeping ids as they are', () => {
    const existing = [
      { id: 'K-01', name: 'Batik' },
      { id: 'k_01', name: 'Tenun' },
      { id: 'K.01', name: 'Anyaman' },
    ];
    const c = candidatesOf({ identification: { other: ['batik', 'tenun', 'anyaman'] } }, small, existing);
    expect(c.map((x) => [x.key, x.id])).toEqual([
      ['k_01', 'K-01'],
      ['k_01_2', 'k_01'],
      ['k_01_3', 'K.01'],
    ]);
  });

  it('finds an opportunity already there by its id or either name, and names it in a language it has', () => {
    const existing = [
      { id: 'OPP_7', name: { en: 'Weaving', id: 'Tenun' } },
      { id: 'opp-8', name: { id: 'Anyaman' } },
      { id: 'opp-9', name: {} },
      { id: 'lele-1', name: 'x', catalogue: 'lele' },
      { id: 'gula', name: 'Gula' },
    ];
    const c = candidatesOf(
      { identification: { suggested: ['lele', 'gula'], other: ['weaving', 'ANYAMAN', 'Opp 9', 'opp.7'] } },
      small,
      existing,
    );
    expect(c.map((x) => [x.id, x.name])).toEqual([
      ['lele-1', { en: 'Catfish farming', id: 'Budidaya lele' }],
      ['gula', { en: 'Palm sugar', id: 'Gula semut' }],
      ['OPP_7', 'Weaving'],
      ['opp-8', 'Anyaman'],
      ['opp-9', 'opp-9'],
    ]);
    expect(c.map((x) => x.catalogue)).toEqual(['lele', 'gula', undefined, undefined, undefined]);
  });

  it('keeps the first opportunity already there for a catalogue activity, by its id or its catalogue id', () => {
    const existing = [
      { id: 'gula', name: 'Gula' },
      { id: 'G2', name: 'Gula 2', catalogue: 'gula' },
    ];
    expect(candidatesOf({ identification: { suggested: ['gula'] } }, small, existing).map((x) => x.id)).toEqual([
      'gula',
    ]);
    expect(
      candidatesOf({ identification: { suggested: ['gula'] } }, small, existing.slice().reverse()).map((x) => x.id),
    ).toEqual(['G2']);
  });

  it("gives a candidate's name in the language asked for", () => {
    const [picked, own] = candidatesOf({ identification: { suggested: ['gula'], other: ['Tenun'] } }, small);
    expect([candidateName(picked as Candidate, 'en'), candidateName(picked as Candidate, 'id')]).toEqual([
      'Palm sugar',
      'Gula semut',
    ]);
    expect(candidateName(own as Candidate, 'en')).toBe('Tenun');
  });

  it('makes a slug of letters and digits joined by single underscores', () => {
    expect(slug('Kerupuk ikan')).toBe('kerupuk_ikan');
    expect(slug('  --Kopi   Luwak!--  ')).toBe('kopi_luwak');
    expect(slug('Été')).toBe('ete');
    expect(slug('prototype')).toBe('prototype_');
    expect(slug('___')).toBe('activity');
    expect(slug('_9')).toBe('a_9');
  });
});

describe('a line of ratings, its edges', () => {
  const two = [{ id: 'a' }, { id: 'b' }];
  const scale = { min: 1, max: 5 };
  it('splits on spaces, commas or semicolons, ignoring blanks around and between', () => {
    expect(parseRatingLine(' 5 ;  3 ', two, scale)).toEqual({ ratings: [5, 3] });
    expect(parseRatingLine('5,,3', two, scale)).toEqual({ ratings: [5, 3] });
    expect(parseRatingLine(',5,3;', two, scale)).toEqual({ ratings: [5, 3] });
    expect(parseRatingLine(' 53 ', two, scale)).toEqual({ ratings: [5, 3] });
    expect(parseRatingLine('5\t-', two, scale)).toEqual({ ratings: [5, null] });
  });

  it('takes both ends of the scale, and nothing past them or that is not a whole number', () => {
    expect(parseRatingLine('15', two, scale)).toEqual({ ratings: [1, 5] });
    expect(parseRatingLine('0 10', two, { min: 0, max: 10 })).toEqual({ ratings: [0, 10] });
    const off = (line: string, s = scale) => {
      const r = parseRatingLine(line, two, s);
      return 'problem' in r ? [r.problem.code, 'position' in r.problem ? r.problem.position : 0] : r.ratings;
    };
    expect(off('06')).toEqual(['value', 1]);
    expect(off('56')).toEqual(['value', 2]);
    expect(off('5 x')).toEqual(['value', 2]);
    expect(off('2.5 3', { min: 0, max: 10 })).toEqual(['value', 1]);
    expect(off('-1 3', { min: -5, max: 5 })).toEqual(['value', 1]);
    expect(off('11 3', { min: 0, max: 10 })).toEqual(['value', 1]);
    expect(off('')).toEqual(['count', 0]);
  });

  it('writes a line compactly only when every scale is one digit', () => {
    expect(compactScale([{}, { scale: { min: 0, max: 9 } }], scale)).toBe(true);
    expect(compactScale([{}, { scale: { min: 0, max: 10 } }], scale)).toBe(false);
    expect(compactScale([{ scale: { min: -1, max: 5 } }], scale)).toBe(false);
    expect(compactScale([{}], { min: 1, max: 10 })).toBe(false);
    expect(formatRatingLine([5, null, 3], true)).toBe('5-3');
    expect(formatRatingLine([10, null, 3], false)).toBe('10 - 3');
  });
});

describe('answers onto a workspace, part by part', () => {
  const base: Assessment = { version: 1 };
  const small2: ProjectContext = { ...ctx, catalogue: small, lang: 'en' };
  const apply = (before: Assessment, answers: AssessAnswers, c: ProjectContext = small2) =>
    applyAnswers(before, answers, c);

  it('leaves the workspace as it was when nothing was answered, and never changes the one given', () => {
    const before: Assessment = {
      version: 1,
      session: { place: 'Balai' },
      community: { village: 'A' },
      opportunities: [{ id: 'x', name: 'X' }],
    };
    const copy = structuredClone(before);
    expect(apply(before, {})).toEqual(before);
    expect(apply(before, { session: { facilitator: ' ' }, community: { village: 'B' } }).session).toEqual({
      place: 'Balai',
    });
    expect(before).toEqual(copy);
  });

  it('records the session without what says nothing', () => {
    const next = apply(base, { session: { facilitator: ' ', place: 'Balai desa', committee: [], participants: {} } });
    expect(next.session).toEqual({ place: 'Balai desa' });
  });

  it('changes the fields answered, removes those answered empty, and keeps the rest', () => {
    const before: Assessment = {
      version: 1,
      community: {
        village: 'A',
        district: 'B',
        population: 100,
        distanceToMarketKm: 5,
        naturalResources: ['x'],
        mainLivelihoods: ['Fishing'],
      },
    };
    const next = apply(before, {
      community: {
        village: ' ',
        district: 'C',
        households: 50,
        distanceToMarketKm: '' as unknown as number,
        travelTimeToMarketMin: 30,
        nearestMarket: 'Pasar Wage',
        womensEconomicRoles: '',
        naturalResources: [],
      },
    });
    expect(next.community).toEqual({
      district: 'C',
      population: 100,
      households: 50,
      mainLivelihoods: ['Fishing'],
      travelTimeToMarketMin: 30,
      nearestMarket: 'Pasar Wage',
    });
    const more = apply(before, { community: { province: 'DIY', womensEconomicRoles: 'Dagang' } });
    expect(more.community).toEqual({ ...before.community, province: 'DIY', womensEconomicRoles: 'Dagang' });
    // Fields not answered stay, whatever they are.
    expect(apply(more, { community: { village: 'Z' } }).community).toEqual({ ...more.community, village: 'Z' });
    const timed = apply(more, { community: { travelTimeToMarketMin: 45 } });
    expect(apply(timed, { community: { district: 'D' } }).community?.travelTimeToMarketMin).toBe(45);
  });

  it('removes the profile when every field of it was answered empty', () => {
    const before: Assessment = { version: 1, community: { village: 'A' } };
    expect(apply(before, { community: { village: '' } })).not.toHaveProperty('community');
  });

  it('writes livelihoods as words, the ticked ones first, and removes them when none are left', () => {
    const before: Assessment = { version: 1, community: { mainLivelihoods: ['Old'] } };
    expect(apply(before, { community: { otherLivelihoods: ['Jamu'] } }).community?.mainLivelihoods).toEqual(['Jamu']);
    expect(
      apply(before, { community: { mainLivelihoods: ['fishing', 'kopi'], otherLivelihoods: ['Jamu'] } }).community
        ?.mainLivelihoods,
    ).toEqual(['Fishing', 'kopi', 'Jamu']);
    expect(apply(before, { community: { mainLivelihoods: [] } }).community).toBeUndefined();
  });

  it('writes each part of the infrastructure answered as words, and removes parts answered empty', () => {
    const before: Assessment = { version: 1, community: { infrastructure: { roads: 'X', water: 'Y' } } };
    const next = apply(before, { community: { infrastructure: { roads: 'paved', water: '', telecoms: 'Sinyal HT' } } });
    expect(next.community?.infrastructure).toEqual({ roads: 'Paved, open all year', telecoms: 'Sinyal HT' });
    expect(apply(before, { community: { infrastructure: { roads: '', water: '' } } }).community).toBeUndefined();
  });

  it('keeps named institutions of a kind still ticked, and those of kinds not asked about or of no kind', () => {
    const before: Assessment = {
      version: 1,
      community: {
        institutions: [
          { name: 'Koperasi Maju', type: 'cooperative' },
          { name: 'SD Negeri 1', type: 'school' },
          { name: 'Pak Budi' },
          { name: 'LSM Hijau', type: 'ngo' },
        ],
      },
    };
    const next = apply(before, { community: { institutions: ['cooperative', 'bank'] } });
    expect(next.community?.institutions).toEqual([
      { name: 'Koperasi Maju', type: 'cooperative' },
      { name: 'SD Negeri 1', type: 'school' },
      { name: 'Pak Budi' },
      { name: 'Bank (KUR lending)', type: 'bank' },
    ]);
    expect(apply(base, { community: { institutions: [] } })).not.toHaveProperty('community');
  });

  it('makes the candidates the opportunities, keeping one already there as it was', () => {
    const before: Assessment = { version: 1, opportunities: [{ id: 'gula', name: 'Gula', notes: 'n' }] };
    const next = apply(before, { identification: { suggested: ['gula', 'keripik'], other: ['Tenun'] } });
    expect(next.opportunities).toEqual([
      { id: 'gula', name: 'Gula', notes: 'n' },
      {
        id: 'keripik',
        name: { en: 'Cassava chips', id: 'Keripik singkong' },
        catalogue: 'keripik',
        source: 'catalogue',
      },
      { id: 'tenun', name: 'Tenun', source: 'community' },
    ]);
    expect(apply(before, { identification: {} })).not.toHaveProperty('opportunities');
  });

  it('sets equal weights, or the weights adjusted, writing the default criteria out when there were none', () => {
    const criteriaBefore = [
      { id: 'a', label: { en: 'A' }, weight: 3 },
      { id: 'b', label: { en: 'B' }, weight: 2 },
    ];
    const before: Assessment = { version: 1, criteria: criteriaBefore };
    expect(apply(before, { screening: { weightMode: 'equal' } }).criteria?.map((c) => c.weight)).toEqual([1, 1]);
    expect(apply(base, { screening: { weightMode: 'equal' } })).not.toHaveProperty('criteria');
    expect(apply(before, { screening: { weightMode: 'keep', weights: { a: 9 } } }).criteria).toEqual(criteriaBefore);
    expect(apply(before, { screening: { weightMode: 'adjust' } }).criteria).toEqual(criteriaBefore);
    expect(apply(before, { screening: { weightMode: 'adjust', weights: { b: 5, zz: 4 } } }).criteria).toEqual([
      criteriaBefore[0],
      { ...criteriaBefore[1], weight: 5 },
    ]);
    const written = apply(base, { screening: { weightMode: 'adjust', weights: { risk: 2 } } }).criteria ?? [];
    expect(written.map((c) => [c.id, c.weight])).toEqual(DEFAULT_CRITERIA.map((c) => [c.id, c.id === 'risk' ? 2 : 1]));
    expect(written.map((c) => c.label)).toEqual(DEFAULT_CRITERIA.map((c) => c.label));
  });

  it('lists the ratings file only when ratings were typed here and at least one line is complete', () => {
    const rated = (source: 'here' | 'survey', line: string): AssessAnswers => ({
      identification: { suggested: ['gula'] },
      screening: { source, ratings: { gula: line } },
    });
    expect(apply(base, rated('here', '5'.repeat(9))).survey).toEqual({ files: ['data/assess-ratings.csv'] });
    expect(apply(base, rated('here', '5'))).not.toHaveProperty('survey');
    expect(apply(base, rated('survey', '5'.repeat(9)))).not.toHaveProperty('survey');
  });

  it('writes percentages as shares to a tenth of a percent, removing a target answered empty', () => {
    const before: Assessment = {
      version: 1,
      targetGroups: { groups: [], inclusionTargets: { women: 0.5, youth: 0.2, disability: 0.05 } },
    };
    const next = apply(before, { targets: { women: 33.33, youth: '' as unknown as number } });
    expect(next.targetGroups).toEqual({ groups: [], inclusionTargets: { women: 0.333, disability: 0.05 } });
    expect(apply(before, { targets: { disability: 7.5 } }).targetGroups?.inclusionTargets).toEqual({
      women: 0.5,
      youth: 0.2,
      disability: 0.075,
    });
    expect(apply(before, { targets: {} }).targetGroups).toEqual(before.targetGroups);
    const none = apply(base, { targets: { women: '' as unknown as number } });
    expect(none.targetGroups).toEqual({});
  });

  it('sets the youth band from the ends answered, the other end from before or the default', () => {
    const band = (before: Assessment, targets: AssessAnswers['targets']) =>
      apply(before, { targets }).targetGroups?.youthAge;
    expect(band(base, { youthAgeMax: 25 })).toEqual({ min: 15, max: 25 });
    expect(band(base, { youthAgeMin: 18 })).toEqual({ min: 18, max: 29 });
    const older: Assessment = { version: 1, targetGroups: { youthAge: { min: 18, max: 35 } } };
    expect(band(older, { youthAgeMin: 16 })).toEqual({ min: 16, max: 35 });
    expect(band(older, { youthAgeMax: 30 })).toEqual({ min: 18, max: 30 });
    expect(band(older, { youthAgeMin: '' as unknown as number })).toEqual({ min: 18, max: 35 });
    expect(band(base, { women: 10 })).toBeUndefined();
  });
});

describe("the panel's ratings as rows", () => {
  const c: ProjectContext = { ...ctx, catalogue: small, criteria: criteria.slice(0, 2) };
  it('writes default column names, and a row per candidate with a usable line, blanks for no rating', () => {
    const rows = ratingRows(
      {
        identification: { suggested: ['gula', 'keripik', 'lele', 'pupuk'], other: ['Tenun'] },
        screening: { ratings: { gula: '5-', keripik: '--', lele: '9 1', tenun: '3,4' } },
      },
      c,
    );
    expect(rows).toEqual([
      ['respondent', 'activity', 'market_demand', 'raw_materials'],
      ['panel', 'gula', '5', ''],
      ['panel', 'tenun', '3', '4'],
    ]);
  });

  it('is the header alone before anything was rated', () => {
    expect(ratingRows({}, c, { activity: 'kegiatan' })).toEqual([
      ['respondent', 'kegiatan', ...c.criteria.map((x) => x.id)],
    ]);
  });
});

describe('answers from the workspace', () => {
  it('is empty for an empty workspace', () => {
    expect(answersFromAssessment({ version: 1 })).toEqual({});
  });

  it('reads words back as the choices they stand for, in either language, and keeps other words as they are', () => {
    const a = answersFromAssessment({
      version: 1,
      session: { facilitator: 'Sri', place: 'Balai' },
      community: {
        mainLivelihoods: ['Perikanan tangkap', 'migrant_work', 'Small  trade', 'Jamu'],
        infrastructure: {
          roads: 'Beraspal, bisa dilalui sepanjang tahun',
          electricity: 'None',
          water: 'Sumur umum',
          telecoms: 'Sinyal lemah atau tidak merata',
        },
        institutions: [
          { name: 'Koperasi A', type: 'cooperative' },
          { name: 'Koperasi B', type: 'cooperative' },
          { name: 'SD', type: 'school' },
          { name: 'Pak Budi' },
        ],
      },
      opportunities: [
        { id: 'k', name: 'x', catalogue: 'keripik' },
        { id: 'o1', name: 'Tenun' },
        { id: 'o2', name: { en: 'Weaving', id: 'Anyaman' } },
        { id: 'o3', name: { en: 'Batik' } },
        { id: 'o4', name: {} },
      ],
      targetGroups: { inclusionTargets: { women: 0.333, disability: 0.05 }, youthAge: { min: 16, max: 30 } },
    });
    expect(a).toEqual({
      session: { facilitator: 'Sri', place: 'Balai' },
      community: {
        mainLivelihoods: ['fishing', 'migrant_work', 'trade'],
        otherLivelihoods: ['Jamu'],
        infrastructure: { roads: 'paved', electricity: 'none', water: 'Sumur umum', telecoms: 'weak' },
        institutions: ['cooperative'],
      },
      identification: { suggested: ['keripik'], other: ['Tenun', 'Anyaman', 'Batik', 'o4'] },
      targets: { women: 33.3, disability: 5, youthAgeMin: 16, youthAgeMax: 30 },
    });
  });
});
