/** The row filter of the shared CSV reader (ctx.where): what `tree report --by village` reads of each file. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Context, RowFilter } from '../../src/context.js';
import { scanCsv } from '../../src/io/csv/scan.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

const SURVEY = [
  'name,village,rating',
  'a,Desa A,1',
  'b,desa b,2',
  'c,  DESA   a ,3',
  'd,desa_a,x',
  'e,,5',
  'f,Desa B',
  'g,Desa A,7,extra',
  'h',
  '',
].join('\n');

async function read(where: RowFilter | undefined, withColumn = true, text = SURVEY) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 's.csv'), text);
  const { rt } = testRuntime({ cwd: dir });
  const ctx: Context = { ...rt, ...(where === undefined ? {} : { where }) };
  const seen: { name: string; line: number }[] = [];
  const scan = await scanCsv(ctx, 's.csv', {
    onRow: (fields, line) => seen.push({ name: fields[0] as string, line }),
    ...(withColumn
      ? {
          whereColumn: (field: string, header: readonly string[]) => {
            const i = header.indexOf(field);
            return i < 0 ? undefined : i;
          },
        }
      : {}),
  });
  return { seen, scan };
}

describe('the row filter of the CSV reader', () => {
  it('hands on only the rows of the value, compared as names are (case, spaces, underscores aside), at their own lines', async () => {
    const { seen, scan } = await read({ field: 'village', value: 'desa a' });
    expect(seen).toEqual([
      { name: 'a', line: 2 },
      { name: 'c', line: 4 },
      { name: 'd', line: 5 },
    ]);
    // Rows of other villages count for nothing; a broken row of this village (and one
    // too short to say its village) are its problems.
    expect(scan.rows).toBe(5);
    expect(scan.problems.map((p) => [p.line, p.column])).toEqual([
      [8, 4],
      [9, 2],
    ]);
  });

  it('leaves the problems of other villages out, and reports a row too short to say its village in every village', async () => {
    const { seen, scan } = await read({ field: 'village', value: 'Desa B' });
    expect(seen.map((s) => s.name)).toEqual(['b']);
    expect(scan.problems.map((p) => p.line)).toEqual([7, 9]);
  });

  it('an empty value picks the rows with an empty cell', async () => {
    const { seen } = await read({ field: 'village', value: '' });
    expect(seen.map((s) => s.name)).toEqual(['e']);
  });

  it('reads every row for a reader that cannot be filtered, or with no filter', async () => {
    expect((await read({ field: 'village', value: 'Desa A' }, false)).seen).toHaveLength(5);
    expect((await read(undefined)).seen).toHaveLength(5);
  });

  it('a file without the column is a problem at its header line, and no row is read', async () => {
    const { seen, scan } = await read({ field: 'dusun', value: 'Desa A' });
    expect(seen).toEqual([]);
    expect(scan.problems).toHaveLength(1);
    expect(scan.problems[0]).toMatchObject({ file: 's.csv', line: 1 });
    expect(scan.problems[0]?.message).toMatch(/dusun/);
  });
});
