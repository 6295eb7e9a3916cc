/**
 * `--excel [dialect]`: CSV that Excel opens as a table in the user's locale. Alone it
 * follows the run's language (en: `,` and `.`; id: `;` and decimal commas); `--excel=en`
 * or `--excel id` chooses. Both keep the UTF-8 BOM, CRLF and the formula guard.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../../src/commands/example.js';
import { toCsv } from '../../src/render/csv.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

let dir: string;
beforeAll(async () => {
  dir = path.join(tempDir(), 'ws');
  await example({ cwd: dir, dir: '.', env: {} });
  writeFileSync(
    path.join(dir, 'formula.csv'),
    'activity,market_demand\n"=HYPERLINK(""http://x"")",4\n"=HYPERLINK(""http://x"")",3.5\n+cmd,3\n@SUM(1),2\n',
  );
});

const tree = (args: string[]) => runInProcess(args, dir);

/** Parses Excel CSV: BOM first, CRLF line ends, then the records with the given delimiter. */
function excelRecords(text: string, delimiter: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  return parse(text, { bom: true, columns: true, delimiter, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** The figures of every scored activity, as written. */
const figures = (records: Record<string, string>[]) =>
  records.filter((r) => r.rank !== '').flatMap((r) => [r.score ?? '', r.ci95_low ?? '', r.market_demand_mean ?? '']);

describe('tree score --excel', () => {
  it('follows --lang en: "," and decimal points, read back by a CSV parser', async () => {
    const r = await tree(['--lang', 'en', 'score', '--excel']);
    expect(r.code, r.stderr).toBe(0);
    const records = excelRecords(r.stdout, ',');
    expect(records[0]).toMatchObject({ rank: '1', activity: 'keripik_singkong', name: 'Cassava chips' });
    const nums = figures(records);
    expect(nums.length).toBeGreaterThan(10);
    for (const x of nums) expect(x).toMatch(/^\d+(\.\d+)?$/);
    expect(nums.some((x) => x.includes('.'))).toBe(true);
    expect(Number(records[0]?.score)).toBeGreaterThan(0);
  });

  it('follows --lang id: ";" and decimal commas', async () => {
    const r = await tree(['--lang', 'id', 'score', '--excel']);
    expect(r.code, r.stderr).toBe(0);
    const records = excelRecords(r.stdout, ';');
    expect(records[0]).toMatchObject({ rank: '1', activity: 'keripik_singkong', name: 'Keripik singkong' });
    const nums = figures(records);
    for (const x of nums) expect(x).toMatch(/^\d+(,\d+)?$/);
    expect(nums.some((x) => x.includes(','))).toBe(true);
  });

  it('--excel=en and --excel id choose the dialect whatever the language', async () => {
    const en = await tree(['--lang', 'id', 'score', '--excel=en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout.startsWith('\uFEFFrank,activity,name,score,')).toBe(true);
    const id = await tree(['--lang', 'en', 'score', '--excel', 'id']);
    expect(id.code, id.stderr).toBe(0);
    expect(id.stdout.startsWith('\uFEFFrank;activity;name;score;')).toBe(true);
    expect(id.stdout).toMatch(/\r\n1;keripik_singkong;Cassava chips;\d+,\d+;/);
  });

  it('gives a file name after --excel back to the files', async () => {
    const r = await tree(['--lang', 'en', 'score', '--excel', 'formula.csv']);
    expect(r.code, r.stderr).toBe(0);
    const records = excelRecords(r.stdout, ',');
    expect(records.map((x) => x.activity)).toContain('\'=HYPERLINK("http://x")');
  });

  it('refuses an unknown dialect, naming the choices', async () => {
    const r = await tree(['--lang', 'en', 'score', '--excel=fr']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown Excel dialect "fr": use one of en, id');
  });

  it('keeps the formula guard in both dialects', async () => {
    for (const [lang, delimiter] of [
      ['en', ','],
      ['id', ';'],
    ] as const) {
      const r = await tree(['--lang', lang, 'score', 'formula.csv', '--excel']);
      expect(r.code, r.stderr).toBe(0);
      const activities = excelRecords(r.stdout, delimiter).map((x) => x.activity ?? '');
      expect(activities).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://x")', "'+cmd", "'@SUM(1)"]));
      for (const a of activities) expect(a).not.toMatch(/^[=+\-@]/);
    }
  });

  it('still says it does nothing for a table', async () => {
    const r = await tree(['--lang', 'en', 'score', '--excel=en', '--format', 'table']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--excel shapes CSV output only/);
  });
});

describe('toCsv dialects', () => {
  const rows = [
    ['activity', 'score', 'sd'],
    ['Keripik, singkong', 75.92, -0.5],
    ['=1+1', 3, null],
  ];
  it('en: BOM, ",", ".", CRLF', () => {
    expect(toCsv(rows, { excel: 'en' })).toBe(
      '\uFEFFactivity,score,sd\r\n"Keripik, singkong",75.92,-0.5\r\n\'=1+1,3,\r\n',
    );
  });
  it('id: BOM, ";", ",", CRLF', () => {
    expect(toCsv(rows, { excel: 'id' })).toBe(
      "\uFEFFactivity;score;sd\r\nKeripik, singkong;75,92;-0,5\r\n'=1+1;3;\r\n",
    );
  });
  it('plain CSV without --excel: no BOM, LF', () => {
    expect(toCsv(rows)).toBe('activity,score,sd\n"Keripik, singkong",75.92,-0.5\n\'=1+1,3,\n');
  });
});
