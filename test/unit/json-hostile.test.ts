/**
 * Hostile JSON inputs (issue 7): deep nesting, huge error counts, oversized or endless
 * inputs, duplicate keys and numbers that overflow, for every JSON input the toolkit
 * reads: assessment.json, catalogue files and a JSON weights file.
 */
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { DataError } from '../../src/errors.js';
import { translator } from '../../src/i18n/index.js';
import { loadCatalogue } from '../../src/io/catalogue.js';
import { JSON_MAX_BYTES, JSON_MAX_DEPTH, JSON_MAX_VALUES, readJsonInput } from '../../src/io/json-locate.js';
import { readWeights } from '../../src/io/weights.js';
import { checkAssessment, openWorkspace, peekLanguage } from '../../src/io/workspace.js';
import { tempDir } from '../helpers/cli.js';
import { rejection } from '../helpers/errors.js';

const t = translator('en');
const DEV_ZERO = '/dev/zero';
const hasDevZero = process.platform !== 'win32' && existsSync(DEV_ZERO);

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('JSON nested thousands of levels deep', () => {
  const deep = `{\n  "version": 1,\n  "community": {\n    "notes": ${nested(5000)}\n  }\n}\n`;

  it('is a problem of assessment.json at the line and column where it gets too deep, not a stack overflow', async () => {
    const { problems, assessment } = await checkAssessment(deep, 'assessment.json', t);
    expect(assessment).toBeUndefined();
    expect(problems).toHaveLength(1);
    // "notes" is at column 5 of line 4; its value's brackets start at column 14.
    expect(problems[0]).toMatchObject({ file: 'assessment.json', line: 4, column: 14 + JSON_MAX_DEPTH - 2 });
    expect(problems[0]?.message).toMatch(new RegExp(`more than ${JSON_MAX_DEPTH} levels`));
  });

  it('accepts nesting up to the limit', async () => {
    // The limit is on structure, not on the schema: this one is too deep for no TREE field, but is reported by the schema.
    const { problems } = await checkAssessment(
      `{"version": 1, "community": {"notes": ${nested(JSON_MAX_DEPTH - 2)}}}`,
      'a.json',
      t,
    );
    expect(problems.map((p) => p.message)).toEqual(['must be string']);
  });

  it('is exit 3 in a catalogue file and in a weights file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'activities.json'), nested(5000));
    const catalogue = await rejection(loadCatalogue({ cwd: dir, activities: 'activities.json' }));
    expect(catalogue).toBeInstanceOf(DataError);
    expect(catalogue.problems[0]).toMatchObject({ file: 'activities.json', line: 1 });
    expect(catalogue.problems[0]?.message).toMatch(/levels deep/);

    writeFileSync(path.join(dir, 'w.json'), `{"market_demand": ${nested(5000)}}`);
    const weights = await rejection(readWeights(createContext({ cwd: dir, env: {} }, 'en'), 'w.json'));
    expect(weights.exitCode).toBe(3);
    expect(weights.problems[0]).toMatchObject({ file: 'w.json', line: 1 });
    expect(weights.problems[0]?.message).toMatch(/levels deep/);
  });
});

describe('a JSON input with more values than any TREE file needs', () => {
  it('is one problem where the count passes the limit, found before any parsing', async () => {
    const text = `{"version":1,"criteria":[\n${Array(JSON_MAX_VALUES).fill('{}').join(',\n')}\n]}`;
    const { problems } = await checkAssessment(text, 'assessment.json', t);
    expect(problems).toHaveLength(1);
    // The root, the version, the list, then items 0, 1, ...: item MAX - 3 is one too many; the comma before it is on line MAX - 2.
    expect(problems[0]).toMatchObject({ line: JSON_MAX_VALUES - 2, column: 3 });
    expect(problems[0]?.message).toMatch(new RegExp(`more than ${JSON_MAX_VALUES} values`));
  });

  it('counts values exactly: at the limit is fine', { timeout: 60_000 }, async () => {
    // Root object, "version", the list: 3 values, then MAX - 3 items.
    const text = `{"version":1,"criteria":[${Array(JSON_MAX_VALUES - 3)
      .fill('[ ]')
      .join(',')}]}`;
    const { problems } = await checkAssessment(text, 'assessment.json', t);
    expect(problems[0]?.message).toBe('must be object');
  });
});

describe('an assessment.json with hundreds of thousands of schema errors', () => {
  // Quadratic code (a rescan of the file per error) takes many minutes on these; linear code a second or two.
  it('is checked in linear time: 200,000 wrong criteria on their own lines, 1.4 MB', { timeout: 60_000 }, async () => {
    const n = 200_000;
    const text = `{"version":1,"criteria":[\n${Array(n).fill('"aaa"').join(',\n')}\n]}`;
    expect(text.length).toBeGreaterThan(1_400_000);
    const { problems } = await checkAssessment(text, 'assessment.json', t);
    expect(problems).toHaveLength(n);
    expect(problems[0]).toMatchObject({ pointer: '/criteria/0', line: 2, column: 1, message: 'must be object' });
    expect(problems[n - 1]).toMatchObject({ pointer: `/criteria/${n - 1}`, line: n + 1, column: 1 });
  });

  it('is checked in linear time: 200,000 unknown properties of one object', { timeout: 60_000 }, async () => {
    const n = 200_000;
    const text = `{"version":1,\n${Array.from({ length: n }, (_, i) => `"p${i}":0`).join(',\n')}\n}`;
    const { problems } = await checkAssessment(text, 'assessment.json', t);
    expect(problems).toHaveLength(n);
    expect(problems[0]).toMatchObject({ pointer: '/p0', line: 2, column: 1 });
    expect(problems[n - 1]).toMatchObject({ pointer: `/p${n - 1}`, line: n + 1, column: 1 });
  });
});

describe('JSON inputs larger than the limit', () => {
  const ctx = (dir: string, stdin?: Readable) =>
    createContext({ cwd: dir, env: {}, ...(stdin ? { stdin } : {}) }, 'en');

  it('refuses a file past the limit with exit 3, before reading it', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'assessment.json');
    writeFileSync(big, '');
    truncateSync(big, JSON_MAX_BYTES + 1); // sparse: no disk space used
    const error = await rejection(readJsonInput(ctx(dir), 'assessment.json'));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe('assessment.json cannot be used:');
    expect(error.problems).toEqual([
      { file: 'assessment.json', message: expect.stringMatching(/^larger than 64 MiB/) },
    ]);
    expect((await rejection(openWorkspace({ cwd: dir, env: {} }))).exitCode).toBe(3);
    // The language probe at start-up gives up on it instead of reading it.
    expect(await peekLanguage({ cwd: dir })).toBeUndefined();
  });

  it('stops reading an endless standard input at the limit', async () => {
    let served = 0;
    const endless = new Readable({
      read() {
        served += 1 << 20;
        this.push(Buffer.alloc(1 << 20, 0x20));
      },
    });
    const error = await rejection(readJsonInput(ctx(tempDir(), endless), '-'));
    expect(error.exitCode).toBe(3);
    expect(served).toBeLessThan(JSON_MAX_BYTES + (8 << 20));
  });

  it.skipIf(!hasDevZero)(
    'refuses /dev/zero and a workspace that links to it, and the language probe ignores it',
    async () => {
      const dir = tempDir();
      const error = await rejection(readJsonInput(ctx(dir), DEV_ZERO));
      expect(error.exitCode).toBe(3);
      mkdirSync(path.join(dir, 'ws'));
      symlinkSync(DEV_ZERO, path.join(dir, 'ws', 'assessment.json'));
      expect((await rejection(openWorkspace({ cwd: dir, env: {}, workspace: 'ws' }))).exitCode).toBe(3);
      expect(await peekLanguage({ cwd: path.join(dir, 'ws') })).toBeUndefined();
      expect(await peekLanguage({ cwd: dir }, 'ws')).toBeUndefined();

      symlinkSync(DEV_ZERO, path.join(dir, 'w.json'));
      expect((await rejection(readWeights(ctx(dir), 'w.json'))).exitCode).toBe(3);
      symlinkSync(DEV_ZERO, path.join(dir, 'skills.json'));
      expect((await rejection(loadCatalogue({ cwd: dir, skills: 'skills.json' }))).exitCode).toBe(3);
    },
  );

  it('still finds the language of an ordinary workspace', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'assessment.json'), '{"version": 1, "language": "id"}');
    expect(await peekLanguage({ cwd: dir })).toBe('id');
  });
});

describe('all-zero weights in assessment.json', () => {
  const criterion = (id: string, weight?: number) => ({
    id,
    label: { en: id, id },
    ...(weight === undefined ? {} : { weight }),
  });

  it('is a problem at /criteria', async () => {
    const text = JSON.stringify({ version: 1, criteria: [criterion('a', 0), criterion('b', 0)] }, null, 2);
    const { problems } = await checkAssessment(text, 'a.json', t);
    expect(problems).toEqual([expect.objectContaining({ pointer: '/criteria', line: 3, column: 3 })]);
    expect(problems[0]?.message).toMatch(/every criterion has weight 0/);
  });

  it('is fine when one weight is above 0, or left out (1)', async () => {
    for (const criteria of [
      [criterion('a', 0), criterion('b', 0.5)],
      [criterion('a', 0), criterion('b')],
    ]) {
      expect((await checkAssessment(JSON.stringify({ version: 1, criteria }), 'a.json', t)).problems).toEqual([]);
    }
  });
});

describe('duplicate keys', () => {
  it('are reported at the second occurrence, and a problem of the value kept points at that one', async () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "language": "en",',
      '  "survey": { "format": "long" },',
      '  "language": "fr"',
      '}',
    ].join('\n');
    const { problems } = await checkAssessment(text, 'a.json', t);
    const duplicate = problems.find((p) => /twice/.test(p.message));
    expect(duplicate).toMatchObject({ file: 'a.json', line: 5, column: 3, pointer: '/language' });
    expect(duplicate?.message).toMatch(/"language" appears twice in this object \(first at line 3\)/);
    // JSON.parse keeps "fr": the schema problem is about that one, on line 5.
    const schema = problems.find((p) => /must be one of/.test(p.message));
    expect(schema).toMatchObject({ line: 5, column: 3, pointer: '/language' });
  });

  it('in nested objects, and on their own make the file invalid', async () => {
    const text = '{"version": 1,\n "survey": {"scale": {"min": 1, "max": 5,\n  "min": 2}}}';
    const { problems, assessment } = await checkAssessment(text, 'a.json', t);
    expect(assessment).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 3, pointer: '/survey/scale/min' })]);
  });
});

describe('numbers too large to be numbers', () => {
  it('in a weights file: reported as not finite, with the text as written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'w.json'), '{\n  "market_demand": 1e999,\n  "risk": 2\n}');
    const error = await rejection(readWeights(createContext({ cwd: dir, env: {} }, 'en'), 'w.json'));
    expect(error.exitCode).toBe(3);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'w.json', line: 2, column: 20 });
    expect(error.problems[0]?.message).toMatch(/1e999/);
    expect(error.problems[0]?.message).toMatch(/not a finite number/);
    expect(error.problems[0]?.message).not.toMatch(/null/);
  });

  it('in assessment.json', async () => {
    const text = '{"version": 1, "criteria": [{"id": "a", "label": {"en": "A", "id": "A"}, "weight": -1E400}]}';
    const { problems } = await checkAssessment(text, 'a.json', t);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 84, pointer: '/criteria/0/weight' })]);
    expect(problems[0]?.message).toMatch(/-1E400/);
  });
});
