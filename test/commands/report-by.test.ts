/**
 * One workspace whose survey files hold several villages: score(), needs() and report()
 * with `where` read one village, and give what a workspace holding only its rows gives.
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { needs } from '../../src/commands/needs.js';
import { report, reportSplit } from '../../src/commands/report.js';
import { score } from '../../src/commands/score.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

const FILES = [
  { file: 'data/ratings.csv', delimiter: ';', column: 'group_respondent/dusun' },
  { file: 'data/households.csv', delimiter: ',', column: 'respondent-dusun' },
];

async function example(): Promise<string> {
  const dir = tempDir();
  expect((await runInProcess(['example', '.'], dir)).code).toBe(0);
  return dir;
}

/** The rows of a survey file, each with its raw text and its village cell. */
function rows(dir: string, f: (typeof FILES)[number]) {
  const text = readFileSync(path.join(dir, f.file), 'utf8');
  const records = parse(text, { delimiter: f.delimiter, raw: true, bom: true }) as unknown as {
    record: string[];
    raw: string;
  }[];
  const header = records[0] as { record: string[]; raw: string };
  const at = header.record.indexOf(f.column);
  return { header: header.raw, rows: records.slice(1).map((r) => ({ raw: r.raw, village: r.record[at] as string })) };
}

/** A copy of the workspace whose survey files hold only the rows of one village. */
function only(dir: string, village: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true });
  for (const f of FILES) {
    const { header, rows: all } = rows(dir, f);
    const kept = all.filter((r) => r.village === village).map((r) => r.raw);
    writeFileSync(path.join(copy, f.file), [header, ...kept].join(''));
  }
  return copy;
}

describe('score(), needs() and report() of one village of the survey files (where)', () => {
  it('give the figures of a workspace holding only that village’s rows', async () => {
    const dir = await example();
    const alone = only(dir, 'ngasem');
    const where = { field: 'village', value: 'Ngasem' };
    const part = await score({ cwd: dir, lang: 'en', where, by: ['gender'] });
    const whole = await score({ cwd: alone, lang: 'en', by: ['gender'] });
    expect(part.activities).toEqual(whole.activities);
    expect(part.meta.rows).toBe(whole.meta.rows);
    expect(part.meta.rows).toBeLessThan((await score({ cwd: dir, lang: 'en' })).meta.rows);
    const needsPart = await needs({ cwd: dir, lang: 'en', where });
    const needsWhole = await needs({ cwd: alone, lang: 'en' });
    expect(needsPart.activities).toEqual(needsWhole.activities);
    expect(needsPart.meta.people).toBe(needsWhole.meta.people);

    const model = await report({ cwd: dir, lang: 'en', where, label: 'Ngasem', sensitivityRuns: 50, generated: 'x' });
    const wholeModel = await report({ cwd: alone, lang: 'en', sensitivityRuns: 50, generated: 'x' });
    expect(model.village).toBe('Ngasem');
    expect(model.ranking).toEqual(wholeModel.ranking);
    expect(model.genders).toEqual(wholeModel.genders);
    expect(model.sensitivity).toEqual(wholeModel.sensitivity);
    expect(model.needs).toEqual(wholeModel.needs);
    expect(model.partners).toEqual(wholeModel.partners);
  });

  it('a bad cell in another village’s rows is not this village’s problem; in its own it is, at the file’s own line', async () => {
    const dir = await example();
    const { rows: all } = rows(dir, FILES[0] as (typeof FILES)[number]);
    const line = all.findIndex((r) => r.village === 'krajan') + 2;
    const text = readFileSync(path.join(dir, 'data/ratings.csv'), 'utf8').split('\n');
    text[line - 1] = (text[line - 1] as string).replace('"keripik_singkong";"5"', '"keripik_singkong";"9"');
    writeFileSync(path.join(dir, 'data/ratings.csv'), text.join('\n'));
    await expect(score({ cwd: dir, where: { field: 'village', value: 'ngasem' } })).resolves.toBeDefined();
    const error = await score({ cwd: dir, where: { field: 'village', value: 'krajan' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 3 });
    expect((error as { problems: { file: string; line: number }[] }).problems[0]).toMatchObject({
      file: path.join('data', 'ratings.csv'),
      line,
    });
  });
});

describe('reportSplit(): the villages of the survey files', () => {
  it('lists each village once, as first spelled, with its rows in each survey; blank cells make a part of their own', async () => {
    const dir = await example();
    // Another spelling of a village, a row with no village, and a village only in the household survey.
    const h = rows(dir, FILES[1] as (typeof FILES)[number]);
    const sample = (h.rows[0] as { raw: string }).raw.trimEnd();
    const first = (h.rows[0] as { village: string }).village;
    appendFileSync(path.join(dir, 'data/households.csv'), `${sample.replace(`,${first},`, ', KRA jan ,')}\n`);
    appendFileSync(path.join(dir, 'data/households.csv'), `${sample.replace(`,${first},`, ',,')}\n`);
    appendFileSync(path.join(dir, 'data/households.csv'), `${sample.replace(`,${first},`, ',Baru,')}\n`);
    const split = await reportSplit({ cwd: dir, lang: 'en', field: 'village' });
    const count = (f: (typeof FILES)[number], v: string) => rows(dir, f).rows.filter((r) => r.village === v).length;
    const [ratings, households] = FILES as [(typeof FILES)[number], (typeof FILES)[number]];
    expect(split.parts.map((p) => p.label)).toEqual(['Baru', 'krajan', 'ngasem', 'sumberan', 'watugajah', '(blank)']);
    const krajan = split.parts.find((p) => p.label === 'krajan');
    expect(krajan).toMatchObject({
      where: { field: 'village', value: 'krajan' },
      ratings: count(ratings, 'krajan'),
      households: count(households, 'krajan') + 1,
    });
    expect(split.blank).toEqual({ rows: 1, at: `${path.join('data', 'households.csv')}:${h.rows.length + 3}` });

    // The village only in the household survey: its ranking says what to collect, its needs are there.
    const baru = await report({ cwd: dir, lang: 'en', where: { field: 'village', value: 'baru' }, label: 'Baru' });
    expect('missing' in baru.ranking && baru.ranking.missing).toMatch(/rating survey has no rows for village "baru"/);
    expect('data' in baru.needs && baru.needs.data.meta.people).toBe(1);
    // The blank part reads the rows with no village.
    const blank = await needs({ cwd: dir, lang: 'en', where: { field: 'village', value: '' } });
    expect(blank.meta.people).toBe(1);
  });

  it('refuses a column it cannot find, naming it and where to map it (exit 2)', async () => {
    const dir = await example();
    const error = await reportSplit({ cwd: dir, lang: 'en', field: 'kecamatan' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2 });
    expect((error as Error).message).toMatch(/kecamatan.*survey\.columns\.segments\.kecamatan/);
  });
});
