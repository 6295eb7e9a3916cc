import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import { type PartnersReport, partners } from '../../src/commands/partners.js';
import type { Activity } from '../../src/core/catalogue.js';
import { loadCatalogue } from '../../src/io/catalogue.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

/*
 * Checked by hand, with the default weights (coverage 3, type 1, distance 2, capacity 1,
 * accessibility 1, cost 1; women-only not counted: the workspace sets no target for women).
 * Two people want batik tulis; both lack batik making (1, 2) and marketing (1); they want
 * market access and credit. Technical training in batik making:
 *  - BLK A covers it (1 of 1), a training provider, 10 km (0.9), 100 a year for 2 (1),
 *    accessible (1), free (1): (3 + 1 + 1.8 + 1 + 1 + 1) / 9 = 97.78;
 *  - LPK B ("lpk" is a training provider) covers it, 50 km (0.5), 10 a year (1), access
 *    unknown (0.5), Rp 1,500,000 (medium, 0.5): (3 + 1 + 1 + 1 + 0.5 + 0.5) / 9 = 77.78.
 * Credit: KSP C ("ksp" is microfinance) works in every sector, 2 km (0.98), capacity and
 * access unknown (0.5 each), low cost (0.75): (3 + 1 + 1.96 + 0.5 + 0.5 + 0.75) / 9 = 85.67.
 * Market access: only Toko D offers it, for food processing alone: a gap.
 */
const DIRECTORY = [
  'name,type,services,sectors,distance_km,capacity_per_year,cost,accessible,women_only,contact_person,phone',
  'BLK A,training_provider,skills_training,batik_making,10,100,free,ya,ya,Pak A,0812-1',
  'LPK B,lpk,skills_training business_training,handicraft batik_making,50,10,1500000,,,Bu B,0812-2',
  'KSP C,ksp,credit,all,2,,low,,,,',
  'Toko D,pengepul,market_linkage,food_processing,5,,,,,,',
].join('\n');
const HOUSEHOLDS = [
  'gender,age,wanted_activities,skills-batik_making,skills-marketing,support_wanted',
  'perempuan,30,batik_tulis,1,1,akses_pasar kredit',
  'perempuan,41,batik_tulis,2,1,kredit',
].join('\n');

async function workspace(directory = DIRECTORY): Promise<string> {
  const dir = tempDir();
  await init({ cwd: dir, village: 'Test', language: 'en', lang: 'en' });
  writeFileSync(path.join(dir, 'data', 'partners.csv'), `${directory}\n`);
  writeFileSync(path.join(dir, 'data', 'households.csv'), `${HOUSEHOLDS}\n`);
  return dir;
}

const need = (r: PartnersReport, id: string) => r.activities[0]?.needs.find((n) => n.need === id);

describe('tree partners, checked by hand', () => {
  it('ranks the partners of each need with the reasons that explain each score', async () => {
    const dir = await workspace();
    const r = await partners({ cwd: dir, households: ['data/households.csv'], lang: 'en' });
    expect(r.meta).toMatchObject({ partners: 4, needsFrom: 'survey', top: 3 });
    expect(r.activities.map((a) => [a.id, a.trainees])).toEqual([['batik_tulis', 2]]);
    const technical = need(r, 'technical_training');
    expect(technical?.partners.map((p) => [p.name, p.score])).toEqual([
      ['BLK A', 97.78],
      ['LPK B', 77.78],
    ]);
    expect(technical?.partners[0]?.reasons).toEqual([
      'covers Batik making (1 of 1 skills)',
      'training provider',
      '10 km',
      '100 people a year for 2',
      'accessible',
      'free',
    ]);
    expect(technical?.partners[0]).toMatchObject({ contact: 'Pak A', phone: '0812-1' });
    expect(need(r, 'credit')?.partners.map((p) => [p.name, p.score])).toEqual([['KSP C', 85.67]]);
    expect(need(r, 'credit')?.partners[0]?.reasons).toEqual([
      'works in every sector',
      'microfinance',
      '2 km',
      'low cost',
    ]);
  });

  it('shows a need nobody covers as a gap with its reason and who could fill it, not as an empty table', async () => {
    const dir = await workspace();
    const r = await partners({ cwd: dir, households: ['data/households.csv'], lang: 'en' });
    expect(need(r, 'market_access')?.partners).toEqual([]);
    const gap = r.activities[0]?.gaps.find((g) => g.need === 'market_access');
    expect(gap).toMatchObject({ kind: 'none', reason: 'no partner in the directory offers market access for it' });
    expect(gap?.fill).toMatch(/buyer or trader/);
    const md = (
      await runInProcess(['partners', '--households', 'data/households.csv', '--format', 'md', '--lang', 'en'], dir)
    ).stdout;
    expect(md).toMatch(
      /### Needs not covered\n\n- Market access: no partner in the directory offers market access for it; would need a buyer or trader/,
    );
  });

  it('reports a capacity too small for the trainees as a gap', async () => {
    const dir = await workspace(DIRECTORY.replace('10,100,free', '10,1,free').replace('50,10,1500000', '50,0,1500000'));
    const r = await partners({ cwd: dir, households: ['data/households.csv'], lang: 'en' });
    expect(r.activities[0]?.gaps.find((g) => g.need === 'technical_training')).toMatchObject({
      kind: 'capacity',
      reason: 'the partners found serve 1 people a year, for 2',
    });
  });

  it('works without a household survey, taking the needs from the catalogue, and says so', async () => {
    const dir = await workspace();
    const r = await partners({ cwd: dir, activities: ['Batik tulis'], lang: 'en' });
    expect(r.meta.needsFrom).toBe('catalogue');
    expect(r.meta.warnings.map((w) => w.message).join()).toMatch(/No household survey/);
    expect(r.activities[0]?.trainees).toBeUndefined();
    // Every technical skill of batik in the catalogue (N of them): BLK A covers batik making, LPK B it and
    // handicraft. Scores as in the note at the top, with coverage 1/N and 2/N.
    const catalogue = await loadCatalogue();
    const n = catalogue.skillsOf(catalogue.activityById('batik_tulis') as Activity, 'technical').length;
    const round = (x: number) => Math.round(x * 100) / 100;
    const technical = need(r, 'technical_training')?.partners;
    expect(technical?.map((p) => [p.name, p.score, p.reasons[0]])).toEqual([
      ['BLK A', round((100 * (3 / n + 1 + 1.8 + 1 + 1 + 1)) / 9), `covers Batik making (1 of ${n} skills)`],
      [
        'LPK B',
        round((100 * (6 / n + 1 + 1 + 1 + 0.5 + 0.5)) / 9),
        `covers Batik making, Handicraft (2 of ${n} skills)`,
      ],
    ]);
  });

  it('writes one CSV row per activity × need × partner with its reasons and contact, and one per gap', async () => {
    const dir = await workspace();
    const csv = (
      await runInProcess(['partners', '--households', 'data/households.csv', '--format', 'csv', '--lang', 'en'], dir)
    ).stdout
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'activity_id,activity,need,rank,partner,type,score,reasons,distance_km,cost,contact,phone,email,gap',
    );
    expect(csv).toContain(
      'batik_tulis,Hand-drawn batik,technical_training,1,BLK A,training_provider,97.78,covers Batik making (1 of 1 skills); training provider; 10 km; 100 people a year for 2; accessible; free,10,free,Pak A,0812-1,,',
    );
    expect(csv.some((l) => l.startsWith('batik_tulis,Hand-drawn batik,market_access,,,,,,,,,,,no partner'))).toBe(true);
  });
});

describe('tree partners on a bad directory', () => {
  it('an unknown type or a distance that is not a number is exit 3 at file:line:column, nothing written', async () => {
    const dir = await workspace(DIRECTORY.replace('ksp,credit', 'bakery,credit').replace('5,,,,,,', 'five,,,,,,'));
    const r = await runInProcess(['partners', '-o', 'out/p.md'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/partners\.csv:4:2.*"bakery" is not one of the values of type/);
    expect(r.stderr).toMatch(/partners\.csv:5:5.*"five"/);
    expect(existsSync(path.join(dir, 'out', 'p.md'))).toBe(false);
  });
});
