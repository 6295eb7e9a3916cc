/**
 * Hostile and unusual CSV input, at the layer that reads it (src/io/csv, src/io/survey):
 * huge header cells, no line breaks, endless streams, stray bytes, pipes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Assessment } from '../../src/core/assessment.js';
import { DEFAULT_CRITERIA } from '../../src/core/criteria.js';
import { scanCsv } from '../../src/io/csv/scan.js';
import { matchField, surveySpecs } from '../../src/io/survey/columns.js';
import { readSurvey, type SurveyReadOptions, surveyLayout } from '../../src/io/survey/read.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

const MB = 1024 * 1024;
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

/** Reads bytes as a rating survey in a fresh folder; returns the scan and the ratings given. */
async function read(content: string | Buffer, workspace: Partial<Assessment> = {}, options: SurveyReadOptions = {}) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'in.csv'), content);
  const { rt } = testRuntime({ cwd: dir });
  const config = resolveConfig({ version: 1, criteria, ...workspace }, {});
  const got: { activity: string; values: (number | undefined)[] }[] = [];
  const result = await readSurvey(rt, 'in.csv', config, {
    ...options,
    onRating: (activity, _respondent, values) =>
      got.push({ activity, values: Array.from(values, (v) => (Number.isNaN(v) ? undefined : v)) }),
  });
  return { result, got };
}

// A header cell of 1 MB made of group separators: each tail after a `/` or `-` used to be
// normalised on its own, which is quadratic (a 60,000-character cell took 110 s in score).
// Quadratic code takes hours on these; linear code well under a second.
describe('a 1 MB header cell (time linear in its length)', () => {
  const shapes = {
    dashes: 'a-'.repeat(MB / 2),
    slashes: 'a/'.repeat(MB / 2),
    spaces: 'x /-_ '.repeat(MB / 6),
    bare: 'x'.repeat(MB),
  };

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
      const found = surveyLayout(
        rt,
        ['respondent', cell, 'keripik/market_demand', 'keripik/risk', `${cell}x`],
        config,
        'in.csv',
      );
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

/** A context in a fresh folder whose standard input is the given stream. */
function withStdin(stdin: Readable) {
  const { rt } = testRuntime({ cwd: tempDir() });
  return { ...rt, stdin };
}

/** A stream that never ends: the same chunk forever. */
function endless(chunk: Buffer): Readable {
  return new Readable({
    read() {
      this.push(chunk);
    },
  });
}

// Past MAX_RECORD_BYTES (4 MiB) a record is a data problem with its line, not an allocation.
describe('input size limits', () => {
  const scan = async (content: string | Buffer) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), content);
    return scanCsv(testRuntime({ cwd: dir }).rt, 'in.csv');
  };

  it('reports a file with no line break in its first 4 MiB at line 1', async () => {
    const s = await scan('x'.repeat(5 * MB));
    expect(s.problems).toMatchObject([{ file: 'in.csv', line: 1, message: expect.stringMatching(/4 MiB/) }]);
  });

  it('reports a row of nothing but delimiters past 4 MiB, after the good rows before it', async () => {
    const s = await scan(`a,b\n1,2\n${','.repeat(5 * MB)}\n3,4\n`);
    expect(s.problems).toMatchObject([{ line: 3, message: expect.stringMatching(/4 MiB/) }]);
  });

  it('reports a quoted cell of 5 MiB (line breaks and all) on the line it starts', async () => {
    const s = await scan(`a,b\n1,2\n3,"${'long text\n'.repeat(MB / 2)}"\n`);
    expect(s.problems).toMatchObject([{ line: 3, message: expect.stringMatching(/4 MiB/) }]);
  });

  it('stops reading endless standard input with no line break (as from `yes | tr -d "\\n"`)', async () => {
    const s = await scanCsv(withStdin(endless(Buffer.alloc(64 * 1024, 'y'))), '-');
    expect(s.problems).toMatchObject([{ file: '<stdin>', line: 1, message: expect.stringMatching(/4 MiB/) }]);
  }, 60_000);

  it('stops reading endless NUL bytes on standard input (as from /dev/zero): binary', async () => {
    const s = await scanCsv(withStdin(endless(Buffer.alloc(64 * 1024))), '-');
    expect(s.problems).toMatchObject([{ file: '<stdin>', message: expect.stringMatching(/binary/) }]);
  }, 60_000);

  it('reads a 1 MB header cell and a 1 MB data cell: both are within the limit', async () => {
    const s = await scan(`a,"${'h'.repeat(MB)}"\n1,"${'d'.repeat(MB)}"\n`);
    expect(s.problems).toEqual([]);
    expect(s.rows).toBe(1);
  });
});

// A few hundred distinct names at most: the rows must not trip the distinct-activity limit.
const utf8Rows = (n: number) => Array.from({ length: n }, (_, i) => `Café ${i % 500};4;2\n`).join('');

// One stray byte must not turn a UTF-8 file into Windows-1252: the file's own evidence decides.
describe('encoding from the evidence of the whole file', () => {
  it('reads a UTF-8 file with one bad byte as UTF-8 and reports that cell by line and column', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`activity;market_demand;risk\nKeripik Ñoño;4;2\n北京 tiwul;3;3\n`),
      Buffer.from('Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' latte;5;1\n'),
      Buffer.from('Gethuk Ayu;2;2\n'),
    ]);
    const { result, got } = await read(bytes);
    expect(result.encoding).toBe('utf8');
    expect(got.map((g) => g.activity).slice(0, 2)).toEqual(['Keripik Ñoño', '北京 tiwul']);
    expect(result.problems).toMatchObject([
      { file: 'in.csv', line: 4, column: 1, message: expect.stringMatching(/not UTF-8/) },
    ]);
  });

  it('makes the bad cell a warning with --skip-invalid, and reads the rest', async () => {
    const bytes = Buffer.concat([
      Buffer.from('activity;market_demand;risk\nÑoño;4;2\nx;3;'),
      Buffer.from([0xff]),
      Buffer.from('\n'),
    ]);
    const { result, got } = await read(bytes, {}, { skipInvalid: true });
    expect(result.encoding).toBe('utf8');
    expect(result.problems).toEqual([]);
    expect(result.warnings).toMatchObject([{ line: 3, column: 3, message: expect.stringMatching(/not UTF-8/) }]);
    expect(got).toHaveLength(2);
  });

  it('takes a file that is ASCII for 64 KiB, then UTF-8 names and one bad byte, as UTF-8', async () => {
    const ascii = Array.from({ length: 5000 }, () => 'keripik;4;2\n').join('');
    const bytes = Buffer.concat([
      Buffer.from(`activity;market_demand;risk\n${ascii}${utf8Rows(50)}`),
      Buffer.from([0x96]),
      Buffer.from(';1;1\n'),
      Buffer.from(utf8Rows(50)),
    ]);
    const { result, got } = await read(bytes);
    expect(result.encoding).toBe('utf8');
    expect(got.filter((g) => g.activity === 'Café 7')).toHaveLength(2);
    expect(result.problems).toMatchObject([{ line: 5052, column: 1 }]);
  });

  it('takes a file with accents but no UTF-8 sequence as Windows-1252', async () => {
    const bytes = Buffer.concat([
      Buffer.from('activity;market_demand;risk\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(';4;2\nKeripik '),
      Buffer.from([0x96]),
      Buffer.from(' pedas;3;3\n'),
    ]);
    const { result, got } = await read(bytes);
    expect(result.encoding).toBe('windows1252');
    expect(result.problems).toEqual([]);
    expect(got.map((g) => g.activity)).toEqual(['Café', 'Keripik – pedas']);
  });

  it('refuses a file read as Windows-1252 whose later part is mostly UTF-8: it mixes encodings', async () => {
    const early = Buffer.concat([
      Buffer.from('activity;market_demand;risk\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(';4;2\n'),
    ]);
    const ascii = Array.from({ length: 8000 }, () => 'keripik;4;2\n').join('');
    const { result } = await read(Buffer.concat([early, Buffer.from(ascii), Buffer.from(utf8Rows(20_000))]));
    expect(result.encoding).toBe('windows1252');
    expect(result.problems).toMatchObject([{ file: 'in.csv', message: expect.stringMatching(/mixes/) }]);
  });

  it('reports bad bytes in a file forced to UTF-8, and those in the header too', async () => {
    const bytes = Buffer.concat([
      Buffer.from('activity;market_demand;ri'),
      Buffer.from([0xe9]),
      Buffer.from('\nx;4;'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const { result } = await read(bytes, {}, { encoding: 'utf8' });
    expect(result.problems).toMatchObject([
      { line: 1, column: 3 },
      { line: 2, column: 3 },
    ]);
  });

  it('reads stdin with the same evidence, from a stream', async () => {
    const s = await scanCsv(
      withStdin(Readable.from([Buffer.from('a;b\nÑoño;1\n'), Buffer.from([0x81]), Buffer.from(';2\n')])),
      '-',
    );
    expect(s.encoding).toBe('utf8');
    expect(s.problems).toMatchObject([{ file: '<stdin>', line: 3, column: 1 }]);
  });
});

describe('Windows-1252 decoding', () => {
  it('reads every byte as iconv-lite does (0x80–0x9F included), in the header and in cells', async () => {
    const high = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i).filter((b) => b !== 0x22 && b !== 0x3b));
    const bytes = Buffer.concat([Buffer.from('a;"'), high, Buffer.from('"\n1;"'), high, Buffer.from('"\n')]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), bytes);
    const rows: string[][] = [];
    const s = await scanCsv(testRuntime({ cwd: dir }).rt, 'in.csv', { onRow: (fields) => rows.push(fields) });
    expect(s.encoding).toBe('windows1252');
    const expected = iconv.decode(high, 'windows-1252');
    expect(s.header).toEqual(['a', expected]);
    expect(rows).toEqual([['1', expected]]);
  });
});
