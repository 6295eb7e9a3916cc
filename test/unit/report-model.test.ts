/**
 * The report's data (buildReportModel) from small hand-made results of score(), needs()
 * and partners(): every section present or saying what is missing, gender lines found
 * through the gender words, the sources read and the warnings listed once.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment, Criterion } from '../../src/core/assessment.js';
import type { NeedsReport } from '../../src/core/needs/report.js';
import type { PartnersReport } from '../../src/core/partners/report.js';
import { buildReportModel, type ModelInput } from '../../src/core/report/model.js';
import type { ScoredActivity, ScoreReport } from '../../src/core/score/report.js';
import type { SegmentScore } from '../../src/core/score/types.js';
import type { Problem } from '../../src/errors.js';

const NO_GENDER = 'no gender column';

function activity(id: string, over: Partial<ScoredActivity> = {}): ScoredActivity {
  return {
    rank: 1,
    activity: id,
    name: `Name of ${id}`,
    score: 50,
    ci95: [40, 60],
    n: 10,
    respondents: 10,
    shortlist: false,
    feasibility: false,
    heldBack: false,
    criteria: {},
    missingCriteria: [],
    flags: [],
    segments: {},
    ...over,
  };
}

function scoreReport(activities: ScoredActivity[], meta: Partial<ScoreReport['meta']> = {}): ScoreReport {
  return {
    activities,
    meta: {
      files: ['ratings.csv'],
      encodings: {},
      rows: 20,
      ratings: 20,
      skipped: 0,
      scale: [1, 5],
      weights: {},
      directions: {},
      shortlist: 5,
      feasibility: 2,
      minN: 5,
      allowLowN: false,
      by: [],
      segments: {},
      ci: 'delta',
      warnings: [],
      ...meta,
    },
  };
}

function needsReport(files: string[], rows: number, warnings: Problem[] = []): NeedsReport {
  return {
    activities: [],
    meta: {
      files,
      rows,
      people: rows,
      scope: 'shortlist',
      lackingAtMost: 2,
      groupSize: 20,
      youth: { min: 15, max: 29 },
      targets: {},
      unmatched: [],
      warnings,
    },
  };
}

function partnersReport(directory: string, partners: number, warnings: Problem[] = []): PartnersReport {
  return {
    activities: [],
    meta: {
      directory,
      partners,
      needsFrom: 'survey',
      households: [],
      top: 3,
      weights: {} as PartnersReport['meta']['weights'],
      warnings,
    },
  };
}

const CRITERIA: Criterion[] = [
  { id: 'market', label: { en: 'Market demand', id: 'Permintaan pasar' }, weight: 2, direction: 'benefit' },
  { id: 'risk', label: { en: 'Risk', id: 'Risiko' }, weight: 1, direction: 'cost' },
];

function input(over: Partial<ModelInput> = {}): ModelInput {
  return {
    lang: 'en',
    generated: '2026-11-28',
    assessment: { version: 1 } as Assessment,
    criteria: CRITERIA,
    scale: { min: 1, max: 5 },
    ranking: { missing: 'run tree score' },
    byGender: { missing: 'no ratings by gender' },
    sensitivity: { missing: 'no sensitivity' },
    needs: { missing: 'collect the household survey' },
    partners: { missing: 'list the partners' },
    ci: 'delta method',
    ...over,
  };
}

describe('the report model with nothing collected yet', () => {
  it('keeps every section, each saying what to run or collect', () => {
    const m = buildReportModel(input(), NO_GENDER);
    expect(m.ranking).toEqual({ missing: 'run tree score' });
    expect(m.genders).toEqual({ missing: 'no ratings by gender' });
    expect(m.sensitivity).toEqual({ missing: 'no sensitivity' });
    expect(m.needs).toEqual({ missing: 'collect the household survey' });
    expect(m.partners).toEqual({ missing: 'list the partners' });
    expect(m.annex).toEqual({ sources: [], warnings: [] });
  });

  it('leaves out the place and session the workspace does not give, and defaults the youth band to 15–29', () => {
    const m = buildReportModel(input(), NO_GENDER);
    expect(m.village).toBe('');
    expect(m.community).toEqual({});
    expect('district' in m).toBe(false);
    expect('province' in m).toBe(false);
    expect('session' in m).toBe(false);
    expect(m.targets).toEqual({ youthAge: { min: 15, max: 29 } });
  });
});

describe('the report model of a workspace', () => {
  it('carries the place, session, targets and the method in the report language', () => {
    const assessment: Assessment = {
      version: 1,
      community: { village: 'Sumber Rejo', district: 'Gunungkidul', province: 'DI Yogyakarta' },
      session: { facilitator: 'Ani', date: '2026-11-20' },
      targetGroups: { inclusionTargets: { women: 0.5, youth: 0.3 }, youthAge: { min: 16, max: 30 } },
    };
    const en = buildReportModel(input({ assessment, scale: { min: 0, max: 4 }, ci: 'bootstrap' }), NO_GENDER);
    expect(en).toMatchObject({
      lang: 'en',
      generated: '2026-11-28',
      village: 'Sumber Rejo',
      district: 'Gunungkidul',
      province: 'DI Yogyakarta',
      session: { facilitator: 'Ani', date: '2026-11-20' },
      community: assessment.community,
      targets: { women: 0.5, youth: 0.3, youthAge: { min: 16, max: 30 } },
    });
    expect(en.method).toEqual({
      criteria: [
        { id: 'market', label: 'Market demand', weight: 2, direction: 'benefit' },
        { id: 'risk', label: 'Risk', weight: 1, direction: 'cost' },
      ],
      scale: [0, 4],
      ci: 'bootstrap',
    });
    const id = buildReportModel(input({ assessment, lang: 'id' }), NO_GENDER);
    expect(id.lang).toBe('id');
    expect(id.method.criteria.map((c) => c.label)).toEqual(['Permintaan pasar', 'Risiko']);
  });

  it('ranks as score() did, with the interval where there is one', () => {
    const ranking = scoreReport(
      [
        activity('a', { rank: 1, score: 77.5, ci95: [70, 85], n: 12, shortlist: true, feasibility: true }),
        activity('b', { rank: null, score: null, ci95: null, n: 2, flags: ['low_n'] }),
      ],
      { files: ['one.csv', 'two.csv'], rows: 14, shortlist: 3, feasibility: 1 },
    );
    const m = buildReportModel(input({ ranking }), NO_GENDER);
    expect(m.ranking).toEqual({
      data: {
        lines: [
          {
            rank: 1,
            id: 'a',
            name: 'Name of a',
            score: 77.5,
            low: 70,
            high: 85,
            n: 12,
            shortlist: true,
            feasibility: true,
            flags: [],
          },
          {
            rank: null,
            id: 'b',
            name: 'Name of b',
            score: null,
            low: null,
            high: null,
            n: 2,
            shortlist: false,
            feasibility: false,
            flags: ['low_n'],
          },
        ],
        files: ['one.csv', 'two.csv'],
        rows: 14,
        shortlistSize: 3,
        feasibilitySize: 1,
      },
    });
    // The rows read are those of all the files together: given once, on the last.
    expect(m.annex.sources).toEqual([
      { what: 'ratings', file: 'one.csv' },
      { what: 'ratings', file: 'two.csv', rows: 14 },
    ]);
  });

  it('lists no ratings source for a ranking read from no file', () => {
    const m = buildReportModel(input({ ranking: scoreReport([], { files: [] }) }), NO_GENDER);
    expect(m.annex.sources).toEqual([]);
  });

  it('keeps only the activities with a sensitivity result', () => {
    const sensitivity = scoreReport([
      activity('a', { sensitivity: { inShortlist: 0.9, inFeasibility: 0.5, rankMin: 1, rankMax: 3, rankMedian: 1 } }),
      activity('b'),
      activity('c', {
        sensitivity: { inShortlist: 0, inFeasibility: 0, rankMin: null, rankMax: null, rankMedian: null },
      }),
    ]);
    const m = buildReportModel(input({ sensitivity }), NO_GENDER);
    expect(m.sensitivity).toEqual({
      data: [
        { id: 'a', name: 'Name of a', inShortlist: 0.9, rankMin: 1, rankMax: 3 },
        { id: 'c', name: 'Name of c', inShortlist: 0, rankMin: null, rankMax: null },
      ],
    });
  });

  it('carries needs and partners as they are, and lists their files', () => {
    const needs = needsReport(['hh1.csv', 'hh2.csv'], 40);
    const partners = partnersReport('partners.csv', 7);
    const m = buildReportModel(input({ needs, partners }), NO_GENDER);
    expect(m.needs).toEqual({ data: needs });
    expect(m.partners).toEqual({ data: partners });
    expect(m.annex.sources).toEqual([
      { what: 'households', file: 'hh1.csv', rows: 40 },
      { what: 'households', file: 'hh2.csv', rows: 40 },
      { what: 'partners', file: 'partners.csv', rows: 7 },
    ]);
  });

  it('lists the warnings of every part, a partners warning that repeats a needs one only once', () => {
    const w = (message: string): Problem => ({ message });
    const m = buildReportModel(
      input({
        ranking: scoreReport([], { files: [], warnings: [w('column x not used')] }),
        needs: needsReport([], 0, [w('age 7 out of range'), w('unknown activity z')]),
        partners: partnersReport('p.csv', 1, [w('unknown activity z'), w('partner without contact')]),
      }),
      NO_GENDER,
    );
    expect(m.annex.warnings.map((x) => x.message)).toEqual([
      'column x not used',
      'age 7 out of range',
      'unknown activity z',
      'partner without contact',
    ]);
  });
});

describe('the gender lines of the report model', () => {
  const seg = (rank: number | null, score: number | null): SegmentScore => ({
    rank,
    score,
    n: 5,
    ci95: null,
    flags: [],
  });

  it('pairs the women and men figures of each activity, recognising the gender words of the survey', () => {
    const byGender = scoreReport(
      [
        activity('a', {
          segments: { gender: { Perempuan: seg(1, 80), 'Laki-laki': seg(2, 60) } },
        }),
        activity('b', { segments: { gender: { 'Laki-laki': seg(1, 70) } } }),
        activity('c'),
      ],
      { by: ['gender'], segments: { gender: ['Laki-laki', 'Perempuan'] } },
    );
    const m = buildReportModel(input({ byGender }), NO_GENDER);
    expect(m.genders).toEqual({
      data: [
        { id: 'a', name: 'Name of a', women: { rank: 1, score: 80 }, men: { rank: 2, score: 60 } },
        { id: 'b', name: 'Name of b', women: null, men: { rank: 1, score: 70 } },
        { id: 'c', name: 'Name of c', women: null, men: null },
      ],
    });
  });

  it('takes the first value of each gender, in English words too', () => {
    const byGender = scoreReport(
      [activity('a', { segments: { gender: { other: seg(3, 10), f: seg(1, 90), M: seg(2, 50) } } })],
      { segments: { gender: ['other', 'f', 'M', 'women'] } },
    );
    const m = buildReportModel(input({ byGender }), NO_GENDER);
    expect(m.genders).toEqual({
      data: [{ id: 'a', name: 'Name of a', women: { rank: 1, score: 90 }, men: { rank: 2, score: 50 } }],
    });
  });

  it('says there is no gender comparison when the survey lacks women or men, or a gender segment', () => {
    const only = (values: string[]) =>
      buildReportModel(input({ byGender: scoreReport([activity('a')], { segments: { gender: values } }) }), NO_GENDER)
        .genders;
    expect(only(['Perempuan'])).toEqual({ missing: NO_GENDER });
    expect(only(['Laki-laki', 'other'])).toEqual({ missing: NO_GENDER });
    expect(only([])).toEqual({ missing: NO_GENDER });
    const noSegment = buildReportModel(input({ byGender: scoreReport([activity('a')], { segments: {} }) }), NO_GENDER);
    expect(noSegment.genders).toEqual({ missing: NO_GENDER });
  });
});
