import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { OutputError } from '../../src/errors.js';
import { checkOutputs, writeOutput, writeOutputs } from '../../src/io/output.js';
import { tempDir } from '../helpers/cli.js';
import { smallDisk, unmount } from '../helpers/disk.js';

const ctxIn = (cwd: string) => createContext({ cwd, env: {} }, 'en');

async function refusal(promise: Promise<unknown>): Promise<OutputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutputError);
  return error as OutputError;
}

describe('checkOutputs: every target is checked before any work', () => {
  it('refuses an existing file without force, a missing folder, a folder, and one file named twice', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.csv'), 'old');
    mkdirSync(path.join(dir, 'sub'));
    const ctx = ctxIn(dir);
    expect((await refusal(checkOutputs(ctx, ['old.csv']))).message).toMatch(/old\.csv already exists: use --force/);
    expect((await refusal(checkOutputs(ctx, ['nope/out.csv']))).message).toMatch(/folder nope does not exist/);
    expect((await refusal(checkOutputs(ctx, ['sub'], { force: true }))).message).toMatch(/sub is a folder/);
    expect((await refusal(checkOutputs(ctx, ['a.csv', './a.csv']))).message).toMatch(/named twice/);
    expect(await checkOutputs(ctx, ['old.csv', 'new.csv', '-'], { force: true })).toMatchObject([
      { kind: 'file' },
      { kind: 'file' },
      { kind: 'stdout' },
    ]);
  });

  it("refuses to write over one of the run's inputs, even with force, also through another spelling of its path", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ratings.csv'), 'a,b\n1,2\n');
    const error = await refusal(
      checkOutputs(ctxIn(dir), [path.join(dir, 'x', '..', 'ratings.csv')], { force: true, inputs: ['ratings.csv'] }),
    );
    expect(error.message).toMatch(/also an input/);
    expect(readFileSync(path.join(dir, 'ratings.csv'), 'utf8')).toBe('a,b\n1,2\n');
  });
});

describe('writeOutputs', () => {
  it('writes a set of files whole, and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const ctx = ctxIn(dir);
    const dests = await checkOutputs(ctx, ['a.md', 'b.csv']);
    await writeOutputs(
      ctx,
      dests.map((dest, i) => ({ dest, content: `file ${i}\n` })),
    );
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('file 0\n');
    expect(readFileSync(path.join(dir, 'b.csv'), 'utf8')).toBe('file 1\n');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.csv']);
  });

  it('changes nothing when one file of the set cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'earlier report');
    const ctx = ctxIn(dir);
    const [a] = await checkOutputs(ctx, ['a.md'], { force: true });
    // The second folder disappears between the check and the write.
    const gone = { kind: 'file' as const, shown: 'gone/b.csv', full: path.join(dir, 'gone', 'b.csv') };
    const error = await refusal(
      writeOutputs(ctx, [
        { dest: a!, content: 'new report' },
        { dest: gone, content: 'x' },
      ]),
    );
    expect(error.message).toMatch(/gone\/b\.csv: cannot write \(ENOENT\)/);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('earlier report');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('writes results to standard output as a stream', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    await writeOutput(ctxIn(tempDir()), undefined, 'ranking\n', {}, out);
    expect(text).toBe('ranking\n');
  });

  it.skipIf(process.platform === 'win32')('writes into a device or named pipe instead of replacing it', async () => {
    const dir = tempDir();
    const ctx = ctxIn(dir);
    const devNull = await writeOutput(ctx, '/dev/null', 'discarded', { force: true });
    expect(devNull.kind).toBe('stream');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const fifo = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeOutput(ctx, 'pipe', 'through the pipe\n');
    await closed;
    expect(got).toBe('through the pipe\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('a full disk', () => {
  it('is exit 5 with the reason, the earlier file intact and no temporary file left', async (test) => {
    const dir = smallDisk();
    if (dir === undefined) return test.skip();
    try {
      writeFileSync(path.join(dir, 'ranking.csv'), 'earlier ranking');
      const error = await refusal(writeOutput(ctxIn(dir), 'ranking.csv', 'x'.repeat(300_000), { force: true }));
      expect(error.exitCode).toBe(5);
      expect(error.message).toMatch(/disk is full/);
      expect(readFileSync(path.join(dir, 'ranking.csv'), 'utf8')).toBe('earlier ranking');
      expect(readdirSync(dir)).toEqual(['ranking.csv']);
    } finally {
      unmount(dir);
    }
  });
});
