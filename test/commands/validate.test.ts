/**
 * `tree validate` in-process: the report through the typed validate() function, and what
 * only the CLI shell does (rendering, -o, colour, exit codes, messages) through main() with
 * in-memory streams. test/e2e/cli.test.ts runs the built bin a few times.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { type FileReport, validate } from '../../src/commands/validate.js';
import { InputError, type Problem } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';
import { runInProcess } from '../helpers/runtime.js';

let dir: string;
beforeAll(async () => {
  dir = path.join(tempDir(), 'contoh');
  await example({ cwd: tempDir(), dir, env: {} });
});

/** validate() in the example workspace, untouched by the test process's locale. */
const check = (files: string[], lang?: 'en' | 'id') =>
  validate({ cwd: dir, env: {}, files, ...(lang ? { lang } : {}) });
/** `tree validate ...` in the example workspace. */
const cli = (args: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}) =>
  runInProcess(args, dir, options);

/** Where a problem is and what it says, as a comparable object. */
const located = (p: Problem) => ({ file: p.file, line: p.line, column: p.column, message: p.message });

describe('validate() and tree validate on the example workspace', () => {
  const files = ['assessment.json', 'data/ratings.csv', 'data/households.csv', 'data/partners.csv'];

  it('finds every file valid and says what each is, in the workspace language', async () => {
    const report = await check(files);
    expect(report.valid).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(report.files.map((f) => [f.file, f.kind, f.valid, f.problems])).toEqual([
      ['assessment.json', 'assessment', true, []],
      ['data/ratings.csv', 'ratings', true, []],
      ['data/households.csv', 'csv', true, []],
      ['data/partners.csv', 'partners', true, []],
    ]);
    const ratings = report.files[1] as FileReport;
    expect(ratings).toMatchObject({
      rows: 240,
      encoding: 'utf-8',
      summary: 'survei penilaian, 240 baris, 29 kolom, UTF-8',
    });
  });

  it('prints one OK line per file and a total, exit 0', async () => {
    const r = await cli(['validate', ...files]);
    expect(r.code, r.stderr).toBe(0);
    // The example workspace is in Indonesian, so messages are too unless --lang says otherwise.
    expect(r.stdout).toMatch(/data\/ratings\.csv: OK \(survei penilaian, 240 baris, 29 kolom, UTF-8\)/);
    expect(r.stdout).toMatch(/4 dari 4 berkas sah/);
    const english = await cli(['--lang', 'en', 'validate', ...files]);
    expect(english.stdout).toMatch(/data\/ratings\.csv: OK \(rating survey, 240 rows, 29 columns, UTF-8\)/);
  });
});

describe('validate() and tree validate on bad files', () => {
  it('lists every problem of a bad file with file, line and column; tree exits 3', async () => {
    writeFileSync(
      path.join(dir, 'bad.csv'),
      'activity;market_demand;risk\r\nkeripik;7;2\r\ntiwul;tinggi sekali;3\r\nlele;2\r\n',
    );
    const report = await check(['bad.csv'], 'en');
    expect(report.valid).toBe(false);
    expect(report.files[0]?.problems.map(located)).toEqual([
      {
        file: 'bad.csv',
        line: 2,
        column: 2,
        message: expect.stringMatching(/^"7" is outside the rating scale 1–5 for criterion market_demand \(set in /),
      },
      {
        file: 'bad.csv',
        line: 3,
        column: 2,
        message: expect.stringMatching(/^"tinggi sekali" is not a rating for market_demand/),
      },
      { file: 'bad.csv', line: 4, column: 3, message: expect.stringMatching(/^row has 2 fields but the header has 3/) },
    ]);
    const r = await cli(['--lang', 'en', 'validate', 'bad.csv']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('bad.csv:2:2: "7" is outside the rating scale 1–5 for criterion market_demand (set in ');
    expect(r.stdout).toContain('bad.csv:3:2: "tinggi sekali" is not a rating for market_demand');
    expect(r.stdout).toContain('bad.csv:4:3: row has 2 fields but the header has 3');
  });

  it('reports each bad input kind at its place; tree exits 3', async () => {
    const cases: Record<string, [string | Buffer, { line?: number; column?: number }, RegExp]> = {
      'empty.csv': ['', {}, /^the file is empty/],
      'header-only.csv': ['activity,market_demand\r\n', { line: 2 }, /^the file has a header but no data rows/],
      'unclosed.csv': ['activity,market_demand\n"keripik,4\n', { line: 2 }, /^a quoted field is never closed/],
      'no-activity.csv': ['foo,market_demand\nx,3\n', { line: 1 }, /^no activity column found/],
      'two-columns.csv': [
        'activity,market_demand,g/market_demand\nx,3,4\n',
        { line: 1, column: 3 },
        /^market_demand matches more than one column: "market_demand" \(2\), "g\/market_demand" \(3\)/,
      ],
      'binary.csv': [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), {}, /^this is not a text CSV file/],
    };
    for (const [name, [content, where, message]] of Object.entries(cases)) {
      writeFileSync(path.join(dir, name), content);
      const report = await check([name], 'en');
      expect(report.valid, name).toBe(false);
      const problem = report.files[0]?.problems.find((p) => message.test(p.message));
      expect(problem, `${name}: ${JSON.stringify(report.files[0]?.problems)}`).toBeDefined();
      expect({ file: problem?.file, line: problem?.line, column: problem?.column }, name).toEqual({
        file: name,
        ...where,
      });

      const r = await cli(['--lang', 'en', 'validate', name]);
      expect(r.code, name).toBe(3);
      const at = [name, where.line, where.column]
        .filter((x) => x !== undefined)
        .join(':')
        .replaceAll('.', '\\.');
      expect(r.stdout, name).toMatch(new RegExp(`${at}: ${message.source.slice(1)}`));
    }
  });

  it('points schema problems at line:column and JSON pointer', async () => {
    const doc = JSON.parse(readFileSync(path.join(dir, 'assessment.json'), 'utf8'));
    doc.criteria[0].direction = 'upward';
    doc.langauge = 'id';
    const text = JSON.stringify(doc, null, 2);
    writeFileSync(path.join(dir, 'broken.json'), text);
    const report = await check(['broken.json'], 'en');
    expect(report.valid).toBe(false);
    const problems = report.files[0]?.problems ?? [];
    const direction = problems.find((p) => p.pointer === '/criteria/0/direction');
    const typo = problems.find((p) => p.pointer === '/langauge');
    expect(direction).toMatchObject({
      file: 'broken.json',
      message: expect.stringMatching(/must be one of "benefit", "cost"/),
    });
    expect(typo).toMatchObject({ file: 'broken.json', message: expect.stringMatching(/unknown property "langauge"/) });
    // The line and column are those of the offending value or key in the file as written.
    const lines = text.split('\n');
    expect(lines[(direction?.line as number) - 1]).toContain('"upward"');
    expect(lines[(typo?.line as number) - 1]).toContain('"langauge"');

    const r = await cli(['--lang', 'en', 'validate', 'broken.json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/broken\.json:\d+:\d+ \(\/criteria\/0\/direction\): must be one of "benefit", "cost"/);
    expect(r.stdout).toMatch(/broken\.json:\d+:\d+ \(\/langauge\): unknown property "langauge"/);
  });

  it('a missing file is an InputError (exit 4) naming it, with the stack trace only under --debug', async () => {
    const error = await rejection(check(['missing.csv'], 'en'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/missing\.csv: file not found/);
    const plain = await cli(['--lang', 'en', 'validate', 'missing.csv']);
    expect(plain.code).toBe(4);
    expect(plain.stderr).toMatch(/missing\.csv: file not found/);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await cli(['--debug', '--lang', 'en', 'validate', 'missing.csv']);
    expect(debug.code).toBe(4);
    expect(debug.stderr).toMatch(/missing\.csv: file not found/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('validate() and tree validate: input and output', () => {
  it('reads a survey from standard input with -', async () => {
    const survey = readFileSync(path.join(dir, 'data', 'ratings.csv'));
    const report = await validate({ cwd: dir, env: {}, lang: 'en', files: ['-'], stdin: Readable.from([survey]) });
    expect(report.files).toMatchObject([{ file: '<stdin>', kind: 'ratings', valid: true, rows: 240 }]);
    const r = await cli(['--lang', 'en', 'validate', '-'], { stdin: survey });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/<stdin>: OK \(rating survey, 240 rows/);
  });

  it('writes JSON to -o atomically, and will not overwrite it without --force', async () => {
    const out = path.join(dir, 'out', 'validate.json');
    const first = await cli(['validate', 'assessment.json', '-o', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({
      valid: true,
      files: [{ file: 'assessment.json', kind: 'assessment', valid: true, problems: [] }],
    });
    // The CLI takes the language from the workspace (Indonesian here) and passes it on.
    expect(report).toEqual(await check(['assessment.json'], 'id'));
    writeFileSync(out, 'keep me');
    const second = await cli(['validate', 'assessment.json', '-o', out]);
    expect(second.code).toBe(5);
    expect(second.stderr).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await cli(['validate', 'assessment.json', '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/"valid": true/);
  });

  it('uses colour only when asked, and honours NO_COLOR', async () => {
    const plain = await cli(['validate', 'assessment.json']);
    expect(plain.stdout).toMatch(/assessment\.json/);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await cli(['validate', 'assessment.json'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[32m/);
    const vetoed = await cli(['validate', 'assessment.json', '--no-color'], {
      env: { NO_COLOR: '', FORCE_COLOR: '1' },
    });
    expect(vetoed.stdout).toMatch(/assessment\.json/);
    expect(vetoed.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('usage errors in Indonesian', () => {
  it("translates commander's own messages with --lang id", async () => {
    const r = await cli(['--lang', 'id', 'validate', '--bogus', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/galat: opsi --bogus tidak dikenal/);
    expect(r.stderr).toMatch(/jalankan dengan --help/);
  });
});

describe('validate() without a language given', () => {
  it('speaks the workspace language even when only assessment.json is checked', async () => {
    const dir = tempDir();
    await example({ cwd: dir, env: {}, dir: 'ws' });
    const report = await validate({ cwd: path.join(dir, 'ws'), env: {}, files: ['assessment.json'] });
    expect(report.files[0]).toMatchObject({ valid: true, summary: 'ruang kerja asesmen' });
  });

  it('refuses a delimiter or encoding it cannot read, naming it', async () => {
    await expect(
      validate({ cwd: tempDir(), env: {}, lang: 'en', files: ['x.csv'], delimiter: 'x' }),
    ).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/unknown delimiter "x"/) });
  });
});
