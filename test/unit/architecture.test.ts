import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = path.join(ROOT, 'src');

/** Every import (static, type-only or dynamic) of every source file, as "from → to" layer paths. */
function imports(): { from: string; to: string }[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((f) => {
    const text = readFileSync(path.join(SRC, f), 'utf8');
    const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1] as string);
    return specs.map((s) => ({
      from: f.split(path.sep).join('/'),
      to: s.startsWith('.')
        ? path
            .relative(SRC, path.resolve(SRC, path.dirname(f), s))
            .split(path.sep)
            .join('/')
        : s,
    }));
  });
}

const layer = (file: string): string =>
  file.includes('/') ? (file.split('/')[0] as string) : file.replace(/\.(ts|js)$/, '');

describe('the folder layout is the architecture: data flows io → core → render, commands never print', () => {
  const all = imports();
  it('found the imports it checks', () => expect(all.length).toBeGreaterThan(100));

  it('core/ is pure: it imports no files, prompts, rendering, commands or CLI', () => {
    const bad = all.filter(
      (i) =>
        layer(i.from) === 'core' &&
        (['io', 'render', 'commands', 'cli', 'prompts', 'runtime'].includes(layer(i.to)) ||
          /^node:(fs|child_process|process|readline)/.test(i.to)),
    );
    expect(bad).toEqual([]);
  });

  it('render/ does no I/O and never reaches up into commands or the CLI', () => {
    const bad = all.filter(
      (i) =>
        layer(i.from) === 'render' &&
        (['io', 'commands', 'cli', 'prompts'].includes(layer(i.to)) || /^node:(fs|child_process|net)/.test(i.to)),
    );
    expect(bad).toEqual([]);
  });

  it('io/ does not depend on commands, rendering, prompts or the CLI', () => {
    const bad = all.filter(
      (i) => layer(i.from) === 'io' && ['commands', 'cli', 'render', 'prompts', 'runtime'].includes(layer(i.to)),
    );
    expect(bad).toEqual([]);
  });

  it('a command never imports the CLI, a renderer or a prompt', () => {
    const bad = all.filter(
      (i) => layer(i.from) === 'commands' && ['cli', 'render', 'prompts', 'runtime'].includes(layer(i.to)),
    );
    expect(bad).toEqual([]);
  });

  it('a command uses another only through its typed function, and never in a cycle', () => {
    // tree assess ranks with score(), as tree report will with every command: composing the
    // public functions keeps one implementation of each step.
    const edges = all.filter((i) => layer(i.from) === 'commands' && layer(i.to) === 'commands');
    for (const e of edges) {
      expect(
        edges.some(
          (back) => back.from === e.to.replace(/\.js$/, '.ts') && back.to.startsWith(e.from.replace(/\.ts$/, '')),
        ),
      ).toBe(false);
    }
    expect([...new Set(edges.map((e) => `${e.from} → ${e.to}`))].sort()).toEqual([
      'commands/assess.ts → commands/score.js',
      'commands/partners.ts → commands/needs.js',
      'commands/report.ts → commands/needs.js',
      'commands/report.ts → commands/partners.js',
      'commands/report.ts → commands/score.js',
    ]);
  });
});
