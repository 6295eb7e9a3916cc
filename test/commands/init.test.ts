import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runInit } from '../../src/cli/init.js';
import type { Prompter } from '../../src/prompts/index.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

/** A prompter that answers from a script and records what it was asked. */
function scripted(answers: string[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async input({ message }) {
      asked.push(message);
      return answers.shift() ?? '';
    },
    async select({ message, choices }) {
      asked.push(message);
      const wanted = answers.shift();
      return (choices.find((c) => c.value === wanted) ?? choices[0]!).value;
    },
    async checkbox({ message }) {
      asked.push(message);
      return [];
    },
  };
}

describe('tree init', () => {
  it('asks on a terminal only for what the flags did not give', async () => {
    const cwd = tempDir();
    const { rt } = testRuntime({ cwd, lang: 'id' });
    rt.interactive = true;
    const prompter = scripted(['Gunungkidul', 'DI Yogyakarta', 'en']);
    await runInit(rt, 'ws', { village: 'Sumber Rejo' }, prompter);
    expect(prompter.asked).toEqual(['Kabupaten / kota', 'Provinsi', 'Bahasa untuk pertanyaan dan laporan']);
    const doc = JSON.parse(readFileSync(path.join(cwd, 'ws', 'assessment.json'), 'utf8'));
    expect(doc.community).toMatchObject({ village: 'Sumber Rejo', district: 'Gunungkidul', province: 'DI Yogyakarta' });
    expect(doc.language).toBe('en');
    expect(doc.$schema).toBe('./assessment.schema.json');
    expect(existsSync(path.join(cwd, 'ws', 'assessment.schema.json'))).toBe(true);
    expect(existsSync(path.join(cwd, 'ws', 'data'))).toBe(true);
    expect(existsSync(path.join(cwd, 'ws', 'out'))).toBe(true);
  });

  it('without a terminal, names the missing flags instead of asking', async () => {
    const cwd = tempDir();
    const { rt } = testRuntime({ cwd });
    const prompter = scripted([]);
    await expect(runInit(rt, 'ws', { village: 'X' }, prompter)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/--district, --province/),
    });
    expect(prompter.asked).toEqual([]);
    expect(existsSync(path.join(cwd, 'ws', 'assessment.json'))).toBe(false);
  });

  it('refuses an existing workspace before asking anything, and leaves it untouched', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'assessment.json'), '{"version":1}');
    const { rt } = testRuntime({ cwd });
    rt.interactive = true;
    const prompter = scripted(['A', 'B', 'C', 'en']);
    await expect(runInit(rt, '.', {}, prompter)).rejects.toMatchObject({ exitCode: 5 });
    expect(prompter.asked).toEqual([]);
    expect(readFileSync(path.join(cwd, 'assessment.json'), 'utf8')).toBe('{"version":1}');
    await runInit(rt, '.', { yes: true, force: true, lang: 'id' }, prompter);
    expect(JSON.parse(readFileSync(path.join(cwd, 'assessment.json'), 'utf8')).language).toBe('id');
  });
});
