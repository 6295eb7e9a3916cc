/**
 * Hostile and unusual CSV input, at the layer that reads it (src/io/csv, src/io/survey):
 * huge header cells, no line breaks, endless streams, stray bytes, pipes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Assessment } from '../../src/core/assessment.js';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { matchField, surveySpecs } from '../../src/io/survey/columns.js';
import { readSurvey, surveyLayout, type SurveyReadOptions } from '../../src/io/survey/read.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

const MB = 1024 * 1024;
const criteria = [
  { id: 'market_demand', label: { en: 'Market demand', id: 'Permintaan pasar' }, weight: 1, direction: 'benefit' as const },
  { id: 'risk', label: { en: 'Business and community risk', id: 'Risiko usaha dan sosial' }, weight: 1, direction: 'cost' as const },
];

/** Reads bytes as a rating survey in a fresh folder; returns the scan and the ratings given. */
async function read(content: string | Buffer, workspace: Partial<Assessment> = {}, options: SurveyReadOptions = {}) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'in.csv'), content);
  const { rt } = testRuntime({ cwd: dir });
  const config = resolveConfig({ version: 1, criteria, ...workspace }, {});
  const got: { activity: string; values: (number | undefined)[] }[] = [];
  const result = await readSurvey(rt, 'in.csv', config, {
    ...options,
    onRating: (activity, _respondent, values) => got.push({ activity, values: Array.from(values, (v) => (Number.isNaN(v) ? undefined : v)) }),
  });
  return { result, got };
}

// A header cell of 1 MB made of group separators: each tail after a `/` or `-` used to be
// normalised on its own, which is quadratic (a 60,000-character cell took 110 s in score).
// Quadratic code takes hours on these; linear code well under a second.
describe('a 1 MB header cell (time linear in its length)', () => {
  const shapes = { dashes: 'a-'.repeat(MB / 2), slashes: 'a/'.repeat(MB / 2), spaces: 'x /-_ '.repeat(MB / 6), bare: 'x'.repeat(MB) };

  for (const [name, cell] of Object.entries(shapes)) {
    it(`finds the columns beside a cell of ${name}`, () => {
      const specs = surveySpecs(DEFAULT_CRITERIA);
      const market = specs.criteria.find((c) => c.id === 'market_demand')?.spec;
      const header = ['activity', cell, 'grp-market_demand', `${cell}/tail`];
      expect(matchField(header, specs.activity)).toEqual({ kind: 'found', index: 0 });
      expect(market && matchField(header, market)).toEqual({ kind: 'found', index: 2 });
    }, 60_000);

    it(`lays out a wide export beside a cell of ${name}`, () => {
      const { rt } = testRuntime({ cwd: tempDir() });
      const config = resolveConfig({ version: 1, criteria, survey: { format: 'wide' } }, {});
      const found = surveyLayout(rt, ['respondent', cell, 'keripik/market_demand', 'keripik/risk', `${cell}x`], config, 'in.csv');
      expect(found.problems).toEqual([]);
      expect(found.layout?.wide).toEqual([{ activity: 'keripik', criteria: [2, 3] }]);
    }, 60_000);
  }

  it('still finds a criterion at the end of a long group path, and not inside a long name', () => {
    const specs = surveySpecs(DEFAULT_CRITERIA);
    const market = specs.criteria.find((c) => c.id === 'market_demand')?.spec;
    const long = `${'grp/'.repeat(100_000)}market_demand`;
    expect(market && matchField(['activity', long], market)).toEqual({ kind: 'found', index: 1 });
    expect(market && matchField(['activity', `${long}_and_more`], market)).toEqual({ kind: 'none' });
  }, 60_000);

  it('reads a survey whose header holds a 1 MB cell', async () => {
    const { result, got } = await read(`activity,market_demand,risk,"${'a-'.repeat(MB / 2)}"\nkeripik,4,2,x\n`);
    expect(result.problems).toEqual([]);
    expect(got).toEqual([{ activity: 'keripik', values: [4, 2] }]);
  }, 60_000);
});
