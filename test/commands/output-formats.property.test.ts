import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../src/safe-text.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

/** Characters that break terminals, spreadsheets and Markdown, mixed into ordinary text. */
const NASTY = [
  '\u0000',
  '\u001b',
  '\u001b[2J',
  '\u009b',
  '\u202e',
  '\u2066',
  '\r',
  '=',
  '+',
  '-',
  '@',
  '|',
  '<',
  '>',
  '&',
  '*',
  '`',
  '"',
  ',',
  ';',
  '\t',
  '\n',
];
const name = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const SGR = /\u001b\[[0-9;]*m/g;
const FORMULA = /^[=+\-@\t\r]/;

describe('every output format under hostile names (property)', () => {
  it('stays inert on a terminal, formula-free in CSV, markup-free in Markdown, and valid in JSON', async () => {
    const dir = tempDir();
    const outcomes: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.array(name, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('score', 'validate'),
        async (names, command) => {
          const rows = names.map((n, i) => `${quote(n)},${(i % 5) + 1},${((i + 2) % 5) + 1}`);
          writeFileSync(path.join(dir, 'r.csv'), `activity,market_demand,raw_materials\n${rows.join('\n')}\n`);
          const formats = command === 'score' ? ['table', 'md', 'csv', 'json'] : ['table', 'md', 'json'];
          for (const format of formats) {
            const r = await runInProcess(['--lang', 'en', command, 'r.csv', '--format', format], dir, { tty: true });
            expect([0, 3]).toContain(r.code);
            outcomes[r.code] = (outcomes[r.code] ?? 0) + 1;
            expect(isTerminalSafe(r.stderr.replace(SGR, '')), JSON.stringify(r.stderr)).toBe(true);
            expect(isTerminalSafe(r.stdout.replace(SGR, '')), JSON.stringify(r.stdout)).toBe(true);
            if (r.code !== 0) continue;
            // Piped, the same output keeps the data but never a live formula or raw HTML.
            const piped = await runInProcess(['--lang', 'en', command, 'r.csv', '--format', format], dir);
            if (format === 'json') expect(() => JSON.parse(piped.stdout)).not.toThrow();
            if (format === 'md') expect(piped.stdout).not.toMatch(/<|(?<!&lt;|&gt;|&amp;)>/);
            if (format === 'csv') {
              const cells = (parse(piped.stdout, { relax_column_count: true }) as string[][]).flat();
              expect(cells.filter((c) => FORMULA.test(c) && !/^[+-]?\d/.test(c))).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
    // The property means something only if most inputs were read and rendered.
    expect(outcomes[0] ?? 0).toBeGreaterThan(outcomes[3] ?? 0);
  }, 120_000);
});
