/** tree report --by village, as the built bin runs it: one workspace whose survey files hold several villages. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/** The example, its surveys cut to three villages; one rating of `bad` made 9 on a 1–5 scale. Returns the line of it. */
function threeVillages(dir: string, bad: string): number {
  expect(runCli(['example', '.'], { cwd: dir }).code).toBe(0);
  let badLine = 0;
  for (const [file, delimiter, column] of [
    ['data/ratings.csv', ';', 'group_respondent/dusun'],
    ['data/households.csv', ',', 'respondent-dusun'],
  ] as const) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const records = parse(text, { delimiter, raw: true, bom: true }) as unknown as { record: string[]; raw: string }[];
    const at = (records[0] as { record: string[] }).record.indexOf(column);
    const kept = records.slice(1).filter((r) => r.record[at] !== 'watugajah');
    const out = [(records[0] as { raw: string }).raw, ...kept.map((r) => r.raw)];
    if (file === 'data/ratings.csv') {
      const i = kept.findIndex((r) => r.record[at] === bad && r.raw.includes('"keripik_singkong";"5"'));
      out[i + 1] = (out[i + 1] as string).replace('"keripik_singkong";"5"', '"keripik_singkong";"9"');
      badLine = i + 2;
    }
    writeFileSync(path.join(dir, file), out.join(''));
  }
  return badLine;
}

describe('tree report --by village', () => {
  for (const jobs of ['1', '2']) {
    it(`writes a report per village and the summary; the village with a bad cell is listed, exit 3 (--jobs ${jobs})`, () => {
      const dir = tempDir();
      const line = threeVillages(dir, 'ngasem');
      const r = runCli(
        ['report', '--by', 'village', '--out-dir', 'out', '--lang', 'en', '--sensitivity-runs', '0', '--jobs', jobs],
        { cwd: dir },
      );
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/No report for ngasem:/);
      expect(r.stderr).toContain(`${path.join('data', 'ratings.csv')}:${line}:`);
      expect(r.stderr).toMatch(/1 village\(s\) without a report: ngasem/);
      expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['krajan.md', 'sumberan.md', 'summary.md']);
      // Each cover names its village; the summary has a line for each.
      expect(readFileSync(path.join(dir, 'out', 'krajan.md'), 'utf8')).toMatch(/^# .*: krajan$/m);
      const summary = readFileSync(path.join(dir, 'out', 'summary.md'), 'utf8');
      expect(summary).toMatch(/^\| krajan \|/m);
      expect(summary).toMatch(/^\| sumberan \|/m);
      expect(existsSync(path.join(dir, 'out', 'ngasem.md'))).toBe(false);
    });
  }

  it('gives each village the ranking of a workspace holding only its rows (JSON)', () => {
    const dir = tempDir();
    threeVillages(dir, 'ngasem');
    const r = runCli(['report', '--by', 'village', '--out-dir', 'out', '--json', '--sensitivity-runs', '0'], {
      cwd: dir,
    });
    expect(r.code).toBe(3);
    const alone = tempDir();
    threeVillages(alone, 'ngasem');
    const ratings = path.join(alone, 'data', 'ratings.csv');
    const records = parse(readFileSync(ratings, 'utf8'), { delimiter: ';', raw: true, bom: true }) as unknown as {
      record: string[];
      raw: string;
    }[];
    const at = (records[0] as { record: string[] }).record.indexOf('group_respondent/dusun');
    writeFileSync(
      ratings,
      records
        .filter((x, i) => i === 0 || x.record[at] === 'sumberan')
        .map((x) => x.raw)
        .join(''),
    );
    const one = runCli(['report', '--json', '--sensitivity-runs', '0'], { cwd: alone });
    expect(one.code, one.stderr).toBe(0);
    const part = JSON.parse(readFileSync(path.join(dir, 'out', 'sumberan.json'), 'utf8'));
    expect(part.ranking).toEqual(JSON.parse(one.stdout).ranking);
  });

  it('refuses --by without --out-dir, and a column the survey does not have, with what to do (exit 2)', () => {
    const dir = tempDir();
    expect(runCli(['example', '.'], { cwd: dir }).code).toBe(0);
    const noDir = runCli(['report', '--by', 'village', '--lang', 'en'], { cwd: dir });
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toMatch(/--out-dir/);
    const noColumn = runCli(['report', '--by', 'kecamatan', '--out-dir', 'by-kecamatan', '--lang', 'en'], {
      cwd: dir,
    });
    expect(noColumn.code).toBe(2);
    expect(noColumn.stderr).toMatch(
      /no column for it \(looked for "kecamatan"\).*survey\.columns\.segments\.kecamatan/,
    );
    expect(existsSync(path.join(dir, 'by-kecamatan'))).toBe(false);
  });
});
