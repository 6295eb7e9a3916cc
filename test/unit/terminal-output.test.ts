import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { fitTable } from '../../src/render/table.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess, testRuntime } from '../helpers/runtime.js';

async function example(): Promise<string> {
  const dir = tempDir();
  expect((await runInProcess(['example', '.'], dir)).code).toBe(0);
  return dir;
}

const visible = (s: string) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

describe('tables that fit the terminal', () => {
  for (const columns of [80, 120])
    it(`at ${columns} columns no line of score --by gender, needs or partners is wider, and every left-out column is named`, async () => {
      const dir = await example();
      const runs = [
        ['score', '--by', 'gender'],
        ['needs', '--activities', 'keripik_singkong,tiwul_instan'],
        ['partners', '--activities', 'keripik_singkong'],
      ];
      for (const args of runs) {
        const wide = await runInProcess([...args, '--lang', 'en', '--wide'], dir, {
          tty: true,
          columns,
          env: { LANG: 'en_US.UTF-8' },
        });
        const r = await runInProcess([...args, '--lang', 'en'], dir, {
          tty: true,
          columns,
          env: { LANG: 'en_US.UTF-8' },
        });
        expect(r.code, r.stderr).toBe(0);
        const lines = visible(r.stdout).split('\n');
        for (const line of lines) expect(stringWidth(line), `${args[0]}: ${line}`).toBeLessThanOrEqual(columns);
        // The first table's header, at full width and fitted: what is missing is named under it.
        const header = (text: string) =>
          (
            visible(text)
              .split('\n')
              .find((_line, i, all) => all[i + 1]?.startsWith('──')) ?? ''
          )
            .trim()
            .split(/\s{2,}/);
        // A column either stays, moves under its rows (its header is then on them), or is named.
        const missing = header(wide.stdout).filter(
          (h) => h !== '' && !header(r.stdout).includes(h) && !visible(r.stdout).includes(`${h} `),
        );
        const note = lines.join(' ').match(/Left out to fit the terminal: (.*?)\. Add --wide/)?.[1] ?? '';
        for (const m of missing) expect(note, `${args[0]} at ${columns}: ${m}`).toContain(m);
      }
    });

  it('keeps full width when piped, and with --wide', async () => {
    const dir = await example();
    const piped = await runInProcess(['score', '--by', 'gender', '--lang', 'en'], dir);
    expect(Math.max(...piped.stdout.split('\n').map((l) => stringWidth(l)))).toBeGreaterThan(120);
    expect(piped.stdout).not.toMatch(/Left out/);
  });

  it('aligns columns by display width: CJK, combining marks and emoji', () => {
    const names = ['木雕工艺', 'Cafe\u0301 kopi', '😀 Kopi', 'Tenun ikat'];
    const { text } = fitTable([['Activity', 'Score'], ...names.map((n, i) => [n, 70 + i])], { numeric: [1] });
    const rows = text.trimEnd().split('\n').slice(2);
    const ends = rows.map((row) => stringWidth(row));
    expect(new Set(ends).size).toBe(1);
    // Each name takes the same display width before the score column.
    for (const [i, row] of rows.entries()) expect(row.startsWith(names[i] as string)).toBe(true);
  });

  it('shortens long names with … by display width, never cutting a wide character in two', () => {
    const { text } = fitTable(
      [
        ['Activity', 'Score'],
        ['木雕工艺木雕工艺木雕工艺木雕工艺', 1],
      ],
      {
        maxWidth: 20,
        fit: [{ shrink: true, min: 9 }],
      },
    );
    for (const line of text.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    expect(text).toMatch(/木雕…/);
  });
});

describe('numbers in the reader language', () => {
  it('writes decimal commas in Indonesian tables and Markdown, points in English; CSV and JSON unchanged', async () => {
    const dir = await example();
    const run = (...args: string[]) => runInProcess(['score', ...args], dir).then((r) => r.stdout);
    expect(await run('--lang', 'id')).toMatch(/77,71\s+75,1–80,3/);
    expect(await run('--lang', 'id', '--format', 'md')).toMatch(/\| 77,71 \| 75,1–80,3 \|/);
    expect(await run('--lang', 'en')).toMatch(/77\.71\s+75\.1–80\.3/);
    expect(await run('--lang', 'id', '--format', 'csv')).toMatch(/,77\.71,/);
    expect(JSON.parse(await run('--lang', 'id', '--json')).activities[0].score).toBe(77.71);
  });
});

describe('a score bar on a terminal', () => {
  it('draws block characters on a UTF-8 terminal, # elsewhere, and nothing when piped', async () => {
    const dir = await example();
    const utf8 = await runInProcess(['score', '--lang', 'en'], dir, { tty: true, env: { LANG: 'en_US.UTF-8' } });
    expect(visible(utf8.stdout)).toMatch(/77\.71\s+███████▊/);
    const plain = await runInProcess(['score', '--lang', 'en'], dir, { tty: true, env: { LANG: 'C' } });
    expect(visible(plain.stdout)).toMatch(/77\.71\s+########\s/);
    const piped = await runInProcess(['score', '--lang', 'en'], dir);
    expect(piped.stdout).not.toMatch(/[█#]/);
  });
});

describe('a progress line on long reads', () => {
  const fake = (env: Record<string, string>, tty: boolean) => {
    const c = testRuntime({ cwd: '/', env });
    Object.assign(c.rt.stderr, { isTTY: tty, columns: 100 });
    return c;
  };
  it('shows file, share done, rate and time left after a second, and clears itself', async () => {
    const c = fake({}, true);
    let now = 0;
    const p = progressLine(c.rt, false, () => now);
    now = 500;
    p.onProgress?.({ file: '-', rows: 1000, bytes: 0 });
    expect(c.stderr()).toBe('');
    now = 2000;
    p.onProgress?.({ file: '-', rows: 200_000, bytes: 0 });
    await new Promise((r) => setImmediate(r));
    expect(c.stderr()).toMatch(/100,000 rows\/s/);
    p.done();
    await new Promise((r) => setImmediate(r));
    expect(c.stderr().endsWith('\r\u001b[K')).toBe(true);
  });
  it('stays silent off a terminal, in CI and with --quiet', () => {
    for (const [env, tty, quiet] of [
      [{}, false, false],
      [{ CI: 'true' }, true, false],
      [{}, true, true],
    ] as const) {
      expect(progressLine(fake(env, tty).rt, quiet).onProgress).toBeUndefined();
    }
  });
});
