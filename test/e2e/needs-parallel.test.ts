/**
 * A household survey large enough to be read in parts on several threads gives, through
 * the built CLI (real worker threads), exactly what one thread gives: the report, and the
 * problems of a bad file with their lines.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';

const ACTIVITIES = ['keripik_singkong', 'budidaya_lele', 'batik_tulis', 'gula_semut', 'jamu_kunyit'];
const SKILLS = ['literacy', 'numeracy', 'food_processing', 'bookkeeping', 'marketing'];

/** About 10 MB: past the size from which two threads read a file. */
const ROWS = 110_000;
function survey(file: string, bad: (i: number) => boolean): void {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const fd = openSync(file, 'w');
  const header = [
    'respondent_id',
    'gender',
    'age',
    'dusun',
    'wanted_activities',
    ...ACTIVITIES.map((a) => `wanted_activities/${a}`),
    ...SKILLS.map((s) => `skills-${s}`),
    'preferred_time',
    'constraints',
    'note',
  ];
  let buf = `${header.join(',')}\r\n`;
  for (let i = 0; i < ROWS; i++) {
    const wanted = ACTIVITIES.filter(() => rand() < 0.3);
    // Quoted notes over two lines, and names past ASCII, so cuts and line numbers are tested too.
    const note = i % 7 === 0 ? '"pagi hari,\r\nsetelah panen"' : i % 5 === 0 ? 'Bu Siti Nurhayati – ketua' : '';
    buf += `${[
      `P${i}`,
      rand() < 0.5 ? 'perempuan' : 'laki_laki',
      bad(i) ? 'tua' : 15 + Math.floor(rand() * 50),
      rand() < 0.5 ? 'Krajan' : 'Ngasem',
      wanted.join(' '),
      ...ACTIVITIES.map((a) => (wanted.includes(a) ? '1' : '0')),
      ...SKILLS.map(() => (rand() < 0.1 ? '' : 1 + Math.floor(rand() * 5))),
      rand() < 0.5 ? 'pagi' : 'sore',
      rand() < 0.3 ? 'biaya transportasi' : '',
      note,
    ].join(',')}\r\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

describe('tree needs on a survey read in parts', () => {
  const dir = tempDir();
  const good = path.join(dir, 'households.csv');
  const broken = path.join(dir, 'broken.csv');
  beforeAll(() => {
    survey(good, () => false);
    // Bad ages early and late in the file: both halves report, at the file's own lines.
    survey(broken, (i) => i === 10 || i === ROWS - 10);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the report one thread gives, and says it read the file in parts', () => {
    const two = runCli(['needs', good, '--json', '--lang', 'en', '--jobs', '2', '--debug', '-o', 'two.json'], {
      cwd: dir,
    });
    expect(two.stderr).toContain('households.csv read in 2 part(s)');
    expect(two.code).toBe(0);
    const one = runCli(['needs', good, '--json', '--lang', 'en', '--jobs', '1', '--debug', '-o', 'one.json'], {
      cwd: dir,
    });
    expect(one.stderr).toContain('households.csv read in 1 part(s)');
    const parts = JSON.parse(readFileSync(path.join(dir, 'two.json'), 'utf8'));
    const whole = JSON.parse(readFileSync(path.join(dir, 'one.json'), 'utf8'));
    expect(parts).toEqual(whole);
    expect(whole.meta.people).toBe(ROWS);
  });

  it('reports a bad cell in either part at its line and column, and writes nothing', () => {
    const two = runCli(['needs', broken, '--json', '--jobs', '2', '-o', 'out.json'], { cwd: dir });
    const one = runCli(['needs', broken, '--json', '--jobs', '1', '-o', 'out.json'], { cwd: dir });
    expect(two.code).toBe(3);
    expect(two.stderr).toBe(one.stderr);
    const debug = runCli(['needs', broken, '--json', '--jobs', '2', '--debug', '-o', 'out.json'], { cwd: dir });
    expect(debug.stderr).toContain('broken.csv read in 2 part(s)');
    // Row i is on line i + 2 (the header, lines counted from 1), plus one for every note
    // over two lines before it (rows 0, 7, 14, …).
    const line = (i: number) => i + 2 + Math.ceil(i / 7);
    expect(two.stderr).toContain(`broken.csv:${line(10)}:3:`);
    expect(two.stderr).toContain(`broken.csv:${line(ROWS - 10)}:3:`);
    expect(() => readFileSync(path.join(dir, 'out.json'))).toThrow();
  });

  it('reads one village of the file in parts as in one read (the row filter of report --by village)', () => {
    const script = `
      import { needs } from ${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)};
      const reads = [];
      const run = (jobs) => needs({ files: [${JSON.stringify(good)}], lang: 'en', jobs,
        where: { field: 'village', value: 'krajan' }, onRead: (r) => reads.push(r.parts) });
      const [two, one] = [await run(2), await run(1)];
      console.log(JSON.stringify({ reads, same: JSON.stringify(two) === JSON.stringify(one), people: one.meta.people }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.reads).toEqual([2, 1]);
    expect(out.same).toBe(true);
    // Krajan is about half of the people, and fewer than all of them.
    expect(out.people).toBeGreaterThan(ROWS * 0.4);
    expect(out.people).toBeLessThan(ROWS * 0.6);
  });

  it('starts its threads when node was given V8 flags, which a worker refuses', () => {
    const r = spawnSync(
      process.execPath,
      ['--max-semi-space-size=8', BIN, 'needs', good, '--json', '--debug', '--jobs', '2', '-o', 'flags.json'],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', LANG: 'C' } },
    );
    expect(r.stderr).toContain('households.csv read in 2 part(s)');
    expect(r.status).toBe(0);
  });

  it('reads a small file and standard input whole', () => {
    writeFileSync(path.join(dir, 'small.csv'), 'respondent_id,wanted_activities\nP1,keripik_singkong\n');
    const r = runCli(['needs', 'small.csv', '--json', '--debug', '--jobs', '4'], { cwd: dir });
    expect(r.stderr).toContain('small.csv read in 1 part(s)');
    const stdin = runCli(['needs', '-', '--json', '--debug', '--jobs', '4'], {
      cwd: dir,
      input: readFileSync(good),
    });
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toContain('<stdin> read in 1 part(s)');
  });
});
