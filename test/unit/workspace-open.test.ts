import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../src/core/workspace-template.js';
import { DataError, InputError } from '../../src/errors.js';
import { openWorkspace } from '../../src/io/workspace.js';
import { tempDir } from '../helpers/cli.js';

function workspace(language: 'en' | 'id' = 'id'): string {
  const dir = tempDir();
  writeFileSync(
    path.join(dir, 'assessment.json'),
    JSON.stringify(newAssessment({ village: 'Sumber Rejo', language }, './assessment.schema.json'), null, 2),
  );
  return dir;
}

describe('openWorkspace', () => {
  it('finds the nearest assessment.json above cwd, and takes its language unless one is asked for', async () => {
    const dir = workspace('id');
    const deep = path.join(dir, 'data', 'more');
    mkdirSync(deep, { recursive: true });
    const ws = await openWorkspace({ cwd: deep, env: {} });
    expect(ws.file).toBe(path.join(dir, 'assessment.json'));
    expect(ws.lang).toBe('id');
    expect(ws.assessment?.community?.village).toBe('Sumber Rejo');
    expect(ws.resolve('data/ratings.csv')).toBe(path.join('..', 'ratings.csv'));
    expect((await openWorkspace({ cwd: deep, env: {}, lang: 'en' })).lang).toBe('en');
  });

  it('stands in the defaults when there is no workspace, and refuses when one is required or named', async () => {
    const dir = tempDir();
    const ws = await openWorkspace({ cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
    expect(ws.file).toBeUndefined();
    expect(ws.lang).toBe('id');
    expect(ws.config.criteria).toHaveLength(9);
    await expect(openWorkspace({ cwd: dir, env: {}, required: true })).rejects.toBeInstanceOf(InputError);
    await expect(openWorkspace({ cwd: dir, env: {}, workspace: 'elsewhere' })).rejects.toMatchObject({ exitCode: 4 });
  });

  it('lists every problem of a broken workspace with line and column, in its own language', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'assessment.json'),
      '{\n  "version": 1,\n  "language": "id",\n  "criteria": [{"id": "x", "label": {"en": "X", "id": "X"}, "weight": -1, "direction": "up"}]\n}\n',
    );
    const error = await openWorkspace({ cwd: dir, env: {} }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    const problems = (error as DataError).problems;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => p.file === 'assessment.json' && p.line === 4)).toBe(true);
    expect((error as DataError).message).toMatch(/tidak sesuai|skema/);
  });

  it('layers flags over the workspace: weights replace only the criteria they name', async () => {
    const ws = await openWorkspace({ cwd: workspace(), env: {}, flags: { weights: { risk: 3 } } });
    expect(ws.config.criteria.find((c) => c.id === 'risk')?.weight).toBe(3);
    expect(ws.config.criteria.find((c) => c.id === 'market_demand')?.weight).toBe(1);
    expect(
      ws.configWith({ weights: { market_demand: 0 } }).criteria.find((c) => c.id === 'market_demand')?.weight,
    ).toBe(0);
  });

  it('save() writes a valid assessment and refuses an invalid one, leaving the file as it was', async () => {
    const dir = workspace();
    const ws = await openWorkspace({ cwd: dir, env: {} });
    const next = { ...ws.assessment!, community: { ...ws.assessment!.community, population: 2400 } };
    await ws.save(next);
    expect(JSON.parse(readFileSync(path.join(dir, 'assessment.json'), 'utf8')).community.population).toBe(2400);
    expect(ws.assessment?.community?.population).toBe(2400);
    const before = readFileSync(path.join(dir, 'assessment.json'), 'utf8');
    const bad = { ...next, community: { ...next.community, population: -5 } };
    await expect(ws.save(bad)).rejects.toBeInstanceOf(DataError);
    expect(readFileSync(path.join(dir, 'assessment.json'), 'utf8')).toBe(before);
  });
});
