import { describe, expect, it, vi } from 'vitest';

describe('what the ranking JSON says about its intervals', () => {
  it('names the method behind ci95, so a reader of the JSON can check it', async () => {
    // Loaded afresh: the text is a module constant, read when the module is evaluated.
    vi.resetModules();
    const { CI_METHOD } = await import('../../src/core/score/report.js');
    expect(CI_METHOD).toMatch(/^delta method: score ± 1\.96·se/);
    expect(CI_METHOD).toMatch(/clipped to 0–100$/);
  });
});
