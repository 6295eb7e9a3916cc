import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { isMetadata, matchField, surveySpecs } from '../../src/io/survey/columns.js';

const specs = surveySpecs(DEFAULT_CRITERIA);
const market = specs.criteria.find((c) => c.id === 'market_demand')!.spec;

describe('column matching', () => {
  it('matches Kobo group paths, ODK Central joins and plain names, ignoring case', () => {
    expect(matchField(['_id', 'group_rating/market_demand'], market)).toEqual({ kind: 'found', index: 1 });
    expect(matchField(['KEY', 'grp_rating-market_demand'], market)).toEqual({ kind: 'found', index: 1 });
    expect(matchField(['Market_Demand'], market)).toEqual({ kind: 'found', index: 0 });
    expect(matchField(['Market Demand'], market)).toEqual({ kind: 'found', index: 0 });
  });
  it('matches the Indonesian and English labels of a Kobo "Labels" export', () => {
    expect(matchField(['Penilaian/Permintaan pasar'], market)).toEqual({ kind: 'found', index: 0 });
    expect(matchField(['Rating/Market demand'], market)).toEqual({ kind: 'found', index: 0 });
    expect(matchField(['Responden/Kegiatan usaha'], specs.activity)).toEqual({ kind: 'found', index: 0 });
  });
  it('reports two matching columns as ambiguous rather than picking one', () => {
    expect(matchField(['market_demand', 'g/market_demand'], market)).toEqual({ kind: 'ambiguous', indexes: [0, 1] });
  });
  it('never matches metadata columns', () => {
    expect(isMetadata('_uuid')).toBe(true);
    expect(isMetadata('meta-instanceID')).toBe(true);
    expect(isMetadata('SubmissionDate')).toBe(true);
    expect(isMetadata('group_rating/market_demand')).toBe(false);
  });
  it('uses an explicit mapping exactly and says when the mapped column is absent', () => {
    const mapped = surveySpecs(DEFAULT_CRITERIA, { activity: 'Q1' });
    expect(matchField(['activity', 'q1'], mapped.activity)).toEqual({ kind: 'found', index: 1 });
    expect(matchField(['activity'], mapped.activity)).toEqual({ kind: 'mappedMissing', column: 'Q1' });
  });
});
