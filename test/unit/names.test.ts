import { describe, expect, it } from 'vitest';
import { collapseSpace, foldText, normaliseName } from '../../src/core/names.js';

describe('names', () => {
  it('are one name whatever the case, spaces, underscores, hyphens and dots between words', () => {
    for (const name of ['Market Demand', 'market_demand', 'market-demand', 'Market.Demand', ' MARKET \u00a0demand\t'])
      expect(normaliseName(name), name).toBe('marketdemand');
  });
  it('read full-width and compatibility characters as their plain forms', () => {
    expect(normaliseName('Ｍａｒｋｅｔ＿Ｄｅｍａｎｄ')).toBe('marketdemand');
    expect(normaliseName('ﬁsh')).toBe('fish');
  });
  it('keep every other character, so that different names stay different', () => {
    expect(normaliseName('q1/market_demand')).toBe('q1/marketdemand');
    expect(normaliseName('risk(2)')).toBe('risk(2)');
    expect(normaliseName('Kegiatan usaha')).not.toBe(normaliseName('Kegiatan'));
  });
});

describe('text as a user reads it', () => {
  it('has each run of white space as one space, none at either end', () => {
    expect(collapseSpace('  Very \u00a0 needed\n(4) ')).toBe('Very needed (4)');
    expect(collapseSpace('Kegiatan\r\nusaha')).toBe('Kegiatan usaha');
    expect(collapseSpace('one')).toBe('one');
    expect(collapseSpace(' \t ')).toBe('');
  });
  it('is compared ignoring case too, but not punctuation', () => {
    expect(foldText('  Very  NEEDED\u00a0')).toBe('very needed');
    expect(foldText('Sangat_Tinggi')).toBe('sangat_tinggi');
  });
});
