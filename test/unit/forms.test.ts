import { describe, expect, it } from 'vitest';
import { form } from '../../src/commands/form.js';
import { ACTIVITY_FIELD, DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { householdForm } from '../../src/core/forms/household.js';
import { type FormModel, questionsOf, ref } from '../../src/core/forms/model.js';
import { ratingForm, scaleChoices } from '../../src/core/forms/rating.js';
import { questionPaths, xform, xpathOf } from '../../src/core/forms/xform.js';
import { xlsformSheets } from '../../src/core/forms/xlsform.js';
import { ratingValue } from '../../src/core/rating.js';
import { matchField } from '../../src/io/csv/match.js';
import { surveySpecs } from '../../src/io/survey/columns.js';
import { HOUSEHOLD_FIELDS, skillField } from '../../src/io/survey/households.js';
import { ROOT } from '../helpers/cli.js';

const WS = `${ROOT}/examples/workspace`;

const rating = (over: Partial<Parameters<typeof ratingForm>[0]> = {}) =>
  ratingForm({
    place: 'Sumber Rejo',
    defaultLanguage: 'id',
    criteria: DEFAULT_CRITERIA,
    scale: { min: 1, max: 5 },
    activities: [
      { id: 'keripik_singkong', label: { en: 'Cassava chips', id: 'Keripik singkong' } },
      { id: 'tiwul_instan', label: { en: 'Instant tiwul', id: 'Tiwul instan' } },
    ],
    youthAge: { min: 15, max: 29 },
    ...over,
  });

/** Export headers of a model: XML names with Kobo's `/` paths, and the labels of a language. */
function headers(model: FormModel, style: 'names' | 'en' | 'id', sep = '/'): string[] {
  return questionsOf(model.items).map(({ question, groups }) =>
    [...groups, question].map((x) => (style === 'names' ? x.name : x.label[style])).join(sep),
  );
}

describe('the rating form', () => {
  it('has the names and labels the survey reader finds without a mapping, in every header style', async () => {
    const { forms } = await form({ workspace: WS, kinds: ['rating'] });
    const model = (forms[0] as { model: FormModel }).model;
    const ws = (await import('../../src/io/workspace.js')).openWorkspace;
    const criteria = (await ws({ workspace: WS })).config.criteria;
    for (const [style, sep] of [
      ['names', '/'],
      ['names', '-'],
      ['en', '/'],
      ['id', '/'],
    ] as const) {
      const header = headers(model, style, sep);
      const specs = surveySpecs(criteria, {}, ['gender', 'age', 'disability', 'village']);
      for (const spec of [
        specs.activity,
        specs.respondent,
        ...specs.criteria.map((c) => c.spec),
        ...specs.segments.map((s) => s.spec),
      ])
        expect(matchField(header, spec).kind, `${spec.what} in ${style} ${sep}: ${header.join(' | ')}`).toBe('found');
    }
  });

  it('asks the activity and one required, constrained rating per criterion, with the workspace scale', () => {
    const m = rating();
    const qs = questionsOf(m.items).map((x) => x.question);
    expect(qs.find((q) => q.name === ACTIVITY_FIELD.id)?.label).toEqual(ACTIVITY_FIELD.label);
    for (const c of DEFAULT_CRITERIA) {
      const q = qs.find((x) => x.name === c.id);
      expect(q?.label).toEqual(c.label);
      expect(q).toMatchObject({ type: 'select_one', required: true, constraint: '. >= 1 and . <= 5' });
    }
    expect(m.choices.get('activity')?.map((c) => c.name)).toEqual(['keripik_singkong', 'tiwul_instan']);
  });

  it('labels the scale in words with their number, and the reader reads each label back as that number', () => {
    for (const choice of scaleChoices({ min: 1, max: 5 }, undefined, true)) {
      expect(choice.label.id).toMatch(/^\d - \p{L}/u);
      for (const label of [choice.label.en, choice.label.id])
        expect(ratingValue(label, new Set(['']), true)).toBe(Number(choice.name));
    }
    const own = scaleChoices({ min: 0, max: 2 }, { 'Tidak perlu': 0, Perlu: 1, 'Sangat perlu': 2 }, false);
    expect(own.map((c) => c.label.id)).toEqual(['0 - Tidak perlu', '1 - Perlu', '2 - Sangat perlu']);
  });

  it('gives a criterion with its own scale its own choice list', () => {
    const criteria = DEFAULT_CRITERIA.map((c) => (c.id === 'risk' ? { ...c, scale: { min: 0, max: 2 } } : c));
    const m = rating({ criteria });
    expect(m.choices.get('scale_risk')?.map((c) => c.name)).toEqual(['0', '1', '2']);
    expect(questionsOf(m.items).find((x) => x.question.name === 'risk')?.question.list).toBe('scale_risk');
  });

  it('keeps its form_id and version while the form is the same, and changes the version with any change', () => {
    expect(rating().formId).toBe('tree_rating_sumber_rejo');
    expect(rating().version).toBe(rating().version);
    expect(rating().version).toMatch(/^v[0-9a-f]{10}$/);
    expect(rating({ defaultLanguage: 'en' }).version).not.toBe(rating().version);
    expect(rating({ activities: [] }).version).not.toBe(rating().version);
    expect(rating({ village: 'Sumber Rejo' }).formId).toBe(rating().formId);
  });
});

describe('the household form', () => {
  it('has names and labels matching HOUSEHOLD_FIELDS and the skills, in every header style', async () => {
    const { forms } = await form({ workspace: WS, kinds: ['household'] });
    const model = (forms[0] as { model: FormModel }).model;
    const { loadCatalogue } = await import('../../src/io/catalogue.js');
    const catalogue = await loadCatalogue();
    const skillQuestions = questionsOf(model.items).filter((x) => x.question.name.startsWith('skill_'));
    expect(skillQuestions.length).toBeGreaterThan(3);
    const wanted = skillQuestions.map((x) => catalogue.skillById(x.question.name.slice('skill_'.length)));
    expect(wanted.every((s) => s !== undefined)).toBe(true);
    for (const [style, sep] of [
      ['names', '/'],
      ['names', '-'],
      ['en', '/'],
      ['id', '/'],
    ] as const) {
      const header = headers(model, style, sep);
      for (const f of [...HOUSEHOLD_FIELDS, ...wanted.map((s) => skillField(s as NonNullable<typeof s>))]) {
        const m = matchField(header, { what: f.id, names: [f.id, ...(f.aliases ?? [])] });
        expect(m.kind, `${f.id} in ${style} ${sep}`).toBe('found');
      }
    }
  });

  it('asks a skill only of people who want an activity that requires it', () => {
    const m = householdForm({
      place: 'x',
      defaultLanguage: 'en',
      activities: [
        { id: 'a', label: { en: 'A', id: 'A' } },
        { id: 'b', label: { en: 'B', id: 'B' } },
      ],
      skills: [
        { id: 'costing', label: { en: 'Costing', id: 'Kalkulasi biaya' }, activities: ['a', 'b'] },
        { id: 'other', label: { en: 'Other', id: 'Lain' }, activities: ['zzz'] },
      ],
    });
    const skills = questionsOf(m.items).filter((x) => x.question.name.startsWith('skill_'));
    expect(skills.map((x) => [x.question.name, x.question.relevant])).toEqual([
      ['skill_costing', `selected(${ref('wanted_activities')}, 'a') or selected(${ref('wanted_activities')}, 'b')`],
    ]);
  });
});

describe('XLSForm sheets and XForm', () => {
  it('writes survey, choices and settings with both languages and the form id, version and default language', () => {
    const m = rating();
    const [survey, choices, settings] = xlsformSheets(m);
    expect(survey?.rows[0]).toContain('label::English (en)');
    expect(survey?.rows[0]).toContain('label::Indonesian (id)');
    expect(survey?.rows.filter((r) => r[0] === 'begin_group').length).toBe(
      survey?.rows.filter((r) => r[0] === 'end_group').length,
    );
    expect(choices?.rows.some((r) => r[0] === 'scale' && r[1] === '4' && r[3] === '4 - Tinggi')).toBe(true);
    expect(settings?.rows[1]?.slice(1, 4)).toEqual([m.formId, m.version, 'Indonesian (id)']);
  });

  it('turns references to questions into instance paths, and refuses an unknown name', () => {
    const m = householdForm({ place: 'x', defaultLanguage: 'en', activities: [], skills: [] });
    const paths = questionPaths(m);
    expect(xpathOf(`selected(${ref('wanted_activities')}, 'a')`, paths)).toBe(
      "selected( /data/wanted_activities , 'a')",
    );
    expect(() => xpathOf(ref('nothing'), paths)).toThrow(/nothing/);
    expect(xform(m)).toContain('<data id="tree_household_x" version="');
  });
});
