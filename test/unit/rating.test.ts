import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MISSING } from '../../src/core/criteria.js';
import { answerLabels, isWordScale, MISSING, ratingValue } from '../../src/core/rating.js';

const missing = new Set(DEFAULT_MISSING);
const read = (raw: string) => ratingValue(raw, missing, true);

describe('rating cells', () => {
  it('reads plain numbers and decimal commas', () => {
    expect(read('4')).toBe(4);
    expect(read(' 3,5 ')).toBe(3.5);
    expect(read('2.5')).toBe(2.5);
    expect(read('10')).toBe(10);
  });
  it('reads the bare words of the default scale in both languages, only when asked', () => {
    expect(read('Sangat Rendah')).toBe(1);
    expect(read('sedang')).toBe(3);
    expect(read('very low')).toBe(1);
    expect(read('very high')).toBe(5);
    expect(ratingValue('sedang', missing, false)).toBeNaN();
    expect(ratingValue('very low', missing, false)).toBeNaN();
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
  it('reads a single letter or sign as no rating, not as its character code', () => {
    for (const cell of ['x', 'A', '+', '?', ':']) expect(ratingValue(cell, missing, false), cell).toBeNaN();
  });
});

describe('missing markers a survey declares', () => {
  const declared = new Set([...DEFAULT_MISSING, '9', '99', '0 - tidak tahu', 'tidak tahu']);
  it('win over the number they spell, one digit or more', () => {
    for (const words of [false, true]) {
      expect(ratingValue('9', declared, words)).toBe(MISSING);
      expect(ratingValue(' 9 ', declared, words)).toBe(MISSING);
      expect(ratingValue('99', declared, words)).toBe(MISSING);
      expect(ratingValue('0 - Tidak tahu', declared, words)).toBe(MISSING);
      expect(ratingValue('8', declared, words)).toBe(8);
    }
  });
  it('are compared ignoring case and the spaces between words, on any scale', () => {
    for (const words of [false, true]) {
      expect(ratingValue('N/A', declared, words)).toBe(MISSING);
      expect(ratingValue('Tidak  tahu', declared, words)).toBe(MISSING);
      expect(ratingValue('Tidak\u00a0tahu', declared, words)).toBe(MISSING);
    }
  });
});

describe('answer words of the workspace', () => {
  const labels = answerLabels({ 'Very needed': 4, 'Highly needed': 4, 'Not needed': 1, A: 5 });
  it('are read on any scale, ignoring case and spaces', () => {
    expect(ratingValue('very  NEEDED', missing, false, labels)).toBe(4);
    expect(ratingValue('Highly needed', missing, false, labels)).toBe(4);
    expect(ratingValue(' not needed ', missing, false, labels)).toBe(1);
    expect(ratingValue('a', missing, false, labels)).toBe(5);
    expect(ratingValue('Somewhat needed', missing, false, labels)).toBeNaN();
  });
  it('do not stand in for a number in the cell', () => {
    expect(ratingValue('3', missing, false, answerLabels({ '3': 5 }))).toBe(3);
    expect(ratingValue('3,5', missing, false, answerLabels({ '3,5': 5 }))).toBe(3.5);
  });
  it('come before the words of the default scale', () => {
    expect(ratingValue('Tinggi', missing, true, answerLabels({ tinggi: 5 }))).toBe(5);
    expect(ratingValue('Sedang', missing, true, answerLabels({ tinggi: 5 }))).toBe(3);
  });
  it('are not read when there are none', () => {
    expect(answerLabels(undefined).size).toBe(0);
    expect(ratingValue('Very needed', missing, false, answerLabels(undefined))).toBeNaN();
  });
});

describe('word scale', () => {
  it('is the default 1 to 5 only', () => {
    expect(isWordScale({ min: 1, max: 5 })).toBe(true);
    expect(isWordScale({ min: 0, max: 5 })).toBe(false);
    expect(isWordScale({ min: 1, max: 10 })).toBe(false);
    expect(isWordScale({ min: 0, max: 10 })).toBe(false);
  });
});

describe('numbers with a choice label', () => {
  // The pattern is a module constant: loading the module afresh inside each test, not once
  // when this file is imported, lets mutation testing (which switches a mutant on as a test
  // starts) try a changed pattern against these cells.
  beforeEach(() => {
    vi.resetModules();
  });
  const fresh = async () => {
    const rating = await import('../../src/core/rating.js');
    return (raw: string) => rating.ratingValue(raw, missing, false);
  };

  it('read the number of a Kobo "Labels" export, whatever the separator', async () => {
    const value = await fresh();
    expect(value('4 - Tinggi')).toBe(4);
    expect(value('4-Tinggi')).toBe(4);
    expect(value('4 Tinggi')).toBe(4);
    expect(value('4. High')).toBe(4);
    expect(value('5) sangat tinggi')).toBe(5);
    expect(value('1 – very low')).toBe(1);
    expect(value('3: sedang')).toBe(3);
    expect(value('2=rendah')).toBe(2);
  });
  it('read numbers of more than one digit, signs and decimals', async () => {
    const value = await fresh();
    expect(value('10')).toBe(10);
    expect(value('10 - Excellent')).toBe(10);
    expect(value('+4')).toBe(4);
    expect(value('-1')).toBe(-1);
    expect(value('3,5')).toBe(3.5);
    expect(value('2.75')).toBe(2.75);
    expect(value('3,25 - sedang')).toBe(3.25);
  });
  it('read no rating from a number inside other text', async () => {
    const value = await fresh();
    // Letters glued to the number, a second number, a range: none says which rating was meant.
    for (const cell of ['Q4', '4x', '4th', '4th - high', '3 4', '3-4 sedang', '3,', ',5', '3,x'])
      expect(value(cell), cell).toBeNaN();
  });
});
