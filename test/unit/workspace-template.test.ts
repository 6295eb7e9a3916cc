import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { newAssessment } from '../../src/core/workspace-template.js';

describe('a new workspace', () => {
  it('is a long survey on the 1-5 scale with the default criteria written out, and empty lists to fill', () => {
    const a = newAssessment(
      { village: 'Sumber Rejo', district: 'Malang', province: 'Jawa Timur', language: 'id' },
      's',
    );
    expect(a).toStrictEqual({
      $schema: 's',
      version: 1,
      language: 'id',
      community: { villageType: 'desa', village: 'Sumber Rejo', district: 'Malang', province: 'Jawa Timur' },
      criteria: DEFAULT_CRITERIA.map((c) => ({ ...c, label: { ...c.label } })),
      survey: { files: [], format: 'long', scale: { min: 1, max: 5 } },
      opportunities: [],
      targetGroups: { groups: [] },
      partners: { directory: 'data/partners.csv' },
    });
  });

  it('leaves out the place names a facilitator skipped, rather than writing them empty', () => {
    const a = newAssessment({ village: '', language: 'en' }, 's');
    expect(a.community).toStrictEqual({ villageType: 'desa' });
    expect(a.language).toBe('en');
  });

  it('can be edited without changing the defaults of the next one', () => {
    const a = newAssessment({ language: 'en' }, 's');
    const first = a.criteria?.[0];
    if (first) {
      first.weight = 3;
      first.label.en = 'Changed';
    }
    expect(DEFAULT_CRITERIA[0]?.weight).toBe(1);
    expect(DEFAULT_CRITERIA[0]?.label.en).toBe('Market demand');
  });
});
