import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssessAnswers } from '../../src/core/assess/answers.js';
import { candidatesOf, slug, suggestActivities } from '../../src/core/assess/candidates.js';
import { answersFromAssessment, applyAnswers, type ProjectContext, ratingRows } from '../../src/core/assess/project.js';
import { parseRatingLine } from '../../src/core/assess/ratings.js';
import type { Assessment } from '../../src/core/assessment.js';
import { makeCatalogue } from '../../src/core/catalogue.js';
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
