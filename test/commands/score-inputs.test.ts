/**
 * How score() and validate() take their inputs: standard input, pipes, several files of
 * different encodings, exact problem counts, and what they say about each file's encoding.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { score } from '../../src/commands/score.js';
import { validate } from '../../src/commands/validate.js';
import { DataError, InputError, UsageError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';

const HEADER = 'activity;market_demand;risk\n';
/** A file ASCII for its first 64 KiB and Windows-1252 after (an en dash, 0x96): Excel on Windows. */
const late1252 = () =>
  Buffer.concat([
    Buffer.from(HEADER + 'keripik;4;2\n'.repeat(6000)),
    Buffer.from('tiwul '),
    Buffer.from([0x96]),
    Buffer.from(' pedas;2;3\n'),
  ]);

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const stdin = (text: string | Buffer) => Readable.from([Buffer.from(text)]);

describe('standard input and encodings in score()', () => {
  it('reads stdin and a file found to be Windows-1252 late in one run, stdin read once', async () => {
    const cwd = folder({ 'late1252.csv': late1252() });
    const report = await score({
      cwd,
      env: {},
      lang: 'en',
      files: ['-', 'late1252.csv'],
      stdin: stdin(`${HEADER}gethuk;5;1\n`),
    });
    expect(report.meta.rows).toBe(6002);
    expect(report.meta.files).toEqual(['<stdin>', 'late1252.csv']);
    expect(report.activities.map((a) => a.activity).sort()).toEqual(['gethuk', 'keripik', 'tiwul – pedas']);
    expect({ ...report.meta.encodings }).toEqual({ '<stdin>': 'utf-8', 'late1252.csv': 'windows-1252' });
  });

  it('says which encoding each file was read in, in meta.encodings', async () => {
    const cwd = folder({
      'a.csv': `${HEADER}Ñoño;4;2\n`,
      'b.csv': Buffer.concat([Buffer.from('\ufeff'), Buffer.from(`${HEADER}x;4;2\n`)]),
    });
    const report = await score({ cwd, env: {}, lang: 'en', files: ['a.csv', 'b.csv'] });
    expect({ ...report.meta.encodings }).toEqual({ 'a.csv': 'utf-8', 'b.csv': 'utf-8' });
  });

  it('refuses "-" named twice: a usage error naming it', async () => {
    const cwd = folder({});
    const error = await rejection(
      score({ cwd, env: {}, lang: 'en', files: ['-', '-'], stdin: stdin(`${HEADER}x;4;2\n`) }),
    );
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/"-".*only once/);
  });

  it('says standard input is a folder when it is one (exit 4), not that a file is empty', async () => {
    const cwd = folder({ 'sub/a.csv': 'x' });
    const dirStream = createReadStream('', { fd: openSync(path.join(cwd, 'sub'), 'r') });
    const error = await rejection(score({ cwd, env: {}, lang: 'en', files: ['-'], stdin: dirStream }));
    dirStream.destroy();
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/standard input is a folder/);
  });

  it.skipIf(process.platform === 'win32')(
    'reads a named pipe as a stream (no positional read, no second open)',
    async () => {
      const cwd = folder({});
      const fifo = path.join(cwd, 'pipe.csv');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const writing = writeFile(fifo, `${HEADER}keripik;4;2\ntiwul;3;3\n`);
      const report = await score({ cwd, env: {}, lang: 'en', files: ['pipe.csv'] });
      await writing;
      expect(report.meta.rows).toBe(2);
    },
  );
});

describe('problem counts and empty surveys in score()', () => {
  it('counts every bad cell exactly, past the per-file limit and across files', async () => {
    const bad = (n: number) => HEADER + 'keripik;x;y\n'.repeat(n);
    const cwd = folder({ 'a.csv': bad(1350), 'b.csv': bad(75) });
    const error = await rejection(score({ cwd, env: {}, lang: 'en', files: ['a.csv', 'b.csv'] }));
    expect(error).toBeInstanceOf(DataError);
    expect(error.problems.length + error.omitted).toBe(2850);
    expect(error.message).toMatch(/ 2850 problem/);
  });

  it('says that rows exist but none holds a rating, instead of "no data rows"', async () => {
    const cwd = folder({ 'a.csv': `${HEADER}keripik;;n/a\ntiwul;-;\n` });
    const error = await rejection(score({ cwd, env: {}, lang: 'en', files: ['a.csv'] }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.message).toMatch(/2 data row/);
    expect(error.problems[0]?.message).not.toMatch(/no data rows/);
  });

  it('says when every rating was skipped with skipInvalid', async () => {
    const cwd = folder({ 'a.csv': `${HEADER}keripik;9;x\ntiwul;;7\n` });
    const error = await rejection(score({ cwd, env: {}, lang: 'en', files: ['a.csv'], skipInvalid: true }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.message).toMatch(/3 .*skipped/);
  });
});

describe('encodings in validate()', () => {
  it('names the encoding of each CSV in the report and its summary', async () => {
    const cwd = folder({ 'late1252.csv': late1252(), 'u.csv': `${HEADER}Ñoño;4;2\n` });
    const report = await validate({ cwd, env: {}, lang: 'en', files: ['late1252.csv', 'u.csv'] });
    expect(report.files.map((f) => [f.file, f.valid, f.encoding])).toEqual([
      ['late1252.csv', true, 'windows-1252'],
      ['u.csv', true, 'utf-8'],
    ]);
    expect(report.files[0]?.summary).toMatch(/Windows-1252/);
    expect(report.files[1]?.summary).toMatch(/UTF-8/);
  });

  it('is not OK for a UTF-8 file with a stray byte: the cell is listed', async () => {
    const cwd = folder({
      'u.csv': Buffer.concat([Buffer.from(`${HEADER}Ñoño;4;2\nCaf`), Buffer.from([0xe9]), Buffer.from(';3;3\n')]),
    });
    const report = await validate({ cwd, env: {}, lang: 'en', files: ['u.csv'] });
    expect(report.valid).toBe(false);
    expect(report.files[0]?.encoding).toBe('utf-8');
    expect(report.files[0]?.problems).toMatchObject([{ file: 'u.csv', line: 3, column: 1 }]);
  });

  it.skipIf(process.platform === 'win32')(
    'reads a named pipe once, as a rating survey, instead of opening it twice',
    async () => {
      const cwd = folder({});
      const fifo = path.join(cwd, 'pipe.csv');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const writing = writeFile(fifo, `${HEADER}Ñoño;4;2\n`);
      const report = await validate({ cwd, env: {}, lang: 'en', files: ['pipe.csv'] });
      await writing;
      expect(report.files.map((f) => [f.file, f.kind, f.valid, f.rows, f.encoding])).toEqual([
        ['pipe.csv', 'ratings', true, 1, 'utf-8'],
      ]);
    },
  );
});
