/** needs() and assess() as a Node script importing the package gets, as the built bin prints. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

function script(lines: string[], dir: string) {
  const project = tempDir();
  mkdirSync(path.join(project, 'node_modules'));
  symlinkSync(ROOT, path.join(project, 'node_modules', 'tree-assess'), 'junction');
  writeFileSync(path.join(project, 'run.mjs'), lines.join('\n'));
  return spawnSync(process.execPath, ['run.mjs', dir], {
    cwd: project,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C' },
  });
}

describe('the package from a Node script', () => {
  it('needs() gives what tree needs --json prints', () => {
    const dir = tempDir();
    expect(runCli(['example', '.'], { cwd: dir }).code).toBe(0);
    const r = script(
      [
        "import { needs } from 'tree-assess';",
        "const report = await needs({ cwd: process.argv[2], lang: 'en' });",
        'process.stdout.write(JSON.stringify(report));',
      ],
      dir,
    );
    expect(r.status, r.stderr).toBe(0);
    const bin = runCli(['needs', '--json', '--lang', 'en'], { cwd: dir });
    expect(bin.code, bin.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(bin.stdout));
  });

  it('assess() saves the answers of a script and ranks like tree score', () => {
    const dir = tempDir();
    expect(runCli(['init', '.', '--village', 'X', '--lang', 'en', '--yes'], { cwd: dir }).code).toBe(0);
    const r = script(
      [
        "import { assess } from 'tree-assess';",
        'const result = await assess({ cwd: process.argv[2], answers: {',
        "  identification: { suggested: ['keripik_singkong', 'batik_tulis'] },",
        "  screening: { source: 'here', ratings: { keripik_singkong: '444444444', batik_tulis: '222222222' } },",
        '} });',
        'process.stdout.write(JSON.stringify(result.ranking.activities.map((a) => [a.activity, a.score])));',
      ],
      dir,
    );
    expect(r.status, r.stderr).toBe(0);
    const bin = runCli(['score', '--json', '--min-n', '1'], { cwd: dir });
    expect(bin.code, bin.stderr).toBe(0);
    const ranked = JSON.parse(bin.stdout).activities.map((a: { activity: string; score: number }) => [
      a.activity,
      a.score,
    ]);
    expect(JSON.parse(r.stdout)).toEqual(ranked);
  });
});
