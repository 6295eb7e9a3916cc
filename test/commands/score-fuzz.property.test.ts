import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

const run = runInProcess;

describe('tree score never crashes', () => {
  const dir = tempDir();
  it('on random bytes: exit 0 or 3 only, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const file = path.join(dir, 'random.csv');
        writeFileSync(file, bytes);
        const r = await run(['score', file, '--json'], dir);
        expect([0, 3]).toContain(r.code);
        expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
      }),
      { numRuns: 150 },
    );
  });

  it('on random text shaped like a survey: exit 0 or 3 only', async () => {
    const cell = fc.oneof(
      fc.constantFrom('1', '5', '3,5', 'n/a', '', '"', '""', ';', '\r\n', '4 - Tinggi', '=1+1', '-'),
      fc.string({ maxLength: 6 }),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), async (rows) => {
        const file = path.join(dir, 'shaped.csv');
        writeFileSync(file, ['activity,market_demand,risk', ...rows].join('\n'));
        const r = await run(['score', file, '--json'], dir);
        expect([0, 3]).toContain(r.code);
        expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
      }),
      { numRuns: 150 },
    );
  });
});

describe('CSV output of tree score', () => {
  it('never holds a live formula, whatever the activity is called', async () => {
    const dir = tempDir();
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !/[\r\n"]/.test(s));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 1, maxLength: 4, selector: (s) => s.trim() }),
        async (names) => {
          const file = path.join(dir, 'names.csv');
          const quote = (s: string) => `"${s}"`;
          writeFileSync(file, ['activity;market_demand', ...names.map((n) => `${quote(n)};4`)].join('\n'));
          const r = await run(['score', file, '--format', 'csv'], dir);
          expect(r.code, r.stderr).toBe(0);
          const rows = parse(r.stdout) as string[][];
          for (const row of rows.slice(1)) {
            for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          }
          // Neutralised, not dropped: every name is still there, behind an apostrophe if needed.
          const expected = names.map((n) => n.trim()).map((n) => (/^[=+\-@\t\r]/.test(n) ? `'${n}` : n));
          expect(
            rows
              .slice(1)
              .map((r) => r[1])
              .sort(),
          ).toEqual(expected.sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
