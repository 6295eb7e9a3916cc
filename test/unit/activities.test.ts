import { describe, expect, it } from 'vitest';
import { activityName, activityResolver, opportunityNames, spellingClashes } from '../../src/core/activities.js';
import type { Opportunity } from '../../src/core/assessment.js';

const chips: Opportunity = {
  id: 'keripik_singkong',
  name: { en: 'Cassava chips', id: 'Keripik singkong' },
  aliases: ['KS-01'],
};
const goats: Opportunity = { id: '2', name: 'Ternak kambing' };
const honey: Opportunity = { id: 'madu', name: { id: 'Madu hutan' } };

describe('activity resolution', () => {
  const resolve = activityResolver([chips, goats, honey]);
  it('finds an opportunity by its id, an alias, or its name in either language', () => {
    for (const value of ['keripik_singkong', 'KS-01', 'Cassava chips', 'Keripik singkong'])
      expect(resolve(value), value).toBe('keripik_singkong');
    expect(resolve('Ternak kambing')).toBe('2');
    expect(resolve('Madu hutan')).toBe('madu');
  });
  it('compares as survey exports vary a name: case, spaces, underscores, hyphens, dots', () => {
    for (const value of ['Keripik Singkong', 'keripik-singkong', 'KERIPIK.SINGKONG', 'ks 01', ' ks_01 '])
      expect(resolve(value), value).toBe('keripik_singkong');
  });
  it('leaves a value that names no opportunity exactly as it was', () => {
    expect(resolve('Tenun Ikat')).toBe('Tenun Ikat');
    expect(activityResolver()('Tenun Ikat')).toBe('Tenun Ikat');
  });
  it('lets an id or alias win over another opportunity whose name spells it', () => {
    // Kobo choice names are often numbers, and a label may be a number too.
    const coded: Opportunity[] = [
      { id: 'a', name: '2' },
      { id: '2', name: 'Ternak kambing' },
      { id: 'b', name: 'Madu', aliases: ['KS-01'] },
      { id: 'c', name: 'KS 01' },
    ];
    const r = activityResolver(coded);
    expect(r('2')).toBe('2');
    expect(r('ks01')).toBe('b');
  });
  it('gives a spelling two opportunities share to the first of them', () => {
    const r = activityResolver([
      { id: 'x', name: 'Madu', aliases: ['honey'] },
      { id: 'y', name: 'Madu', aliases: ['honey'] },
    ]);
    expect(r('Madu')).toBe('x');
    expect(r('honey')).toBe('x');
  });
});

describe('opportunity names', () => {
  it('are one text, or the English and Indonesian names that are given', () => {
    expect(opportunityNames(goats)).toEqual(['Ternak kambing']);
    expect(opportunityNames(chips)).toEqual(['Cassava chips', 'Keripik singkong']);
    expect(opportunityNames(honey)).toEqual(['Madu hutan']);
    expect(opportunityNames({ id: 'z', name: { en: 'Honey' } })).toEqual(['Honey']);
  });
  it('are shown in the language asked for, falling back to the other, then to the value', () => {
    const list = [chips, goats, honey, { id: 'h', name: { en: 'Honey' } }, { id: 'n', name: {} }];
    expect(activityName('keripik_singkong', list, 'en')).toBe('Cassava chips');
    expect(activityName('keripik_singkong', list, 'id')).toBe('Keripik singkong');
    expect(activityName('2', list, 'en')).toBe('Ternak kambing');
    expect(activityName('madu', list, 'en')).toBe('Madu hutan');
    expect(activityName('h', list, 'id')).toBe('Honey');
    expect(activityName('n', list, 'id')).toBe('n');
    expect(activityName('Tenun Ikat', list, 'id')).toBe('Tenun Ikat');
  });
});

describe('spelling clashes', () => {
  it('are none when every id and alias is one opportunity’s, even repeated within it', () => {
    expect(spellingClashes([chips, goats, honey])).toEqual([]);
    expect(spellingClashes([{ id: 'madu', name: 'Madu', aliases: ['MADU', 'madu-'] }])).toEqual([]);
    expect(spellingClashes([])).toEqual([]);
  });
  it('point at the id or alias that repeats another opportunity’s, and at that one', () => {
    const clashes = spellingClashes([
      { id: 'madu', name: 'Honey', aliases: ['m1'] },
      { id: 'Madu', name: 'Forest honey' },
      { id: 'kambing', name: 'Goats', aliases: ['x', 'M-1'] },
    ]);
    expect(clashes).toEqual([
      { spelling: 'Madu', pointer: '/opportunities/1/id', first: 'madu', firstPointer: '/opportunities/0/id' },
      {
        spelling: 'M-1',
        pointer: '/opportunities/2/aliases/1',
        first: 'madu',
        firstPointer: '/opportunities/0/aliases/0',
      },
    ]);
  });
  it('include an id or alias that is another opportunity’s name, pointing at that name', () => {
    const clashes = spellingClashes([
      { id: 'madu', name: 'Madu' },
      { id: 'honey', name: { en: 'Honey', id: 'Madu' } },
      { id: 'goat', name: 'Kambing', aliases: ['honey'] },
    ]);
    expect(clashes).toEqual([
      { spelling: 'honey', pointer: '/opportunities/2/aliases/0', first: 'honey', firstPointer: '/opportunities/1/id' },
      { spelling: 'Madu', pointer: '/opportunities/0/id', first: 'honey', firstPointer: '/opportunities/1/name' },
    ]);
  });
  it('leave names that only repeat each other alone', () => {
    expect(
      spellingClashes([
        { id: 'a', name: 'Madu' },
        { id: 'b', name: 'Madu' },
      ]),
    ).toEqual([]);
  });
});
