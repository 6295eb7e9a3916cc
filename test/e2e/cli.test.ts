import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  });
});

describe('tree example and tree validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tempDir(), 'contoh');
    const r = runCli(['example', dir]);
    expect(r.code).toBe(0);
  });

  it('writes a complete example workspace that validates', () => {
    for (const f of ['assessment.json', 'assessment.schema.json', 'data/ratings.csv', 'data/households.csv', 'data/partners.csv']) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
    const r = runCli(['validate', 'assessment.json', 'data/ratings.csv', 'data/households.csv', 'data/partners.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    // The example workspace is in Indonesian, so messages are too unless --lang says otherwise.
    expect(r.stdout).toMatch(/data\/ratings\.csv: OK \(survei penilaian, 240 baris, 29 kolom\)/);
    expect(r.stdout).toMatch(/4 dari 4 berkas sah/);
  });

  it('refuses to write over an existing example without --force (exit 5), and does with it', () => {
    const file = path.join(dir, 'data', 'ratings.csv');
    writeFileSync(file, 'edited');
    const refused = runCli(['--lang', 'en', 'example', dir]);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('edited');
    expect(runCli(['example', dir, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('edited');
  });

  it('lists every problem of bad files with file:line:column and exits 3', () => {
    writeFileSync(path.join(dir, 'bad.csv'), 'activity;market_demand;risk\r\nkeripik;7;2\r\ntiwul;tinggi sekali;3\r\nlele;2\r\n');
    const r = runCli(['--lang', 'en', 'validate', 'bad.csv'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('bad.csv:2:2: "7" is outside the rating scale 1–5 for market_demand.');
    expect(r.stdout).toContain('bad.csv:3:2: "tinggi sekali" is not a rating for market_demand');
    expect(r.stdout).toContain('bad.csv:4:3: row has 2 fields but the header has 3');
  });

  it('reports each bad input kind with exit 3', () => {
    const cases: Record<string, string | Buffer> = {
      'empty.csv': '',
      'header-only.csv': 'activity,market_demand\r\n',
      'unclosed.csv': 'activity,market_demand\n"keripik,4\n',
      'no-activity.csv': 'foo,market_demand\nx,3\n',
      'two-columns.csv': 'activity,market_demand,g/market_demand\nx,3,4\n',
      'binary.csv': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]),
    };
    const expected: Record<string, RegExp> = {
      'empty.csv': /empty\.csv: the file is empty/,
      'header-only.csv': /header-only\.csv:2: the file has a header but no data rows/,
      'unclosed.csv': /unclosed\.csv:2: a quoted field is never closed/,
      'no-activity.csv': /no-activity\.csv:1: no activity column found/,
      'two-columns.csv': /two-columns\.csv:1:3: market_demand matches more than one column: "market_demand" \(2\), "g\/market_demand" \(3\)/,
      'binary.csv': /binary\.csv: this is not a text CSV file/,
    };
    for (const [name, content] of Object.entries(cases)) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const r = runCli(['--lang', 'en', 'validate', name], { cwd: dir });
      expect(r.code, name).toBe(3);
      expect(r.stdout, name).toMatch(expected[name]!);
    }
  });

  it('reads a survey from standard input with -', () => {
    const r = runCli(['--lang', 'en', 'validate', '-'], { cwd: dir, input: readFileSync(path.join(dir, 'data', 'ratings.csv')) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<stdin>: OK \(rating survey, 240 rows/);
  });

  it('writes JSON to -o atomically, and will not overwrite it without --force', () => {
    const out = path.join(dir, 'out', 'validate.json');
    const first = runCli(['validate', 'assessment.json', '-o', out], { cwd: dir });
    expect(first.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ valid: true, files: [{ file: 'assessment.json', kind: 'assessment', valid: true, problems: [] }] });
    writeFileSync(out, 'keep me');
    const second = runCli(['validate', 'assessment.json', '-o', out], { cwd: dir });
    expect(second.code).toBe(5);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(runCli(['validate', 'assessment.json', '-o', out, '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/"valid": true/);
  });

  it('points schema problems at line:column and JSON pointer', () => {
    const doc = JSON.parse(readFileSync(path.join(dir, 'assessment.json'), 'utf8'));
    doc.criteria[0].direction = 'upward';
    doc.langauge = 'id';
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(doc, null, 2));
    const r = runCli(['--lang', 'en', 'validate', 'broken.json'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/broken\.json:\d+:\d+ \(\/criteria\/0\/direction\): must be one of "benefit", "cost"/);
    expect(r.stdout).toMatch(/broken\.json:\d+:\d+ \(\/langauge\): unknown property "langauge"/);
  });

  it('uses colour only when asked, and honours NO_COLOR', () => {
    const plain = runCli(['validate', 'assessment.json'], { cwd: dir });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = runCli(['validate', 'assessment.json'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[32m/);
    const vetoed = runCli(['validate', 'assessment.json', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(vetoed.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('tree init (built bin)', () => {
  it('creates a workspace from flags with --yes, and refuses a second time (exit 5)', () => {
    const cwd = tempDir();
    const args = ['init', 'desa', '--village', 'Sumber Rejo', '--district', 'Gunungkidul', '--province', 'DI Yogyakarta', '--lang', 'id', '--yes'];
    const r = runCli(args, { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Ruang kerja dibuat di desa/);
    expect(runCli(['validate', 'assessment.json'], { cwd: path.join(cwd, 'desa') }).code).toBe(0);
    const again = runCli(args, { cwd });
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/--force/);
  });

  it('without a terminal and without --yes, fails with exit 2 naming the flags (it never hangs)', () => {
    const r = runCli(['--lang', 'en', 'init', 'x'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--village, --district, --province/);
  });
});

describe('--debug', () => {
  it('adds the stack trace to an error, and only then', () => {
    const r = runCli(['--debug', 'validate', 'missing.csv']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/missing\.csv: file not found/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('tree init keeps what is there', () => {
  it('refuses to replace an existing assessment.schema.json without --force', () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'assessment.schema.json'), 'custom');
    const r = runCli(['init', '.', '--yes'], { cwd });
    expect(r.code).toBe(5);
    expect(readFileSync(path.join(cwd, 'assessment.schema.json'), 'utf8')).toBe('custom');
  });
});

describe('usage errors in Indonesian', () => {
  it('translates commander\'s own messages with --lang id', () => {
    const r = runCli(['--lang', 'id', 'validate', '--bogus', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/galat: opsi --bogus tidak dikenal/);
    expect(r.stderr).toMatch(/jalankan dengan --help/);
  });
});
