/**
 * Survey shapes end to end through score() and validate(): the wide training-needs export
 * of test/fixtures/training-needs (answers as words, two spellings of one level, trailing
 * and no-break spaces, line breaks in headers, a `/` in a topic, one criterion rated by a
 * `*` pattern), validate showing how score reads a file, and validate predicting score on
 * every CSV fixture.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../src/commands/score.js';
import { validate } from '../../src/commands/validate.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

const NEEDS = path.join(ROOT, 'test', 'fixtures', 'training-needs');

describe('the wide training-needs export (test/fixtures/training-needs)', () => {
  /*
   * By hand, from make.mjs (Not needed 1, Slightly 2, Moderately 3, Very/Highly needed 4,
   * Absolutely essential 5; empty cells missing). One benefit criterion on 1–5, so
   * score = 100 × (mean − 1) / 4:
   *   Packaging and labelling          4 4 5 2 4 3  n 6  mean 22/6 = 3.667  score 66.67
   *   Food safety & hygiene v.2        5 3 4 . 4 1  n 5  mean 17/5 = 3.4    score 60.00
   *   Using GitHub actions and CI/CD   1 2 4 5 4 4  n 6  mean 20/6 = 3.333  score 58.33
   *   Book-keeping for small business  4 . 3 1 5 2  n 5  mean 15/5 = 3      score 50.00
   * 22 ratings. The "Overall" question matches no topic: a warning names it.
   */
  it('scores every topic, the one with a `/` included, with the hand-checked figures', async () => {
    const report = await score({ cwd: NEEDS, env: {}, lang: 'en' });
    expect(report.activities.map((a) => [a.rank, a.activity, a.score, a.n])).toEqual([
      [1, 'Packaging and labelling', 66.67, 6],
      [2, 'Food safety & hygiene v.2', 60, 5],
      [3, 'Using GitHub actions and CI/CD', 58.33, 6],
      [4, 'Book-keeping for small business', 50, 5],
    ]);
    expect(report.activities[2]?.criteria['training_need']?.mean).toBe(3.333);
    expect(report.meta.ratings).toBe(22);
    expect(report.meta.rows).toBe(6);
    expect(report.meta.warnings).toEqual([
      expect.objectContaining({
        line: 1,
        column: 10,
        message: expect.stringMatching(/column "Overall, how useful would training be\?" holds ratings \(5 of 5/),
      }),
    ]);
  });

  it('is valid in validate, which shows how score reads it and the same warning', async () => {
    const report = await validate({ cwd: NEEDS, env: {}, lang: 'en', files: ['needs.csv'] });
    const file = report.files[0];
    expect(file?.valid).toBe(true);
    expect(file?.survey).toEqual({
      format: 'wide',
      encoding: 'utf-8',
      delimiter: ',',
      activity: null,
      respondent: null,
      criteria: {
        training_need:
          'Food processing: how much do you need training in\nSkip what you already know.Packaging and labelling',
      },
      segments: {},
      columns: 4,
      pattern: '*already know.{activity}',
      rows: 6,
      ratings: 22,
      activities: 4,
    });
    expect(file?.warnings.map((w) => w.column)).toEqual([10]);
    const cli = await runInProcess(['validate', '--lang', 'en', 'needs.csv'], NEEDS);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(
      'needs.csv: OK (rating survey, 6 rows, 11 columns, UTF-8)\n    read as: wide format, delimiter ",", UTF-8\n',
    );
    expect(cli.stdout).toContain('    6 rows, 22 ratings, 4 distinct activities\n');
  });
});

describe('validate shows the layout and tells a lookup table from a survey', () => {
  const workspace = (files: Record<string, string>, assessment: object = { version: 1 }) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'assessment.json'), JSON.stringify(assessment));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };

  it('prints each criterion column or "not found", and the counts', async () => {
    const dir = workspace({ 'r.csv': 'activity;market_demand;gender\nkeripik;4;f\ntiwul;3;m\nkeripik;5;f\n' });
    const cli = await runInProcess(['validate', '--lang', 'en', 'r.csv'], dir);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('    activity column: "activity"\n');
    expect(cli.stdout).toContain(
      '    criterion market_demand: "market_demand"\n    criterion raw_materials: not found\n',
    );
    expect(cli.stdout).toContain('    segment gender: "gender"\n    3 rows, 3 ratings, 2 distinct activities\n');
  });

  it('takes a lookup table with an activity column as "OK (CSV)"', async () => {
    const dir = workspace({ 'lookup.csv': 'activity,name_en,sector\nkeripik,Cassava chips,food\n' });
    const report = await validate({ cwd: dir, env: {}, lang: 'en', files: ['lookup.csv'] });
    expect(report.files.map((f) => [f.kind, f.valid, f.summary])).toEqual([
      ['csv', true, 'CSV, 1 rows, 3 columns, UTF-8'],
    ]);
  });

  it('reads a file of survey.files as a survey in the workspace format, as score does', async () => {
    const assessment = {
      version: 1,
      criteria: [{ id: 'need', label: { en: 'Need', id: 'Kebutuhan' } }],
      survey: { files: ['forms.csv'], format: 'wide', wide: { pattern: '{activity}' } },
    };
    const dir = workspace({ 'forms.csv': 'Keripik,Tiwul\n4,Very needed\n' }, assessment);
    const report = await validate({ cwd: dir, env: {}, lang: 'en', files: ['forms.csv'] });
    expect(report.files[0]?.kind).toBe('ratings');
    expect(report.files[0]?.valid).toBe(false);
    expect(report.files[0]?.problems.map((p) => [p.line, p.column])).toEqual([[2, 2]]);
    const s = await runInProcess(['score'], dir);
    expect(s.code).toBe(3);
  });
});

/** Every CSV under a folder, with the workspace (assessment.json) of its folder, if any. */
function csvFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...csvFiles(file));
    else if (name.endsWith('.csv')) out.push(file);
  }
  return out;
}

describe('validate predicts score on every CSV fixture', () => {
  const files = [...csvFiles(path.join(ROOT, 'test', 'fixtures')), ...csvFiles(path.join(ROOT, 'examples'))];

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(`agrees on ${path.relative(ROOT, file)}`, async () => {
      const dir = path.dirname(file);
      // The fixture's own workspace, else an empty folder (the defaults), never one above it.
      const cwd = existsSync(path.join(dir, 'assessment.json')) ? dir : tempDir();
      const workspace = existsSync(path.join(dir, 'assessment.json')) ? [] : ['-w', writeEmpty(cwd)];
      const v = await runInProcess(['validate', '--json', ...workspace, file], cwd);
      const report = JSON.parse(v.stdout) as { files: { kind: string; valid: boolean }[] };
      const kind = report.files[0]?.kind;
      // Partner directories and other CSV files are not surveys: score is not their command.
      if (kind !== 'ratings') return;
      const s = await runInProcess(['score', '--json', ...workspace, file], cwd);
      expect([v.code, s.code], s.stderr).toEqual(v.code === 0 ? [0, 0] : [3, 3]);
    }, 30_000);
  }
});

/** A workspace with the defaults in `dir`; its path. */
function writeEmpty(dir: string): string {
  const file = path.join(dir, 'assessment.json');
  writeFileSync(file, JSON.stringify({ version: 1 }));
  return file;
}
