import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import { report } from '../../src/commands/report.js';
import { score } from '../../src/commands/score.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

async function example(): Promise<string> {
  const dir = tempDir();
  expect((await runInProcess(['example', '.'], dir)).code).toBe(0);
  return dir;
}

describe('tree report on the example workspace', () => {
  it('carries the ranking score() gives, the needs and partners of its shortlist, and every section', async () => {
    const dir = await example();
    const model = await report({ cwd: dir, lang: 'en', sensitivityRuns: 50, generated: '2026-11-28' });
    const ranked = await score({ cwd: dir, lang: 'en' });
    expect('data' in model.ranking && model.ranking.data.lines.map((l) => [l.id, l.score])).toEqual(
      ranked.activities.map((a) => [a.activity, a.score]),
    );
    const shortlist = ranked.activities.filter((a) => a.shortlist).map((a) => a.activity);
    expect('data' in model.needs && model.needs.data.activities.map((a) => a.id)).toEqual(shortlist);
    expect('data' in model.partners && model.partners.data.activities.map((a) => a.id)).toEqual(shortlist);
    expect('data' in model.genders && model.genders.data.length).toBe(ranked.activities.length);
    expect('data' in model.sensitivity).toBe(true);
    expect(model.annex.sources.map((s) => s.what)).toEqual(['ratings', 'households', 'partners']);
  });

  it('writes Markdown with decimal commas in Indonesian and points in English', async () => {
    const dir = await example();
    const id = (await runInProcess(['report', '--lang', 'id', '--sensitivity-runs', '0'], dir)).stdout;
    const en = (await runInProcess(['report', '--lang', 'en', '--sensitivity-runs', '0'], dir)).stdout;
    expect(id).toMatch(/\| 1 \| Keripik singkong \| 77,71 \| 75,1–80,3 \|/);
    expect(en).toMatch(/\| 1 \| Cassava chips \| 77\.71 \| 75\.1–80\.3 \|/);
    expect(id).toMatch(/^## Kebutuhan pelatihan$/m);
    expect(en).toMatch(/^## Next steps: the feasibility study$/m);
  });

  it('writes one CSV per table in a folder, and refuses CSV to standard output', async () => {
    const dir = await example();
    const r = await runInProcess(['report', '--format', 'csv', '-o', 'out/csv', '--sensitivity-runs', '0'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out', 'csv')).sort()).toEqual([
      'gaps.csv',
      'genders.csv',
      'needs-plan.csv',
      'needs-skills.csv',
      'partners.csv',
      'ranking.csv',
      'sources.csv',
      'warnings.csv',
    ]);
    expect(readFileSync(path.join(dir, 'out', 'csv', 'ranking.csv'), 'utf8').split('\n')[1]).toMatch(
      /^1,keripik_singkong,Keripik singkong,77\.71,/,
    );
    expect((await runInProcess(['report', '--format', 'csv'], dir)).code).toBe(2);
  });
});

describe('tree report with parts missing', () => {
  it('says what to run or collect for each missing section instead of leaving it out', async () => {
    const dir = tempDir();
    await init({ cwd: dir, village: 'Baru', language: 'en', lang: 'en' });
    const r = await runInProcess(['report', '--lang', 'en'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/## Opportunity ranking\n\n.*run tree score, or rate them with tree assess/);
    expect(r.stdout).toMatch(/## Training needs\n\n.*list it in needs\.files/);
    expect(r.stdout).toMatch(/## Partner shortlist\n\n.*partners\.directory/);
  });
});

describe('tree report templates', () => {
  it('takes a restyled template from --template, and names the file and line of a broken one (exit 3)', async () => {
    const dir = await example();
    mkdirSync(path.join(dir, 'tpl'));
    writeFileSync(path.join(dir, 'tpl', 'report.md.liquid'), 'Village: {{ r.village }}\n');
    const ok = await runInProcess(['report', '--template', 'tpl', '--sensitivity-runs', '0'], dir);
    expect(ok.stdout).toBe('Village: Sumber Rejo\n');
    writeFileSync(path.join(dir, 'tpl', 'report.md.liquid'), 'one\ntwo {% if r.village %}\nthree\n');
    const bad = await runInProcess(['report', '--template', 'tpl', '-o', 'out/r.md', '--sensitivity-runs', '0'], dir);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/tpl[/\\]report\.md\.liquid:2:5/);
    expect(existsSync(path.join(dir, 'out', 'r.md'))).toBe(false);
  });

  it('a missing --template folder is exit 4 before any work', async () => {
    const dir = await example();
    const r = await runInProcess(['report', '--template', 'nowhere'], dir);
    expect(r.code).toBe(4);
  });
});

describe('the progress line of a report batch', () => {
  it('shows on a terminal, and not with --json', async () => {
    const dir = tempDir();
    for (const n of ['desa1', 'desa2']) expect((await runInProcess(['example', n], dir)).code).toBe(0);
    const args = ['report', 'desa1', 'desa2', '--lang', 'en', '--sensitivity-runs', '0', '--force'];
    const md = await runInProcess([...args, '--out-dir', 'md'], dir, { tty: true });
    expect(md.code).toBe(0);
    expect(md.stderr).toMatch(/2\/2/);
    const json = await runInProcess([...args, '--out-dir', 'json', '--json'], dir, { tty: true });
    expect(json.code).toBe(0);
    expect(json.stderr).not.toMatch(/1\/2|2\/2/);
    const piped = await runInProcess([...args, '--out-dir', 'piped'], dir);
    expect(piped.stderr).not.toMatch(/2\/2/);
  });
});
