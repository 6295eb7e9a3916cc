import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Runs shell lines with `tree` meaning the built bin, stopping at the first failure. */
function runScript(lines: string[], cwd: string) {
  const script = ['set -e', `tree() { node "${BIN}" "$@"; }`, ...lines].join('\n');
  const r = spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', CI: 'true', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The `$ ` command lines of every ```console block in the README. */
function consoleCommands(text: string): string[] {
  const blocks = [...text.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((b) =>
    b
      .split('\n')
      .filter((l) => l.startsWith('$ '))
      .map((l) => l.slice(2)),
  );
}

describe('README', () => {
  it('shows the fresh-machine command, and it runs on the example (after npm ci)', () => {
    const line = readme.split('\n').find((l) => l.startsWith('npm ci && '));
    expect(line).toBeDefined();
    const rest = line!.slice('npm ci && '.length).replaceAll('node bin/tree.cjs', 'tree');
    const r = runScript([rest], tempDir());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Keripik singkong/);
  });

  it('shows npm test as the test command', () => {
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });

  it('every walkthrough and reference command runs, in order', () => {
    const commands = consoleCommands(readme);
    expect(commands.length).toBeGreaterThan(4);
    const r = runScript(commands, tempDir());
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});

describe('--help examples', () => {
  for (const command of ['init', 'assess', 'validate', 'score', 'needs', 'partners', 'report', 'example', 'form']) {
    it(`every example in "tree ${command} --help" runs`, () => {
      const help = runCli([command, '--help']).stdout;
      const examples = help
        .split('\n')
        .filter((l) => l.trim().startsWith('$ tree'))
        .map((l) => l.trim().slice(2));
      expect(examples.length).toBeGreaterThan(0);
      const dir = tempDir();
      expect(runCli(['example', '.'], { cwd: dir }).code).toBe(0);
      const r = runScript(examples, dir);
      expect(r.code, `${examples.join('\n')}\n${r.stdout}\n${r.stderr}`).toBe(0);
    });
  }
});
