import { beforeEach, describe, expect, it, vi } from 'vitest';

// The defaults are module constants. Loading them afresh inside each test, rather than once
// when this file is imported, lets mutation testing (which switches a mutant on as a test
// starts) see a changed label or marker; for vitest it makes no other difference.
beforeEach(() => {
  vi.resetModules();
});
const criteria = () => import('../../src/core/criteria.js');

describe('default criteria', () => {
  it('are the nine TREE criteria, equally weighted, with start-up capital and risk as costs', async () => {
    const { DEFAULT_CRITERIA } = await criteria();
    expect(DEFAULT_CRITERIA.map((c) => [c.id, c.weight, c.direction])).toEqual([
      ['market_demand', 1, 'benefit'],
      ['raw_materials', 1, 'benefit'],
      ['skills_base', 1, 'benefit'],
      ['capital_required', 1, 'cost'],
      ['profitability', 1, 'benefit'],
      ['jobs_created', 1, 'benefit'],
      ['inclusion', 1, 'benefit'],
      ['environment', 1, 'benefit'],
      ['risk', 1, 'cost'],
    ]);
  });

  it('each have an English and an Indonesian label, no two criteria alike', async () => {
    const { DEFAULT_CRITERIA } = await criteria();
    for (const lang of ['en', 'id'] as const) {
      const labels = DEFAULT_CRITERIA.map((c) => c.label[lang]);
      for (const label of labels) expect(label?.trim()).toBeTruthy();
      expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    }
    // A label that is only its other language would leave one language's report untranslated.
    for (const c of DEFAULT_CRITERIA) expect(c.label.id).not.toBe(c.label.en);
  });

  it('are found by their labels in a Kobo "Labels" export, in either language', async () => {
    const { DEFAULT_CRITERIA } = await criteria();
    const { matchField, surveySpecs } = await import('../../src/io/survey/columns.js');
    const specs = surveySpecs(DEFAULT_CRITERIA);
    for (const lang of ['en', 'id'] as const) {
      const headers = ['Responden/No', ...DEFAULT_CRITERIA.map((c) => `Penilaian/${c.label[lang]}`)];
      specs.criteria.forEach(({ spec }, i) => {
        expect(matchField(headers, spec)).toEqual({ kind: 'found', index: i + 1 });
      });
    }
  });
});

describe('activity field', () => {
  it('is found as "activity", "Activity" or the Indonesian "Kegiatan usaha"', async () => {
    const { DEFAULT_CRITERIA } = await criteria();
    const { matchField, surveySpecs } = await import('../../src/io/survey/columns.js');
    const { activity } = surveySpecs(DEFAULT_CRITERIA);
    expect(matchField(['_id', 'activity'], activity)).toEqual({ kind: 'found', index: 1 });
    expect(matchField(['_id', 'Responden/Activity'], activity)).toEqual({ kind: 'found', index: 1 });
    expect(matchField(['_id', 'Responden/Kegiatan usaha'], activity)).toEqual({ kind: 'found', index: 1 });
    expect(matchField(['_id', 'Responden/Nama'], activity)).toEqual({ kind: 'none' });
    // A message that no activity column was found lists these names: none blank, the field's id first.
    expect(activity.names.slice(0, 2)).toEqual(['activity', 'Kegiatan usaha']);
    for (const name of activity.names) expect(name.trim()).not.toBe('');
  });
});

describe('default scale and missing markers', () => {
  it('rate on 1 to 5, with the Indonesian scale words in that order', async () => {
    const { DEFAULT_SCALE, SCALE_LABELS_ID } = await criteria();
    expect(DEFAULT_SCALE).toEqual({ min: 1, max: 5 });
    expect(SCALE_LABELS_ID).toEqual(['sangat rendah', 'rendah', 'sedang', 'tinggi', 'sangat tinggi']);
  });

  it('read an empty cell, "n/a", "NA" and "-" as no answer, and nothing else', async () => {
    const { DEFAULT_MISSING } = await criteria();
    const { MISSING, ratingValue } = await import('../../src/core/rating.js');
    const missing = new Set(DEFAULT_MISSING);
    for (const cell of ['', '   ', 'n/a', 'N/A', 'na', 'NA', '-', ' - '])
      expect(ratingValue(cell, missing, false), cell).toBe(MISSING);
    for (const cell of ['none', '0', 'n', '/']) expect(ratingValue(cell, missing, false), cell).not.toBe(MISSING);
  });
});
