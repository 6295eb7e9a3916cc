import { describe, expect, it } from 'vitest';
import { fullLabels } from '../../src/core/assessment.js';

describe('criterion labels', () => {
  it('keep both languages when both are given', () => {
    expect(fullLabels({ en: 'Price', id: 'Harga' }, 'price')).toEqual({ en: 'Price', id: 'Harga' });
  });
  it('fill a missing language with the other one', () => {
    expect(fullLabels({ en: 'Price' }, 'price')).toEqual({ en: 'Price', id: 'Price' });
    expect(fullLabels({ id: 'Harga' }, 'price')).toEqual({ en: 'Harga', id: 'Harga' });
  });
  it('fall back to the given text, the criterion id, when neither is given', () => {
    expect(fullLabels({}, 'price')).toEqual({ en: 'price', id: 'price' });
  });
});
