import { describe, expect, it } from 'vitest';
import { collectWeights, splitWeightList, type WeightEntry } from '../../src/core/weights.js';

const known = new Set(['market_demand', 'risk', 'inclusion']);
const check = (spec: string) => collectWeights(splitWeightList(spec), known);

describe('weight lists', () => {
  it('split on commas, or on semicolons when there are any, so that a decimal comma stays a decimal', () => {
    expect(splitWeightList('market_demand=2,risk=0.5')).toEqual([
      { part: 'market_demand=2', id: 'market_demand', value: '2' },
      { part: 'risk=0.5', id: 'risk', value: '0.5' },
    ]);
    expect(splitWeightList('risk=0,5;inclusion=2')).toEqual([
      { part: 'risk=0,5', id: 'risk', value: '0,5' },
      { part: 'inclusion=2', id: 'inclusion', value: '2' },
    ]);
  });
  it('trim the id, skip empty parts, and keep a part without "=" whole for its message', () => {
    expect(splitWeightList(' risk = 2 ,, ;')).toEqual([{ part: ' risk = 2 ,, ', id: 'risk', value: ' 2 ,, ' }]);
    expect(splitWeightList('risk=2,,inclusion=1, ')).toHaveLength(2);
    expect(splitWeightList('risk')).toEqual([{ part: 'risk' }]);
    expect(splitWeightList('a=b=1')).toEqual([{ part: 'a=b=1', id: 'a', value: 'b=1' }]);
    expect(splitWeightList('')).toEqual([]);
  });
});

describe('checked weights', () => {
  it('read decimals with a point or a comma, and zero', () => {
    const { weights, problems } = check('market_demand=2;risk=0,5;inclusion=0');
    expect(problems).toEqual([]);
    expect({ ...weights }).toEqual({ market_demand: 2, risk: 0.5, inclusion: 0 });
  });
  it('read the forms of a number a user types', () => {
    for (const [text, value] of [
      ['2', 2],
      [' 2 ', 2],
      ['+2', 2],
      ['2.', 2],
      ['.5', 0.5],
      [',5', 0.5],
      ['1.25', 1.25],
      ['10', 10],
      ['12.5', 12.5],
      ['.25', 0.25],
    ] as const)
      expect(collectWeights([{ part: text, id: 'risk', value: text }], known).weights.risk, text).toBe(value);
  });
  it('call anything else a syntax problem, naming the part as typed', () => {
    for (const text of ['', 'two', '2x', '1e3', '0x10', '1.2.3', '1,2,3', '.', 'Infinity', 'NaN', '--1'])
      expect(collectWeights([{ part: `risk=${text}`, id: 'risk', value: text }], known).problems, text).toEqual([
        { kind: 'syntax', part: `risk=${text}` },
      ]);
    expect(check('risk').problems).toEqual([{ kind: 'syntax', part: 'risk' }]);
    expect(check('=2').problems).toEqual([{ kind: 'syntax', part: '=2' }]);
    // A JSON weights file may give a criterion null or true: an entry with an id and no value.
    expect(collectWeights([{ part: 'risk=null', id: 'risk' }], known).problems).toEqual([
      { kind: 'syntax', part: 'risk=null' },
    ]);
    expect(collectWeights([{ part: '2', value: '2' }], known).problems).toEqual([{ kind: 'syntax', part: '2' }]);
  });
  it('refuse a negative weight, keeping its text for the message', () => {
    expect(check('risk=-0,5;inclusion=1')).toEqual({
      weights: { inclusion: 1 },
      problems: [{ kind: 'negative', id: 'risk', value: '-0,5' }],
    });
  });
  it('refuse an id that is not a criterion, but take any id when none are known', () => {
    expect(check('price=2').problems).toEqual([{ kind: 'unknown', id: 'price' }]);
    expect({ ...collectWeights(splitWeightList('price=2')).weights }).toEqual({ price: 2 });
  });
  it('point out an id given twice rather than take the last, once per repeat', () => {
    const { weights, problems } = check('risk=2,risk=3,risk=4');
    expect({ ...weights }).toEqual({ risk: 2 });
    expect(problems).toEqual([
      { kind: 'duplicate', id: 'risk' },
      { kind: 'duplicate', id: 'risk' },
    ]);
  });
  it('count a repeat even when the first one was wrong, so one mistake is not reported as two kinds', () => {
    expect(check('risk=x,risk=2').problems).toEqual([
      { kind: 'syntax', part: 'risk=x' },
      { kind: 'duplicate', id: 'risk' },
    ]);
  });
  it('give each problem the line of a weights file, and no line for a command-line list', () => {
    const entries: WeightEntry[] = [
      { part: 'risk', line: 2 },
      { part: 'risk=x', id: 'risk', value: 'x', line: 3 },
      { part: 'risk=1', id: 'risk', value: '1', line: 4 },
      { part: 'inclusion=-1', id: 'inclusion', value: '-1', line: 5 },
      { part: 'price=1', id: 'price', value: '1', line: 6 },
    ];
    expect(collectWeights(entries, known).problems).toEqual([
      { kind: 'syntax', part: 'risk', line: 2 },
      { kind: 'syntax', part: 'risk=x', line: 3 },
      { kind: 'duplicate', id: 'risk', line: 4 },
      { kind: 'negative', id: 'inclusion', value: '-1', line: 5 },
      { kind: 'unknown', id: 'price', line: 6 },
    ]);
    for (const p of check('risk,risk=x,price=1,inclusion=-1').problems) expect(p).not.toHaveProperty('line');
  });
  it('take numbers from a JSON weights file as they are', () => {
    const { weights, problems } = collectWeights(
      [
        { part: 'risk', id: 'risk', value: 1.5 },
        { part: 'inclusion', id: 'inclusion', value: Number.POSITIVE_INFINITY },
        { part: 'market_demand', id: 'market_demand', value: -2 },
      ],
      known,
    );
    expect({ ...weights }).toEqual({ risk: 1.5 });
    expect(problems).toEqual([
      { kind: 'syntax', part: 'inclusion' },
      { kind: 'negative', id: 'market_demand', value: '-2' },
    ]);
  });
  it('keep ids such as "constructor" and "__proto__" as plain keys', () => {
    const { weights } = collectWeights(splitWeightList('constructor=2,__proto__=3'));
    expect(Object.keys(weights)).toEqual(['constructor', '__proto__']);
    expect(weights.constructor).toBe(2);
    expect(Object.getPrototypeOf(weights)).toBeNull();
  });
});
