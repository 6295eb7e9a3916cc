import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withOptionTables } from '../../src/cli/docs.js';
import { helpText, quickRequest } from '../../src/cli/help.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/cli/options.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

describe('help from the option table', () => {
  it('lists every flag of every command, in English and Indonesian', () => {
    for (const lang of ['en', 'id'] as const) {
      for (const def of COMMANDS) {
        const text = helpText(lang, def.name) ?? '';
        for (const o of [...def.options, ...GLOBAL_OPTIONS]) {
          expect(text).toContain(o.flags);
          expect(text.replace(/\s+/g, ' ')).toContain(o.help[lang].split(' ').slice(0, 3).join(' '));
        }
      }
    }
    expect(helpText('id', 'score')).toMatch(/^Penggunaan: tree score/);
    expect(helpText('en', 'nope')).toBeUndefined();
  });

  it('keeps lines within the terminal width', () => {
    const text = helpText('en', 'score', 60) ?? '';
    const long = text.split('\n').filter((l) => l.length > 60 && !l.trimStart().startsWith('$ '));
    // Only a single word too long for the text column may run past it.
    expect(long.map((l) => l.trim()).filter((l) => l.includes(' '))).toEqual([]);
    expect(text.split('\n').length).toBeGreaterThan(helpText('en', 'score', 120)?.split('\n').length ?? 0);
  });

  it('tells a help or version request from a command line that needs commander', () => {
    expect(quickRequest(['--version'])).toEqual({ version: true });
    expect(quickRequest(['--help'])).toEqual({ help: undefined });
    expect(quickRequest(['--lang', 'id', 'score', '-h'])).toEqual({ help: 'score' });
    expect(quickRequest(['-w', 'score', 'validate', '--help'])).toEqual({ help: 'validate' });
    expect(quickRequest(['help', 'init'])).toEqual({ help: 'init' });
    expect(quickRequest(['score', 'data.csv'])).toBeUndefined();
    expect(quickRequest(['frobnicate', '--help'])).toBeUndefined();
    expect(quickRequest(['score', '--', '--help'])).toBeUndefined();
    expect(quickRequest(['score', '--version'])).toBeUndefined();
  });

  it('follows --lang, and the workspace language, through the CLI', async () => {
    const plain = tempDir();
    expect((await runInProcess(['--lang', 'id', 'score', '--help'], plain)).stdout).toMatch(
      /Penggunaan: tree score[\s\S]*Opsi:[\s\S]*--skip-invalid/,
    );
    writeFileSync(path.join(plain, 'assessment.json'), '{"version": 1, "language": "id"}');
    const r = await runInProcess(['help', 'validate'], plain);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Penggunaan: tree validate/);
    expect((await runInProcess(['--lang', 'en', 'validate', '-h'], plain)).stdout).toMatch(/^Usage: tree validate/);
  });
});

describe('README option tables', () => {
  it('are the ones the option table gives (npm run docs regenerates them)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/<!-- options:score -->/);
    expect(withOptionTables(readme)).toBe(readme);
  });
});
