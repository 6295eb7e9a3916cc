import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { translator } from '../../src/i18n/index.js';
import { toMarkdownTable } from '../../src/render/markdown.js';
import { displayText, terminalText } from '../../src/render/text.js';
import { isTerminalSafe } from '../../src/safe-text.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

const ESC_NAME = 'Keripik\u001b[2J\u001b]0;pwned\u0007 \u202Eavsc.exe';

let ws: string;
beforeAll(async () => {
  const dir = tempDir();
  await example({ cwd: dir, env: {}, dir: 'ws' });
  ws = path.join(dir, 'ws');
});

/** A survey whose activity names carry escape sequences and a right-to-left override. */
function hostileSurvey(dir: string): string {
  const file = path.join(dir, `ratings${'\u202E'}.csv`);
  const rows = [
    'activity,market_demand,raw_materials',
    `"${ESC_NAME}",4,5`,
    `"=cmd|' /C calc'!A0",3,3`,
    `"<script>alert(1)</script>",2,2`,
  ];
  writeFileSync(file, `${rows.join('\n')}\n`);
  return path.basename(file);
}

describe('text from files never drives the terminal', () => {
  it('neutralises ESC, C1 controls, a lone CR and bidi controls, in one-line and whole-text form', () => {
    expect(displayText(ESC_NAME)).toBe('Keripik\uFFFD[2J\uFFFD]0;pwned\uFFFD \uFFFDavsc.exe');
    expect(terminalText('a,b\r\nx\u202E,\u009b2J\rover\n')).toBe('a,b\r\nx\uFFFD,\uFFFD2J\uFFFDover\n');
    expect(isTerminalSafe(terminalText(ESC_NAME))).toBe(true);
  });

  it('makes every value filled into a message safe, in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      const text = translator(lang)('output.written', { file: `out\u001b[31m\u202E.csv` });
      expect(isTerminalSafe(text)).toBe(true);
      expect(text).toContain('out\uFFFD[31m\uFFFD.csv');
    }
  });

  it('keeps table, CSV, JSON and Markdown output on a terminal inert, and messages about hostile file names too', async () => {
    const dir = tempDir();
    const file = hostileSurvey(dir);
    for (const format of ['table', 'csv', 'json', 'md']) {
      const r = await runInProcess(['--lang', 'en', 'score', file, '--format', format, '--min-n', '1'], dir, {
        tty: true,
      });
      expect(r.code, r.stderr).toBe(0);
      // Our own colour codes are the only escape sequences allowed.
      const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      expect(isTerminalSafe(plain), `${format}: ${JSON.stringify(plain.slice(0, 300))}`).toBe(true);
      expect(isTerminalSafe(r.stderr.replace(/\u001b\[[0-9;]*m/g, ''))).toBe(true);
    }
    const v = await runInProcess(['--lang', 'en', 'validate', file], dir, { tty: true });
    expect(isTerminalSafe(v.stdout.replace(/\u001b\[[0-9;]*m/g, ''))).toBe(true);
    expect(v.stdout).toContain('ratings\uFFFD.csv: OK');
  });

  it('writes the data as it is to a file or a pipe (only CSV keeps its formula guard)', async () => {
    const dir = tempDir();
    const file = hostileSurvey(dir);
    const json = await runInProcess(['--lang', 'en', 'score', file, '--json', '--min-n', '1'], dir);
    expect(JSON.parse(json.stdout).activities.map((a: { name: string }) => a.name)).toContain(ESC_NAME);
    expect((await runInProcess(['--lang', 'en', 'score', file, '-o', 'out.csv', '--min-n', '1'], dir)).code).toBe(0);
    const csv = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    expect(csv).toContain('\u001b[2J');
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
  });
});

describe('Markdown shows markup as text', () => {
  it('escapes HTML, pipes, emphasis and code marks in cells', () => {
    const md = toMarkdownTable([['name'], ['<script>alert(1)</script> a|b *x* `y` & z']]);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; a\\|b \\*x\\* \\`y\\` &amp; z');
    expect(md).not.toMatch(/<script>/);
  });
});

describe('output flags', () => {
  it('refuses an -o extension that names no format of the command (exit 2), before any work', async () => {
    for (const name of ['out/ranking.xlsx', 'out/ranking.html', 'out/check.csv']) {
      const command = name.endsWith('check.csv') ? ['validate', 'assessment.json'] : ['score'];
      const r = await runInProcess(['--lang', 'en', ...command, '-o', name], ws);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(/cannot tell what to write to/);
    }
    expect((await runInProcess(['--lang', 'en', 'score', '--format', 'csv', '-o', 'out/ranking.data'], ws)).code).toBe(
      0,
    );
    expect(readFileSync(path.join(ws, 'out', 'ranking.data'), 'utf8')).toMatch(/^rank,activity,/);
  });

  it('says that --excel does nothing for Markdown or JSON', async () => {
    const r = await runInProcess(['--lang', 'en', 'score', '--excel', '--json'], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--excel shapes CSV output only, so it does nothing for json output/);
  });

  it('never puts colour codes into an -o file, even with --color or FORCE_COLOR', async () => {
    for (const extra of [['--color'], []]) {
      const out = `out/colour${extra.length}.txt`;
      const r = await runInProcess(['--lang', 'en', ...extra, 'score', '-o', out, '--force'], ws, {
        tty: true,
        env: { FORCE_COLOR: '3' },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(path.join(ws, out), 'utf8')).not.toContain('\u001b');
      const v = await runInProcess(
        ['--lang', 'en', ...extra, 'validate', 'assessment.json', '-o', `out/v${extra.length}.txt`, '--force'],
        ws,
        { tty: true, env: { FORCE_COLOR: '3' } },
      );
      expect(v.code).toBe(0);
      expect(readFileSync(path.join(ws, `out/v${extra.length}.txt`), 'utf8')).not.toContain('\u001b');
    }
  });

  it('refuses to write the ranking over a survey the workspace lists, even with --force', async () => {
    const before = readFileSync(path.join(ws, 'data', 'ratings.csv'));
    const r = await runInProcess(['--lang', 'en', 'score', '-o', 'data/ratings.csv', '--force', '--format', 'csv'], ws);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/data\/ratings\.csv is also an input of this run/);
    expect(readFileSync(path.join(ws, 'data', 'ratings.csv'))).toEqual(before);
  });

  it('explains a name too long for the file system, and a file where a folder must go', async () => {
    const long = await runInProcess(['--lang', 'en', 'score', '-o', `${'a'.repeat(300)}.csv`], ws);
    expect(long.code).toBe(5);
    expect(long.stderr).toMatch(/the name is too long for the file system \(ENAMETOOLONG\)/);
    const dir = tempDir();
    mkdirSync(path.join(dir, 'e4'));
    writeFileSync(path.join(dir, 'e4', 'data'), 'not a folder');
    const r = await runInProcess(['--lang', 'en', 'example', 'e4'], dir);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/e4\/data should be a folder, but a file of that name is in the way/);
    expect(() => readFileSync(path.join(dir, 'e4', 'assessment.json'))).toThrow();
  });
});
