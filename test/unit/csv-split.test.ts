import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { type CsvScan, scanCsv } from '../../src/io/csv/scan.js';
import { joinScans, type PartRead, partsHold, planSplit, readInParts } from '../../src/io/csv/split.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

type Row = { line: number; fields: string[] };

/** A reader as the commands write one: rows kept, a cell `bad` reported where it is. */
function reader() {
  const rows: Row[] = [];
  return {
    rows,
    handlers: {
      onRow(fields: string[], line: number, report: (p: Problem) => void) {
        const bad = fields.indexOf('bad');
        if (bad >= 0) report({ file: 'x', line, column: bad + 1, message: 'bad cell' });
        else rows.push({ line, fields });
      },
    },
  };
}

function setUp(content: string | Buffer) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'in.csv'), content);
  return testRuntime({ cwd: dir }).rt;
}

async function whole(content: string | Buffer) {
  const rt = setUp(content);
  const r = reader();
  const scan = await scanCsv(rt, 'in.csv', r.handlers);
  return { scan, rows: r.rows };
}

/** Reads in parts as needs() does, each part on its own; the rows placed back in the file. */
async function inParts(content: string | Buffer, count: number, minPartBytes: number) {
  const rt = setUp(content);
  const plan = await planSplit(rt, 'in.csv', count, { minPartBytes });
  if (plan === undefined) return undefined;
  const scans: CsvScan[] = [];
  const rows: Row[] = [];
  let offset = 0;
  for (const part of plan.parts) {
    const r = reader();
    const scan = await scanCsv(rt, 'in.csv', r.handlers, { delimiter: plan.delimiter, part });
    rows.push(...r.rows.map((row) => ({ ...row, line: row.line + offset })));
    offset += scan.lines;
    scans.push(scan);
  }
  return { plan, scans, rows, holds: partsHold(scans, undefined), joined: joinScans(rt, 'in.csv', scans) };
}

const comparable = (s: CsvScan) => ({
  header: s.header,
  rows: s.rows,
  lines: s.lines,
  problems: s.problems,
  warnings: s.warnings,
  moreProblems: s.moreProblems,
});

describe('reading a file in parts', () => {
  it('gives the rows, line numbers and problems of one read, whatever the cells hold', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'x',
        'kopi',
        'bad',
        '',
        'café',
        '"a ""quoted"" word"',
        '"two\nlines"',
        '"crlf\r\ninside"',
        '"a,b"',
      ),
      fc.stringMatching(/^[a-z0-9 ]{0,12}$/),
    );
    const row = fc.oneof(
      { weight: 12, arbitrary: fc.tuple(cell, cell, cell).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom('', 'ragged', ',,') },
    );
    await fc.assert(
      fc.asyncProperty(
        // Line breaks mixed as files joined from several exports mix them; a CR alone now and then.
        fc.array(fc.tuple(row, fc.constantFrom('\n', '\r\n', '\n', '\r\n', '\r')), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 2, max: 4 }),
        async (rows, eol, count) => {
          const content = `a,b,c${eol}${rows.map(([r, end]) => r + end).join('')}`;
          const one = await whole(content);
          const parts = await inParts(content, count, 8);
          if (parts === undefined) return;
          // A cut inside a quoted cell shows as a syntax error in the part before it.
          if (!parts.holds) {
            expect(parts.scans.some((s) => s.syntaxError)).toBe(true);
            return;
          }
          expect(parts.rows).toEqual(one.rows);
          expect(comparable(parts.joined)).toEqual(comparable(one.scan));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('cuts only at line breaks, after the header, into the parts asked for', async () => {
    const content = `name,n\n${Array.from({ length: 400 }, (_, i) => `row${i},${i}`).join('\n')}\n`;
    const parts = await inParts(content, 3, 100);
    expect(parts?.plan.parts).toHaveLength(3);
    expect(parts?.plan.header).toEqual(['name', 'n']);
    for (const p of parts?.plan.parts.slice(1) ?? []) expect(content[p.range.start - 1]).toBe('\n');
    // The last part reads to the end of the file, wherever that is when it gets there.
    expect(parts?.plan.parts.at(-1)?.range.end).toBeUndefined();
    expect(parts?.joined.rows).toBe(400);
  });

  it('finds a cut inside a quoted cell of many lines, so the file is read whole', async () => {
    const content = `note,n\n1,"${'a line\n'.repeat(200)}"\n2,3\n`;
    const parts = await inParts(content, 2, 100);
    expect(parts?.holds).toBe(false);
    expect(parts?.scans[0]?.syntaxError).toBe(true);
  });

  it('does not stand for a file whose later part is not UTF-8 (it is read whole, and judged as a whole)', async () => {
    const head = `name,n\n${'kopi,1\n'.repeat(100)}`;
    const tail = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x32, 0x0a]); // café in Windows-1252
    const content = Buffer.concat([Buffer.from(head), Buffer.from('teh,3\n'.repeat(100)), tail]);
    const parts = await inParts(content, 2, 100);
    expect(parts?.scans[1]?.encoding).toBe('windows1252');
    expect(parts?.holds).toBe(false);
  });

  it('keeps a row of empty cells at the start of a later part, as one read keeps it', async () => {
    const content = `a,b\n${'x,y\n'.repeat(50)},\n${'x,y\n'.repeat(50)}`;
    const cut = content.indexOf(',\n') + 0;
    const one = await whole(content);
    const parts = await inParts(content, 2, Math.floor(cut / 2));
    expect(parts?.holds).toBe(true);
    expect(parts?.rows).toEqual(one.rows);
    expect(one.scan.rows).toBe(101);
  });

  it('reads a file with a BOM and a Kobo HXL row in parts as in one read', async () => {
    const body = `name;n\r\n#item;#value\r\n${Array.from({ length: 300 }, (_, i) => `kopi ${i};${i % 5 === 0 ? 'bad' : i}`).join('\r\n')}\r\n`;
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]);
    const one = await whole(content);
    const parts = await inParts(content, 3, 200);
    expect(parts?.plan.delimiter).toBe(';');
    expect(parts?.plan.header).toEqual(['name', 'n']);
    expect(parts?.holds).toBe(true);
    expect(parts?.rows).toEqual(one.rows);
    expect(comparable(parts?.joined as CsvScan)).toEqual(comparable(one.scan));
    expect(one.scan.rows).toBe(300);
  });

  it('runs a work on every part and joins what they found, or says the file must be read whole', async () => {
    const content = `name,n\n${Array.from({ length: 300 }, (_, i) => `kopi,${i % 7 === 0 ? 'bad' : i}`).join('\n')}\n`;
    const rt = setUp(content);
    const one = await whole(content);
    const seen: string[] = [];
    const work = async (read: PartRead<{ tag: string }>) => {
      seen.push(read.input.tag);
      if (read.input.tag === 'fail' && read.part.range.start > 0) throw new Error('a part failed');
      const r = reader();
      const scan = await scanCsv(rt, read.file, r.handlers, { delimiter: read.delimiter, part: read.part });
      return { scan, rows: r.rows.length };
    };
    const options = { jobs: 3, job: { module: '', name: '' }, work, minPartBytes: 100 };
    // From the TypeScript sources there is no built worker: every part runs in this thread.
    const read = await readInParts(rt, 'in.csv', { ...options, input: { tag: 'x' } });
    expect(read?.parts).toHaveLength(3);
    expect(seen).toEqual(['x', 'x', 'x']);
    expect(read?.parts.reduce((n, p) => n + p.rows, 0)).toBe(one.rows.length);
    expect(comparable(read?.scan as CsvScan)).toEqual(comparable(one.scan));
    expect(await readInParts(rt, 'in.csv', { ...options, input: { tag: 'fail' } })).toBeUndefined();
    expect(await readInParts(rt, 'in.csv', { ...options, jobs: 1, input: { tag: 'x' } })).toBeUndefined();
    expect(
      await readInParts(rt, 'in.csv', { ...options, minPartBytes: undefined, input: { tag: 'x' } }),
    ).toBeUndefined();
  });

  it('reads small files, standard input and one-thread runs whole', async () => {
    const rt = setUp('a,b\n1,2\n');
    expect(await planSplit(rt, 'in.csv', 2)).toBeUndefined();
    expect(await planSplit(rt, 'in.csv', 1, { minPartBytes: 1 })).toBeUndefined();
    expect(await planSplit(rt, '-', 2, { minPartBytes: 1 })).toBeUndefined();
  });
});
