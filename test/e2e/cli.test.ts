/**
 * The built bin, run as a user runs it: a few runs per command. What each command does is
 * tested in-process in test/commands/ (validate, init-example, score).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('tree (built bin): help, version, usage errors', () => {
  it('prints help and version on stdout with exit 0', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: tree/);
    for (const command of ['init', 'validate', 'example']) expect(help.stdout).toContain(command);
    const version = runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('exits 2 on an unknown flag, an unknown command or a bad --lang, with the message on stderr', () => {
    for (const args of [['validate', '--bogus', 'x.csv'], ['frobnicate'], ['--lang', 'fr', 'example']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/error/);
    }
  });

  it('never prints a stack trace unless --debug', () => {
    const r = runCli(['validate', 'missing.csv']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/missing\.csv: file not found/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = runCli(['--debug', 'validate', 'missing.csv']);
    expect(debug.code).toBe(4);
    expect(debug.stderr).toMatch(/missing\.csv: file not found/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('tree example and tree validate (built bin)', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tempDir(), 'contoh');
    const r = runCli(['example', dir]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('writes a complete example workspace that validates', () => {
    for (const f of [
      'assessment.json',
      'assessment.schema.json',
      'data/ratings.csv',
      'data/households.csv',
      'data/partners.csv',
    ]) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
    const r = runCli(['validate', 'assessment.json', 'data/ratings.csv', 'data/households.csv', 'data/partners.csv'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    // The example workspace is in Indonesian, so messages are too unless --lang says otherwise.
    expect(r.stdout).toMatch(/data\/ratings\.csv: OK \(survei penilaian, 240 baris, 29 kolom, UTF-8\)/);
    expect(r.stdout).toMatch(/4 dari 4 berkas sah/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    // Colour follows the real environment (NO_COLOR, FORCE_COLOR), here forced on.
    const forced = runCli(['validate', 'assessment.json'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[32m/);
  });

  it('reads a survey piped to standard input with -', () => {
    const r = runCli(['--lang', 'en', 'validate', '-'], {
      cwd: dir,
      input: readFileSync(path.join(dir, 'data', 'ratings.csv')),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<stdin>: OK \(rating survey, 240 rows/);
  });
});

describe('tree init (built bin)', () => {
  it('creates a workspace from flags with --yes', () => {
    const cwd = tempDir();
    const r = runCli(
      [
        'init',
        'desa',
        '--village',
        'Sumber Rejo',
        '--district',
        'Gunungkidul',
        '--province',
        'DI Yogyakarta',
        '--lang',
        'id',
        '--yes',
      ],
      { cwd },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Ruang kerja dibuat di desa/);
    expect(existsSync(path.join(cwd, 'desa', 'assessment.json'))).toBe(true);
  });

  it('without a terminal and without --yes, fails with exit 2 naming the flags (it never hangs)', () => {
    const r = runCli(['--lang', 'en', 'init', 'x'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--village, --district, --province/);
  });
});
