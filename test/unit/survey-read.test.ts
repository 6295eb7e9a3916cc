import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Assessment } from '../../src/core/assessment.js';
import { collectWeights, splitWeightList } from '../../src/core/weights.js';
import { readSurvey } from '../../src/io/survey/read.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

const criteria = [
  {
    id: 'market_demand',
    label: { en: 'Market demand', id: 'Permintaan pasar' },
    weight: 1,
    direction: 'benefit' as const,
  },
  {
    id: 'risk',
    label: { en: 'Business and community risk', id: 'Risiko usaha dan sosial' },
    weight: 1,
    direction: 'cost' as const,
  },
];

async function read(content: string | Buffer, workspace: Partial<Assessment> = {}, segments: string[] = []) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'in.csv'), content);
  const { rt } = testRuntime({ cwd: dir });
  const config = resolveConfig({ version: 1, criteria, ...workspace }, {});
  const got: { activity: string; respondent?: string; values: (number | undefined)[]; segments: string[] }[] = [];
  const result = await readSurvey(rt, 'in.csv', config, {
    segments,
    onRating: (activity, respondent, values, segs) =>
      got.push({
        activity,
        ...(respondent === undefined ? {} : { respondent }),
        values: Array.from(values, (v) => (Number.isNaN(v) ? undefined : v)),
        segments: [...segs],
      }),
  });
  return { result, got };
}

describe('reading rating surveys', () => {
  it('reads a Windows-1252 Excel export with decimal commas, Title-Case headers and CRLF', async () => {
    const text = 'Activity;Market Demand;Risk;Catatan\r\nKeripik;3,5;2;bagus – murah\r\nTiwul;4;1;\r\n';
    const { result, got } = await read(iconv.encode(text, 'windows-1252'));
    expect(result.problems).toEqual([]);
    expect(result.encoding).toBe('windows1252');
    expect(result.delimiter).toBe(';');
    expect(got.map((g) => [g.activity, ...g.values])).toEqual([
      ['Keripik', 3.5, 2],
      ['Tiwul', 4, 1],
    ]);
  });

  it("skips Kobo's HXL tag row and ignores metadata", async () => {
    const text =
      '"_id";"grp/activity";"grp/market_demand";"grp/risk";"_uuid"\r\n"";"#activity";"#indicator";"";""\r\n"1";"keripik";"4";"n/a";"u1"\r\n';
    const { result, got } = await read(text);
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(1);
    expect(got).toEqual([{ activity: 'keripik', values: [4, undefined], segments: [] }]);
  });

  it('reads a wide export: one row per respondent, a column per activity and criterion', async () => {
    const text =
      'respondent,gender,keripik/market_demand,keripik/risk,tiwul/market_demand,tiwul/risk\nr1,f,5,1,,\nr2,m,4,2,3,3\n';
    const { result, got } = await read(text, { survey: { format: 'wide' } }, ['gender']);
    expect(result.problems).toEqual([]);
    expect(result.ratings).toBe(3);
    expect(got).toEqual([
      { activity: 'keripik', respondent: 'r1', values: [5, 1], segments: ['f'] },
      { activity: 'keripik', respondent: 'r2', values: [4, 2], segments: ['m'] },
      { activity: 'tiwul', respondent: 'r2', values: [3, 3], segments: ['m'] },
    ]);
  });

  it('follows an explicit mapping and finds segments by their aliases', async () => {
    const text = 'Q1,Q2,Q3,jenis_kelamin\nkeripik,4,2,perempuan\n';
    const { result, got } = await read(
      text,
      { survey: { columns: { activity: 'Q1', criteria: { market_demand: 'Q2', risk: 'Q3' } } } },
      ['gender'],
    );
    expect(result.problems).toEqual([]);
    expect(got).toEqual([{ activity: 'keripik', values: [4, 2], segments: ['perempuan'] }]);
  });

  it('reports a row with ratings but no activity', async () => {
    const { result } = await read('activity,market_demand\n,4\n');
    expect(result.problems).toMatchObject([{ line: 2, column: 1 }]);
  });
});

describe('weights', () => {
  it('reads id=w lists with , or ; and decimal commas', () => {
    const known = new Set(['market_demand', 'risk']);
    expect(collectWeights(splitWeightList('market_demand=2,risk=0.5'), known)).toEqual({
      weights: { market_demand: 2, risk: 0.5 },
      problems: [],
    });
    expect(collectWeights(splitWeightList('market_demand=2;risk=0,5'), known)).toEqual({
      weights: { market_demand: 2, risk: 0.5 },
      problems: [],
    });
  });
  it('reports every bad entry', () => {
    const { problems } = collectWeights(
      splitWeightList('risk=-1,nosuch=2,oops,market_demand=abc'),
      new Set(['market_demand', 'risk']),
    );
    expect(problems.map((p) => p.kind)).toEqual(['negative', 'unknown', 'syntax', 'syntax']);
  });
});

describe('encoding found late', () => {
  it('reads a file whose first 64 KiB are plain ASCII but which is Windows-1252 further on, counting each row once', async () => {
    const rows = Array.from({ length: 6000 }, () => 'keripik;4;1;ok\r\n').join('');
    const tail = Buffer.concat([Buffer.from('tiwul;2;3;'), Buffer.from([0x96]), Buffer.from('\r\n')]);
    const { result } = await read(Buffer.concat([Buffer.from(`activity;market_demand;risk;note\r\n${rows}`), tail]));
    expect(result.problems).toEqual([]);
    expect(result.encoding).toBe('windows1252');
    expect(result.ratings).toBe(6001);
  });
});

describe('review findings', () => {
  it('never reads a select_multiple option column as a criterion, even one named like it', async () => {
    const text =
      'respondent,activity,market_demand,risk,concerns,concerns/risk,concerns/water\nR1,keripik,4,2,risk water,1,1\nR2,keripik,5,1,,0,0\n';
    const { result, got } = await read(text);
    expect(result.problems).toEqual([]);
    expect(got.map((g) => g.values)).toEqual([
      [4, 2],
      [5, 1],
    ]);
  });

  it('reads wide columns whose activity holds the separator, with a custom pattern', async () => {
    const text =
      'respondent,keripik_singkong_market_demand,keripik_singkong_risk,tiwul_market_demand,tiwul_risk\nR1,5,1,3,3\n';
    const { result, got } = await read(text, {
      survey: { format: 'wide', wide: { pattern: '{activity}_{criterion}' } },
    });
    expect(result.problems).toEqual([]);
    expect(got.map((g) => [g.activity, ...g.values])).toEqual([
      ['keripik_singkong', 5, 1],
      ['tiwul', 3, 3],
    ]);
  });

  it('reports two wide columns for the same activity and criterion', async () => {
    const { result } = await read('respondent,g1/keripik/market_demand,g2/keripik/market_demand\nR1,1,5\n', {
      survey: { format: 'wide' },
    });
    expect(result.problems).toMatchObject([
      { line: 1, column: 3, message: expect.stringMatching(/keripik × market_demand/) },
    ]);
  });

  it('counts lines right in a CR-only file with a multi-line quoted field', async () => {
    const { result } = await read('activity,market_demand,comment\rkeripik,4,"a\rb"\rtiwul,x,ok\r');
    expect(result.problems).toMatchObject([{ line: 4, column: 2 }]);
  });

  it('takes ; for an Excel file whose header label holds an unquoted comma', async () => {
    const text = 'Kegiatan usaha;Keterlibatan perempuan, pemuda dan penyandang disabilitas\r\nKeripik;3,5\r\n';
    const config = [
      {
        id: 'inclusion',
        label: {
          en: 'Inclusion of women, youth and persons with disabilities',
          id: 'Keterlibatan perempuan, pemuda dan penyandang disabilitas',
        },
        weight: 1,
        direction: 'benefit' as const,
      },
    ];
    const { result, got } = await read(text, { criteria: config });
    expect(result.delimiter).toBe(';');
    expect(got).toMatchObject([{ activity: 'Keripik', values: [3.5] }]);
  });
});
