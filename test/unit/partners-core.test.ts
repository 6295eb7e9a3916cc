import { describe, expect, it } from 'vitest';
import {
  type ActivityNeeds,
  DEFAULT_WEIGHTS,
  type MatchSettings,
  matchActivity,
  type NeededSkill,
  type Partner,
} from '../../src/core/partners/match.js';
import { costOf, type PartnerNeed, partnerTypeOf, serviceOf } from '../../src/core/partners/vocab.js';

/*
 * Scoring one partner at a time on a small, hand-checked directory. With the default
 * weights (coverage 3, type 1, distance 2, capacity 1, accessibility 1, cost 1, and
 * women-only 1 where it counts) a factor not stated counts one half.
 */
let line = 0;
const partner = (over: Partial<Partner> = {}): Partner => ({
  line: ++line,
  name: `P${line}`,
  type: 'training_provider',
  services: ['skills_training', 'business_training', 'credit', 'market_linkage'],
  covers: ['all'],
  ...over,
});

const FRYING: NeededSkill = { id: 'frying', name: 'Frying', names: ['frying', 'Menggoreng', 'deep frying'] };
const PACKING: NeededSkill = { id: 'packing', name: 'Packing', names: ['packing', 'Pengemasan'] };

const activity = (over: Partial<ActivityNeeds> = {}): ActivityNeeds => ({
  id: 'keripik_singkong',
  name: 'Cassava chips',
  sector: 'food_processing',
  needs: [{ need: 'technical_training', skills: [FRYING, PACKING] }],
  ...over,
});

const settings = (over: Partial<MatchSettings> = {}): MatchSettings => ({
  weights: DEFAULT_WEIGHTS,
  top: 5,
  womenTarget: false,
  ...over,
});

/** The matches of the first need. */
const ranked = (partners: Partner[], a: Partial<ActivityNeeds> = {}, s: Partial<MatchSettings> = {}) =>
  matchActivity(activity(a), partners, settings(s)).needs[0]?.partners ?? [];

/** The one partner's match. */
const only = (p: Partial<Partner>, a: Partial<ActivityNeeds> = {}, s: Partial<MatchSettings> = {}) => {
  const m = ranked([partner(p)], a, s)[0];
  if (m === undefined) throw new Error('not ranked');
  return m;
};

describe('coverage', () => {
  it("covers everything with 'all' or its other words", () => {
    for (const covers of [['all'], ['Semua'], ['umum', 'x']]) {
      const m = only({ covers });
      expect(m.factors.coverage).toBe(1);
      expect(m.reasons[0]).toEqual({ code: 'everything' });
    }
  });

  it('covers the activity named by its id or its name, spelt as names', () => {
    for (const covers of [['Keripik Singkong'], ['cassava-chips']]) {
      const m = only({ covers });
      expect(m.factors.coverage).toBe(1);
      expect(m.reasons[0]).toEqual({ code: 'activity' });
    }
  });

  it('covers the share of the needed skills it names, by any of their names', () => {
    const m = only({ covers: ['Deep Frying', 'batik'] });
    expect(m.factors.coverage).toBe(0.5);
    expect(m.reasons[0]).toEqual({ code: 'covers', skills: ['Frying'], of: 2 });
    const both = only({ covers: ['pengemasan', 'menggoreng'] });
    expect(both.factors.coverage).toBe(1);
    expect(both.reasons[0]).toEqual({ code: 'covers', skills: ['Frying', 'Packing'], of: 2 });
  });

  it("covers the activity's sector, when it names none of the skills", () => {
    const m = only({ covers: ['Food Processing'] });
    expect(m.factors.coverage).toBe(1);
    expect(m.reasons[0]).toEqual({ code: 'sector', sector: 'food_processing' });
    const noSkills = only({ covers: ['food_processing'] }, { needs: [{ need: 'credit', skills: [] }] });
    expect(noSkills.reasons[0]).toEqual({ code: 'sector', sector: 'food_processing' });
  });

  it('counts one half for a partner that says nothing of what it covers, with no reason', () => {
    const m = only({ covers: [], type: 'bank' });
    expect(m.factors.coverage).toBe(0.5);
    expect(m.reasons).toEqual([]);
  });

  it('leaves out a partner that covers other things', () => {
    expect(ranked([partner({ covers: ['batik'] })])).toEqual([]);
    expect(ranked([partner({ covers: ['batik'] })], { sector: undefined })).toEqual([]);
    expect(ranked([partner({ covers: ['batik'] })], { needs: [{ need: 'credit', skills: [] }] })).toEqual([]);
  });
});

describe('the other factors', () => {
  it('counts the kind of institution suited to the need, with the kind as reason', () => {
    const suited = only({ type: 'microfinance' }, { needs: [{ need: 'credit', skills: [] }] });
    expect(suited.factors.type).toBe(1);
    expect(suited.reasons).toContainEqual({ code: 'type', type: 'microfinance' });
    const other = only({ type: 'buyer' }, { needs: [{ need: 'credit', skills: [] }] });
    expect(other.factors.type).toBe(0);
    expect(other.reasons.some((r) => r.code === 'type')).toBe(false);
  });

  it('counts distance fully at 0 km, linearly less, nothing at 100 km and past it, one half when unknown', () => {
    const at = (distanceKm: number | undefined) =>
      only(distanceKm === undefined ? {} : { distanceKm }).factors.distance;
    expect([at(0), at(25), at(100), at(150), at(undefined)]).toEqual([1, 0.75, 0, 0, 0.5]);
    expect(only({ distanceKm: 0 }).reasons).toContainEqual({ code: 'distance', km: 0 });
    expect(only({}).reasons.some((r) => r.code === 'distance')).toBe(false);
  });

  it('counts capacity against the trainees, fully without trainees, one half when unknown', () => {
    const cap = (capacity: number | undefined, trainees: number | undefined) =>
      only(capacity === undefined ? {} : { capacity }, trainees === undefined ? {} : { trainees });
    expect(cap(10, 40).factors.capacity).toBe(0.25);
    expect(cap(40, 10).factors.capacity).toBe(1);
    expect(cap(10, 0).factors.capacity).toBe(1);
    expect(cap(0, 0).factors.capacity).toBe(1);
    expect(cap(0, 10).factors.capacity).toBe(0);
    expect(cap(10, undefined).factors.capacity).toBe(1);
    expect(cap(undefined, 10).factors.capacity).toBe(0.5);
    expect(cap(10, 40).reasons).toContainEqual({ code: 'capacity', capacity: 10, trainees: 40 });
    expect(cap(10, undefined).reasons.find((r) => r.code === 'capacity')).toStrictEqual({
      code: 'capacity',
      capacity: 10,
    });
    expect(cap(undefined, 10).reasons.some((r) => r.code === 'capacity')).toBe(false);
  });

  it('counts accessibility as said, one half when not said', () => {
    expect(only({ accessible: true }).factors.accessibility).toBe(1);
    expect(only({ accessible: false }).factors.accessibility).toBe(0);
    expect(only({ accessible: false }).reasons).toContainEqual({ code: 'accessible', value: false });
    expect(only({}).factors.accessibility).toBe(0.5);
    expect(only({}).reasons.some((r) => r.code === 'accessible')).toBe(false);
  });

  it('counts women-only groups only where there is a target for women, and only for training', () => {
    const women = { womenTarget: true };
    expect(only({ womenOnly: true }, {}, women).factors.womenOnly).toBe(1);
    expect(only({ womenOnly: false }, {}, women).factors.womenOnly).toBe(0);
    expect(only({ womenOnly: true }, {}, women).reasons).toContainEqual({ code: 'womenOnly', value: true });
    expect(only({}, {}, women).factors.womenOnly).toBe(0.5);
    expect(only({}, {}, women).reasons.some((r) => r.code === 'womenOnly')).toBe(false);
    const business = { needs: [{ need: 'business_training' as const, skills: [] }] };
    expect(only({ womenOnly: true }, business, women).factors.womenOnly).toBe(1);
    // No target for women, or a need that is not training: the factor is not there at all.
    expect(only({ womenOnly: true }).factors).not.toHaveProperty('womenOnly');
    expect(only({ womenOnly: true }).reasons.some((r) => r.code === 'womenOnly')).toBe(false);
    const credit = { needs: [{ need: 'credit' as const, skills: [] }] };
    expect(only({ womenOnly: true }, credit, women).factors).not.toHaveProperty('womenOnly');
  });

  it('counts cost by band, one half when not said', () => {
    const cost = (c: Partner['cost']) => only(c === undefined ? {} : { cost: c }).factors.cost;
    expect([cost('free'), cost('low'), cost('medium'), cost('high'), cost(undefined)]).toEqual([
      1, 0.75, 0.5, 0.25, 0.5,
    ]);
    expect(only({ cost: 'high' }).reasons).toContainEqual({ code: 'cost', cost: 'high' });
    expect(only({}).reasons.some((r) => r.code === 'cost')).toBe(false);
  });
});

describe('the score', () => {
  it('is the weighted mean of the factors, out of 100, to two decimals', () => {
    // coverage 1×3, type 1×1, distance 0.7×2, capacity 0.5×1, accessibility 0×1, cost 0.75×1 = 6.65 of 9.
    const p = { distanceKm: 30, capacity: 10, accessible: false, cost: 'low' as const };
    const m = only(p, { trainees: 20 });
    expect(m.factors).toEqual({ coverage: 1, type: 1, distance: 0.7, capacity: 0.5, accessibility: 0, cost: 0.75 });
    expect(m.score).toBe(73.89);
    // With a target for women, a women-only group adds 1×1: 7.65 of 10.
    expect(only({ ...p, womenOnly: true }, { trainees: 20 }, { womenTarget: true }).score).toBe(76.5);
    // coverage 0.5×3, type 1×1 and one half of the other 5 weights: 5 of 9.
    expect(only({ covers: ['Deep frying'] }).score).toBe(55.56);
  });

  it('follows the weights given, and is 0 when every weight is 0', () => {
    const zero = { coverage: 0, type: 0, distance: 0, capacity: 0, accessibility: 0, womenOnly: 0, cost: 0 };
    expect(only({ distanceKm: 0 }, {}, { weights: zero }).score).toBe(0);
    expect(only({ distanceKm: 0, cost: 'high' }, {}, { weights: { ...zero, cost: 1 } }).score).toBe(25);
    expect(only({ distanceKm: 50, cost: 'high' }, {}, { weights: { ...zero, distance: 1, cost: 3 } }).score).toBe(
      31.25,
    );
  });
});

describe('ranking and gaps', () => {
  it('ranks by score, then nearer (unknown distance last), then name, then directory order, and keeps the top', () => {
    const best = partner({ name: 'Zeta', cost: 'free', distanceKm: 10 });
    const far = partner({ name: 'Far', cost: 'low', distanceKm: 20 });
    const near = partner({ name: 'Near', cost: 'low', distanceKm: 10 });
    const unknown = partner({ name: 'Aaa', cost: 'low' });
    const b1 = partner({ name: 'B', cost: 'low', distanceKm: 20 });
    const a = partner({ name: 'A', cost: 'low', distanceKm: 20 });
    const b2 = partner({ name: 'B', cost: 'low', distanceKm: 20 });
    // Distance weighs nothing here, so every partner but the free one scores the same.
    const weights = { ...DEFAULT_WEIGHTS, distance: 0 };
    const all = [unknown, b2, far, near, b1, best, a];
    const names = (m: ReturnType<typeof ranked>) => m.map((x) => `${x.partner.name}#${x.partner.line}`);
    const expected = [best, near, a, b1, b2, far, unknown].map((p) => `${p.name}#${p.line}`);
    expect(names(ranked(all, {}, { weights, top: 10 }))).toEqual(expected);
    expect(names(ranked(all, {}, { weights, top: 2 }))).toEqual(expected.slice(0, 2));
  });

  it('offers only partners giving the service the need calls for', () => {
    const a = {
      needs: [
        { need: 'credit' as PartnerNeed, skills: [] },
        { need: 'equipment' as PartnerNeed, skills: [] },
      ],
    };
    const lender = partner({ name: 'Lender', type: 'microfinance', services: ['credit'] });
    const trainer = partner({ name: 'Trainer', services: ['skills_training'] });
    const r = matchActivity(activity(a), [trainer, lender], settings());
    expect(r.needs.map((n) => [n.need, n.partners.map((m) => m.partner.name)])).toEqual([
      ['credit', ['Lender']],
      ['equipment', []],
    ]);
    expect(r.gaps).toEqual([{ need: 'equipment', kind: 'none' }]);
  });

  it('is a gap when every partner offering the service covers other things', () => {
    const r = matchActivity(activity(), [partner({ covers: ['batik'] })], settings());
    expect(r.gaps).toEqual([{ need: 'technical_training', kind: 'none' }]);
  });

  it('is a capacity gap only when every partner ranked states its capacity and together they serve too few', () => {
    const gaps = (trainees: number | undefined, ...capacities: (number | undefined)[]) =>
      matchActivity(
        activity(trainees === undefined ? {} : { trainees }),
        capacities.map((capacity) => partner(capacity === undefined ? {} : { capacity })),
        settings(),
      ).gaps;
    expect(gaps(30, 10, 15)).toEqual([{ need: 'technical_training', kind: 'capacity', capacity: 25, trainees: 30 }]);
    expect(gaps(25, 10, 15)).toEqual([]);
    expect(gaps(30, 10, undefined)).toEqual([]);
    expect(gaps(undefined, 10, 15)).toEqual([]);
    // A partner covering other things serves nobody here, so its capacity does not count.
    const r = matchActivity(
      activity({ trainees: 30 }),
      [partner({ capacity: 10 }), partner({ capacity: 100, covers: ['batik'] })],
      settings(),
    );
    expect(r.gaps).toEqual([{ need: 'technical_training', kind: 'capacity', capacity: 10, trainees: 30 }]);
  });
});

describe('directory words', () => {
  it('reads kinds of institution by their own names and their usual words', () => {
    expect(partnerTypeOf('BLK')).toBe('training_provider');
    expect(partnerTypeOf('BLK Komunitas')).toBe('training_provider');
    expect(partnerTypeOf('LKM')).toBe('microfinance');
    expect(partnerTypeOf('KSP')).toBe('microfinance');
    expect(partnerTypeOf('Pengepul')).toBe('buyer');
    expect(partnerTypeOf('training provider')).toBe('training_provider');
    expect(partnerTypeOf('Bank')).toBe('bank');
    expect(partnerTypeOf('warung')).toBeUndefined();
  });

  it('reads services by their own names and their usual words', () => {
    expect(serviceOf('Pelatihan Usaha')).toBe('business_training');
    expect(serviceOf('pelatihan')).toBe('skills_training');
    expect(serviceOf('KUR')).toBe('credit');
    expect(serviceOf('halal')).toBe('certification');
    expect(serviceOf('market-linkage')).toBe('market_linkage');
    expect(serviceOf('training')).toBeUndefined();
  });

  it('reads cost bands as words, and amounts in rupiah by their band, inclusive at the upper bound', () => {
    expect(costOf('Gratis')).toBe('free');
    expect(costOf('murah')).toBe('low');
    expect(costOf('Menengah')).toBe('medium');
    expect(costOf('mahal')).toBe('high');
    expect(costOf('Rp 0')).toBe('free');
    expect(costOf('00')).toBe('free');
    expect(costOf('1')).toBe('low');
    expect(costOf('Rp 500.000')).toBe('low');
    expect(costOf('500001')).toBe('medium');
    expect(costOf('rp2.000.000')).toBe('medium');
    expect(costOf('2 000 001')).toBe('high');
    expect(costOf('1,5 juta')).toBeUndefined();
    expect(costOf('Rp')).toBeUndefined();
    expect(costOf('x500')).toBeUndefined();
    expect(costOf('500x')).toBeUndefined();
  });
});
