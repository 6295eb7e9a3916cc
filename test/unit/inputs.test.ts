/** Expanding the file arguments of every command (src/io/files.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { expandInputs } from '../../src/io/files.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

function folder(files: string[]): string {
  const dir = tempDir();
  for (const name of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), 'a,b\n1,2\n');
  }
  return dir;
}

const expand = (cwd: string, args: string[]) => expandInputs(testRuntime({ cwd }).rt, args);

describe('expandInputs', () => {
  it('expands a glob under a folder whose name holds parentheses', async () => {
    const cwd = folder(['data (2)/a.csv', 'data (2)/b.csv', 'data (2)/c.txt']);
    expect(await expand(cwd, ['data (2)/*.csv'])).toEqual([
      path.join('data (2)', 'a.csv'),
      path.join('data (2)', 'b.csv'),
    ]);
  });

  it('expands a glob under a folder whose name holds glob characters, when that folder exists', async () => {
    const cwd = folder(['export [v1]/a.csv', 'export {old}/b.csv']);
    expect(await expand(cwd, ['export [v1]/*.csv'])).toEqual([path.join('export [v1]', 'a.csv')]);
    expect(await expand(cwd, ['export {old}/*.csv'])).toEqual([path.join('export {old}', 'b.csv')]);
  });

  it('takes parentheses, ! + @ in the pattern itself literally', async () => {
    const cwd = folder(['data/r(1).csv', 'data/r(2).csv', 'data/r!+@.csv', 'data/r2.csv']);
    expect(await expand(cwd, ['data/r(?).csv'])).toEqual([
      path.join('data', 'r(1).csv'),
      path.join('data', 'r(2).csv'),
    ]);
    expect(await expand(cwd, ['data/r!+@.*'])).toEqual([path.join('data', 'r!+@.csv')]);
  });

  it('never expands a name that exists, and keeps a pattern that matches nothing', async () => {
    const cwd = folder(['data (2)/r[1].csv', 'data (2)/r1.csv']);
    expect(await expand(cwd, ['data (2)/r[1].csv', 'data (2)/*.xlsx'])).toEqual([
      'data (2)/r[1].csv',
      'data (2)/*.xlsx',
    ]);
  });

  it('expands an absolute pattern', async () => {
    const cwd = folder(['data (2)/a.csv']);
    expect(await expand(tempDir(), [`${cwd}/data (2)/*.csv`])).toEqual([path.join(cwd, 'data (2)', 'a.csv')]);
  });

  it('refuses "-" given twice: standard input can be read once', async () => {
    await expect(expand(tempDir(), ['-', 'a.csv', '-'])).rejects.toBeInstanceOf(UsageError);
  });
});
