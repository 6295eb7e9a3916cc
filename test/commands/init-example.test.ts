/**
 * `tree example` and `tree init` in-process: what they write through the typed example()
 * and init() functions, and the CLI shell (flags, messages, exit codes) through main()
 * with in-memory streams (never a terminal). test/commands/init.test.ts covers the
 * questions on a terminal; test/e2e/cli.test.ts runs the built bin a few times.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { init } from '../../src/commands/init.js';
import { validate } from '../../src/commands/validate.js';
import { OutputError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';
import { runInProcess } from '../helpers/runtime.js';

const EXAMPLE_FILES = [
  'assessment.json',
  'assessment.schema.json',
  'data/ratings.csv',
  'data/households.csv',
  'data/partners.csv',
];

describe('example() and tree example', () => {
  it('writes a complete example workspace that validates', async () => {
    const cwd = tempDir();
    const result = await example({ cwd, dir: 'contoh', env: {} });
    expect(result).toMatchObject({ dir: 'contoh', village: 'Sumber Rejo' });
    expect(result.files).toEqual(expect.arrayContaining(EXAMPLE_FILES));
    for (const f of EXAMPLE_FILES) expect(existsSync(path.join(cwd, 'contoh', f)), f).toBe(true);
    expect(existsSync(path.join(cwd, 'contoh', 'out'))).toBe(true);
    const report = await validate({
      cwd: path.join(cwd, 'contoh'),
      env: {},
      files: EXAMPLE_FILES.filter((f) => f !== 'assessment.schema.json'),
    });
    expect(report.valid, JSON.stringify(report.files.flatMap((f) => f.problems))).toBe(true);
  });

  it('tree example says where it wrote the example and what to try next', async () => {
    const cwd = tempDir();
    const r = await runInProcess(['--lang', 'en', 'example', 'contoh'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Wrote the example workspace \(desa Sumber Rejo\) to contoh/);
    expect(r.stderr).toMatch(/Try: cd contoh && tree score/);
    expect(existsSync(path.join(cwd, 'contoh', 'data', 'ratings.csv'))).toBe(true);
  });

  it('refuses to write over an existing example without force (exit 5), and does with it', async () => {
    const cwd = tempDir();
    await example({ cwd, dir: 'contoh', env: {} });
    const file = path.join(cwd, 'contoh', 'data', 'ratings.csv');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, 'edited');
    const error = await rejection(example({ cwd, dir: 'contoh', env: {}, lang: 'en' }));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.exitCode).toBe(5);
    expect(error.message).toMatch(/data\/ratings\.csv/);
    expect(error.message).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('edited');

    const refused = await runInProcess(['--lang', 'en', 'example', 'contoh'], cwd);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('edited');
    const forced = await runInProcess(['example', 'contoh', '--force'], cwd);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('init() and tree init', () => {
  const flags = ['--village', 'Sumber Rejo', '--district', 'Gunungkidul', '--province', 'DI Yogyakarta'];

  it('init() writes assessment.json with the names given, its schema, data/ and out/, and it validates', async () => {
    const cwd = tempDir();
    const result = await init({
      cwd,
      env: {},
      dir: 'desa',
      village: 'Sumber Rejo',
      district: 'Gunungkidul',
      language: 'id',
    });
    expect(result).toEqual({
      dir: 'desa',
      file: path.join('desa', 'assessment.json'),
      dataDir: path.join('desa', 'data'),
    });
    const doc = JSON.parse(readFileSync(path.join(cwd, 'desa', 'assessment.json'), 'utf8'));
    expect(doc.community).toMatchObject({ village: 'Sumber Rejo', district: 'Gunungkidul' });
    expect(doc.community).not.toHaveProperty('province');
    expect(doc.language).toBe('id');
    for (const f of ['assessment.schema.json', 'data', 'out'])
      expect(existsSync(path.join(cwd, 'desa', f)), f).toBe(true);
    expect((await validate({ cwd: path.join(cwd, 'desa'), env: {}, files: ['assessment.json'] })).valid).toBe(true);
  });

  it('tree init creates a workspace from flags with --yes, and refuses a second time (exit 5)', async () => {
    const cwd = tempDir();
    const args = ['init', 'desa', ...flags, '--lang', 'id', '--yes'];
    const r = await runInProcess(args, cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Ruang kerja dibuat di desa/);
    const doc = JSON.parse(readFileSync(path.join(cwd, 'desa', 'assessment.json'), 'utf8'));
    expect(doc.community).toMatchObject({ village: 'Sumber Rejo', district: 'Gunungkidul', province: 'DI Yogyakarta' });
    expect(doc.language).toBe('id');
    expect((await runInProcess(['validate', 'assessment.json'], path.join(cwd, 'desa'))).code).toBe(0);
    writeFileSync(path.join(cwd, 'desa', 'assessment.json'), '{"version":1}');
    const again = await runInProcess(args, cwd);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(path.join(cwd, 'desa', 'assessment.json'), 'utf8')).toBe('{"version":1}');
    const error = await rejection(init({ cwd, env: {}, dir: 'desa' }));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.exitCode).toBe(5);
  });

  it('without a terminal and without --yes, fails with exit 2 naming the flags', async () => {
    const cwd = tempDir();
    const r = await runInProcess(['--lang', 'en', 'init', 'x'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--village, --district, --province/);
    expect(existsSync(path.join(cwd, 'x', 'assessment.json'))).toBe(false);
  });

  it('refuses to replace an existing assessment.schema.json without force', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'assessment.schema.json'), 'custom');
    const error = await rejection(init({ cwd, env: {}, dir: '.' }));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.exitCode).toBe(5);
    const r = await runInProcess(['init', '.', '--yes'], cwd);
    expect(r.code).toBe(5);
    expect(readFileSync(path.join(cwd, 'assessment.schema.json'), 'utf8')).toBe('custom');
    expect(existsSync(path.join(cwd, 'assessment.json'))).toBe(false);
  });
});
