import { describe, expect, it } from 'vitest';
import { parseRating } from '../../src/core/rating.js';
import { DEFAULT_MISSING } from '../../src/core/criteria.js';

const scale = { min: 1, max: 5 };
const missing = new Set(DEFAULT_MISSING);
const read = (raw: string) => parseRating(raw, scale, missing);

describe('rating cells', () => {
  it('reads plain numbers and decimal commas', () => {
    expect(read('4')).toEqual({ kind: 'value', value: 4 });
    expect(read(' 3,5 ')).toEqual({ kind: 'value', value: 3.5 });
    expect(read('2.5')).toEqual({ kind: 'value', value: 2.5 });
  });
  it('reads the number at the start of a Kobo choice label', () => {
    expect(read('4 - Tinggi')).toEqual({ kind: 'value', value: 4 });
    expect(read('5. Sangat tinggi')).toEqual({ kind: 'value', value: 5 });
    expect(read('1 – very low')).toEqual({ kind: 'value', value: 1 });
  });
  it('reads the bare words of the default scale in both languages', () => {
    expect(read('Sangat Rendah')).toEqual({ kind: 'value', value: 1 });
    expect(read('sedang')).toEqual({ kind: 'value', value: 3 });
    expect(read('very high')).toEqual({ kind: 'value', value: 5 });
  });
  it('treats missing markers as missing, never as zero', () => {
    for (const m of ['', '  ', 'n/a', 'N/A', 'NA', '-']) expect(read(m)).toEqual({ kind: 'missing' });
  });
  it('flags words and out-of-scale numbers', () => {
    expect(read('tinggi sekali')).toEqual({ kind: 'notNumber' });
    expect(read('4abc')).toEqual({ kind: 'notNumber' });
    expect(read('0')).toEqual({ kind: 'outOfScale', value: 0 });
    expect(read('6')).toEqual({ kind: 'outOfScale', value: 6 });
  });
});
