import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSING } from '../../src/core/criteria.js';
import { MISSING, ratingValue } from '../../src/core/rating.js';

const missing = new Set(DEFAULT_MISSING);
const read = (raw: string) => ratingValue(raw, missing, true);

describe('rating cells', () => {
  it('reads plain numbers and decimal commas', () => {
    expect(read('4')).toBe(4);
    expect(read(' 3,5 ')).toBe(3.5);
    expect(read('2.5')).toBe(2.5);
    expect(read('10')).toBe(10);
  });
  it('reads the number at the start of a Kobo choice label', () => {
    expect(read('4 - Tinggi')).toBe(4);
    expect(read('5. Sangat tinggi')).toBe(5);
    expect(read('1 – very low')).toBe(1);
  });
  it('reads the bare words of the default scale in both languages, only when asked', () => {
    expect(read('Sangat Rendah')).toBe(1);
    expect(read('sedang')).toBe(3);
    expect(read('very high')).toBe(5);
    expect(ratingValue('sedang', missing, false)).toBeNaN();
  });
  it('treats missing markers as missing, never as zero', () => {
    for (const m of ['', '  ', 'n/a', 'N/A', 'NA', '-']) expect(read(m)).toBe(MISSING);
  });
  it('gives NaN for words, and out-of-scale numbers as they are for the caller to check', () => {
    expect(read('tinggi sekali')).toBeNaN();
    expect(read('4abc')).toBeNaN();
    expect(read('0')).toBe(0);
    expect(read('6')).toBe(6);
  });
});
