import { describe, expect, it } from 'vitest';
import { NeedsAccumulator } from '../../src/core/needs/analysis.js';

describe('counting the people who want an activity', () => {
  it('counts a value naming no known activity once per person who gave it', () => {
    const acc = new NeedsAccumulator(
      { lackingAtMost: 2, youth: { min: 15, max: 29 }, resolve: (v) => v, requires: () => [], maxActivities: 100 },
      (id) => id === 'a',
    );
    const person = (wanted: string[]) => ({ wanted, skills: new Map(), constraints: [], support: [] });
    acc.add(person(['batik', 'batik', 'a']));
    acc.add(person(['batik']));
    expect([...acc.unmatched]).toEqual([['batik', 2]]);
    expect(acc.activities.get('batik')?.total).toBe(2);
  });
});
