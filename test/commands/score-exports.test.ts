/**
 * score({ files: [FILE] }) (and `tree score FILE --json`, in-process) on one small rating
 * survey written in the four export shapes of PRODUCT.md §5 "Survey CSV" (test/fixtures/exports/, built by make.mjs; README.md there
 * says what each file imitates). No mapping and no workspace: columns are found by name or
 * label only. The four files hold the same numbers, so they must give the same figures.
 *
 * The survey: respondents R01..R05 each rate the 3 activities (15 rows) on 4 of the 9
 * default criteria; the other 5 criteria are absent from the files. R03 left "capital
 * required" for tiwul instan unanswered (kobo-xml `n/a`, kobo-labels and odk-central an
 * empty cell, excel-1252 `-`).
 *
 * Decimal commas: a Kobo select_one (and ODK's) can only carry whole numbers, so for the
 * four files to hold identical numbers the Excel file carries no half-points; instead its
 * Risk column is formatted with one decimal place, so Excel writes every risk as `2,0`,
 * `3,0`, ... (15 decimal-comma cells). A genuine half-point (`3,5`) is checked separately
 * at the end, on a file written by the test.
 *
 * Hand computation (PRODUCT.md §6; scale 1–5; equal weights 1 over the 4 rated criteria;
 * benefit norm = (mean − 1)/4, cost norm = (5 − mean)/4; market_demand and raw_materials
 * are benefit, capital_required and risk cost; sd = sample sd, n − 1, for reference only):
 *
 * keripik_singkong (5 rated rows, 5 respondents)
 *   market_demand    5 4 5 4 5  n=5 sum 23 mean 4.600 sd 0.548  norm (4.6−1)/4 = 0.9000
 *   raw_materials    5 5 4 5 4  n=5 sum 23 mean 4.600 sd 0.548  norm (4.6−1)/4 = 0.9000
 *   capital_required 2 2 3 1 2  n=5 sum 10 mean 2.000 sd 0.707  norm (5−2.0)/4 = 0.7500
 *   risk             2 1 2 2 3  n=5 sum 10 mean 2.000 sd 0.707  norm (5−2.0)/4 = 0.7500
 *   score = 100 × (0.9 + 0.9 + 0.75 + 0.75) / 4 = 100 × 3.3 / 4 = 82.50
 *
 * tiwul_instan (5 rated rows, 5 respondents; R03's capital_required missing)
 *   market_demand    3 4 3 3 4  n=5 sum 17 mean 3.400 sd 0.548  norm (3.4−1)/4 = 0.6000
 *   raw_materials    4 5 4 4 4  n=5 sum 21 mean 4.200 sd 0.447  norm (4.2−1)/4 = 0.8000
 *   capital_required 2 1 · 2 2  n=4 sum  7 mean 1.750 sd 0.500  norm (5−1.75)/4 = 0.8125
 *   risk             2 2 3 2 1  n=5 sum 10 mean 2.000 sd 0.707  norm (5−2.0)/4 = 0.7500
 *   score = 100 × (0.6 + 0.8 + 0.8125 + 0.75) / 4 = 100 × 2.9625 / 4 = 74.0625 → 74.06
 *
 * budidaya_lele (5 rated rows, 5 respondents)
 *   market_demand    4 5 4 4 5  n=5 sum 22 mean 4.400 sd 0.548  norm (4.4−1)/4 = 0.8500
 *   raw_materials    2 3 2 2 3  n=5 sum 12 mean 2.400 sd 0.548  norm (2.4−1)/4 = 0.3500
 *   capital_required 4 5 4 4 3  n=5 sum 20 mean 4.000 sd 0.707  norm (5−4.0)/4 = 0.2500
 *   risk             4 4 3 5 4  n=5 sum 20 mean 4.000 sd 0.707  norm (5−4.0)/4 = 0.2500
 *   score = 100 × (0.85 + 0.35 + 0.25 + 0.25) / 4 = 100 × 1.7 / 4 = 42.50
 *
 * Ranking: 1 keripik_singkong 82.50, 2 tiwul_instan 74.06, 3 budidaya_lele 42.50.
 * (Were capital and risk wrongly read as benefit, the order would be budidaya_lele 67.50,
 * keripik_singkong 57.50, tiwul_instan 45.94; ranking by market demand alone would put
 * budidaya_lele second.) Rows read: 15, skipped: 0. With the default shortlist of five all
 * three are shortlisted; the best is marked for a feasibility study, the third is not.
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ScoreReport, score } from '../../src/commands/score.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/exports/', import.meta.url));

const DEFAULT_IDS = [
  'market_demand',
  'raw_materials',
  'skills_base',
  'capital_required',
  'profitability',
  'jobs_created',
  'inclusion',
  'environment',
  'risk',
];
const RATED = ['market_demand', 'raw_materials', 'capital_required', 'risk'] as const;
type Rated = (typeof RATED)[number];

interface Expected {
  key: 'keripik_singkong' | 'tiwul_instan' | 'budidaya_lele';
  rank: number;
  score: number;
  n: number;
  respondents: number;
  criteria: Record<Rated, { n: number; mean: number }>;
}

const EXPECTED: Expected[] = [
  {
    key: 'keripik_singkong',
    rank: 1,
    score: 82.5,
    n: 5,
    respondents: 5,
    criteria: {
      market_demand: { n: 5, mean: 4.6 },
      raw_materials: { n: 5, mean: 4.6 },
      capital_required: { n: 5, mean: 2.0 },
      risk: { n: 5, mean: 2.0 },
    },
  },
  {
    key: 'tiwul_instan',
    rank: 2,
    score: 74.06,
    n: 5,
    respondents: 5,
    criteria: {
      market_demand: { n: 5, mean: 3.4 },
      raw_materials: { n: 5, mean: 4.2 },
      capital_required: { n: 4, mean: 1.75 },
      risk: { n: 5, mean: 2.0 },
    },
  },
  {
    key: 'budidaya_lele',
    rank: 3,
    score: 42.5,
    n: 5,
    respondents: 5,
    criteria: {
      market_demand: { n: 5, mean: 4.4 },
      raw_materials: { n: 5, mean: 2.4 },
      capital_required: { n: 5, mean: 4.0 },
      risk: { n: 5, mean: 4.0 },
    },
  },
];

/** The activity as each file writes it: XML values, Indonesian choice labels, Excel text. */
const NAMES: Record<string, Record<Expected['key'], string>> = {
  'kobo-xml.csv': {
    keripik_singkong: 'keripik_singkong',
    tiwul_instan: 'tiwul_instan',
    budidaya_lele: 'budidaya_lele',
  },
  'kobo-labels.csv': {
    keripik_singkong: 'Keripik singkong',
    tiwul_instan: 'Tiwul instan',
    budidaya_lele: 'Budidaya lele',
  },
  'odk-central.csv': {
    keripik_singkong: 'keripik_singkong',
    tiwul_instan: 'tiwul_instan',
    budidaya_lele: 'budidaya_lele',
  },
  // Windows-1252 byte 0x96 must come out as an en dash, not U+0096.
  'excel-1252.csv': {
    keripik_singkong: 'Keripik singkong',
    tiwul_instan: 'Tiwul instan',
    budidaya_lele: 'Budidaya lele \u2013 kolam terpal',
  },
};

/** Equal to 0.01, as scores are rounded to 2 decimals. */
function near(actual: number | null | undefined, expected: number, what: string): void {
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(0.01 + 1e-9);
}

/** score() on one file, outside any workspace, in English whatever the test process's locale. */
const scoreFile = (file: string, cwd = tempDir()): Promise<ScoreReport> => score({ cwd, env: {}, files: [file] });

describe.each(Object.keys(NAMES))('score() of %s (no mapping, no workspace)', (name) => {
  const file = path.join(FIXTURES, name);
  const names = NAMES[name] as Record<Expected['key'], string>;
  let json: ScoreReport;
  beforeAll(async () => {
    json = await scoreFile(file);
  });

  it('tree score FILE --json exits 0 with the same report as JSON on stdout', async () => {
    const r = await runInProcess(['score', file, '--json'], tempDir());
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout), r.stdout.slice(0, 500)).toEqual(json);
  });

  it('reads 15 rows, skips none, and scores exactly the three activities', () => {
    expect(json.meta.rows).toBe(15);
    expect(json.meta.skipped).toBe(0);
    expect(json.activities.map((a) => a.activity).sort()).toEqual(Object.values(names).sort());
  });

  it('gives the hand-computed scores and ranks', () => {
    expect(json.activities.map((a) => a.activity)).toEqual(EXPECTED.map((e) => names[e.key]));
    for (const e of EXPECTED) {
      const a = json.activities.find((x) => x.activity === names[e.key]);
      expect(a, names[e.key]).toBeDefined();
      if (!a) continue;
      expect(a.rank, `${a.activity} rank`).toBe(e.rank);
      near(a.score, e.score, `${a.activity} score`);
      expect(a.n, `${a.activity} rated rows`).toBe(e.n);
      expect(a.respondents, `${a.activity} respondents`).toBe(e.respondents);
      expect(a.shortlist, `${a.activity} shortlist`).toBe(true);
      expect(a.flags, `${a.activity} flags`).not.toContain('low_n');
    }
    const byRank = [...json.activities].sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity));
    expect(byRank[0]?.feasibility, 'best activity marked for feasibility').toBe(true);
    expect(byRank[2]?.feasibility, 'third activity not marked for feasibility').toBe(false);
  });

  it('gives the hand-computed n and mean per criterion', () => {
    for (const e of EXPECTED) {
      const a = json.activities.find((x) => x.activity === names[e.key]);
      if (!a) throw new Error(`no activity ${names[e.key]}`);
      for (const id of RATED) {
        const c = a.criteria[id];
        expect(c, `${a.activity} ${id}`).toBeDefined();
        expect(c?.n, `${a.activity} ${id} n`).toBe(e.criteria[id].n);
        expect(
          Math.abs((c?.mean ?? NaN) - e.criteria[id].mean),
          `${a.activity} ${id} mean ${c?.mean} vs ${e.criteria[id].mean}`,
        ).toBeLessThanOrEqual(0.0005 + 1e-9);
      }
    }
  });

  it('turns no metadata, segment or select_multiple column into a criterion', () => {
    for (const a of json.activities) {
      for (const id of Object.keys(a.criteria)) expect(DEFAULT_IDS, `${a.activity}: criterion "${id}"`).toContain(id);
      const rated = Object.entries(a.criteria)
        .filter(([, c]) => c.n > 0)
        .map(([id]) => id)
        .sort();
      expect(rated, a.activity).toEqual([...RATED].sort());
    }
    for (const id of Object.keys(json.meta.weights)) expect(DEFAULT_IDS, `meta.weights "${id}"`).toContain(id);
    for (const id of RATED) expect(json.meta.weights[id], `weight of ${id}`).toBe(1);
  });
});

describe('score(): a genuine decimal-comma half-point', () => {
  it('reads 3,5 as 3.5 in a ;-separated Excel file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'half.csv');
    // Two raters; market demand 3,5 and 4,5 → mean 4.0, norm 0.75; risk 2 and 3 → mean 2.5,
    // cost norm (5 − 2.5)/4 = 0.625; score = 100 × (0.75 + 0.625) / 2 = 68.75.
    writeFileSync(
      file,
      'Respondent;Activity;Market Demand;Risk\r\nR01;Tiwul instan;3,5;2\r\nR02;Tiwul instan;4,5;3\r\n',
    );
    const json = await scoreFile(file, dir);
    const a = json.activities[0];
    expect(a?.activity).toBe('Tiwul instan');
    expect(a?.criteria['market_demand']).toMatchObject({ n: 2, mean: 4 });
    expect(a?.criteria['risk']).toMatchObject({ n: 2, mean: 2.5 });
    near(a?.score, 68.75, 'score');
    expect(json.meta.rows).toBe(2);
  });
});
