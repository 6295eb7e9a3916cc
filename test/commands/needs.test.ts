import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import { type NeedsReport, needs } from '../../src/commands/needs.js';
import type { Activity } from '../../src/core/catalogue.js';
import { loadCatalogue } from '../../src/io/catalogue.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/runtime.js';

/*
 * Six people, checked by hand. Keripik singkong is wanted by 1, 2 and 3:
 *  - women 1 and 2, man 3; young (15–29): 22 and 19; disability: person 2;
 *  - food processing: 1 rates 1 (lacking), 2 rates 3 (held), 3 did not answer (unknown):
 *    gap = 1 ÷ (3 − 1) = 50%;
 *  - bookkeeping: 1 rates 4 (held), 2 rates 2 (lacking), 3 says "tidak" (lacking): gap 2/3;
 *  - morning twice, afternoon once; balai desa, rumah warga, BLK once each (two of three in
 *    the village: mobile); lengths 3, 5, 2 days: median 3;
 *  - constraints childcare, cost (1) and transport (3); 2 has none; credit twice.
 * Gula semut: 2 and 4. "kerupuk_ikan" (5) is in neither the catalogue nor the workspace.
 */
const PEOPLE = [
  [
    'perempuan',
    '22',
    'tidak',
    ['keripik_singkong'],
    '1',
    '4',
    'pagi',
    'balai_desa',
    '3',
    'pengasuhan_anak biaya',
    'kredit',
  ],
  [
    'perempuan',
    '35',
    'ya',
    ['keripik_singkong', 'gula_semut'],
    '3',
    '2',
    'pagi',
    'rumah_warga',
    '5',
    'tidak_ada',
    'kredit peralatan',
  ],
  [
    'laki_laki',
    '19',
    'tidak',
    ['keripik_singkong'],
    '',
    'tidak',
    'sore',
    'blk_wonosari',
    '2',
    'transportasi',
    'akses_pasar',
  ],
  ['laki_laki', '45', 'tidak', ['gula_semut'], '5', '5', 'malam', 'balai_desa', '1', '', ''],
  ['perempuan', '60_plus', 'tidak', ['kerupuk_ikan'], '2', '2', 'pagi', 'balai_desa', '2', 'biaya', 'kredit'],
  ['perempuan', '28', 'tidak', [], '4', '4', 'pagi', 'balai_desa', '2', '', ''],
] as const;
const OPTIONS = ['keripik_singkong', 'gula_semut', 'kerupuk_ikan'];

/** The survey as an ODK Central export: the activities as one column, as 0/1 columns, or both. */
function survey(encoding: 'list' | 'split' | 'both'): string {
  const q = 'interest-wanted_activities';
  const header = [
    'SubmissionDate',
    'respondent-gender',
    'respondent-age',
    'respondent-disability',
    ...(encoding === 'split' ? [] : [q]),
    ...(encoding === 'list' ? [] : OPTIONS.map((o) => `${q}/${o}`)),
    'skills-food_processing',
    'skills-bookkeeping',
    'training-preferred_time',
    'training-preferred_place',
    'training-preferred_length_days',
    'constraints-constraints',
    'support-support_wanted',
    'KEY',
  ];
  const rows = PEOPLE.map((p, i) => {
    const [g, age, dis, wanted, ...rest] = p;
    return [
      '2026-09-07T02:38:34.469Z',
      g,
      age,
      dis,
      ...(encoding === 'split' ? [] : [wanted.join(' ')]),
      ...(encoding === 'list' ? [] : OPTIONS.map((o) => ((wanted as readonly string[]).includes(o) ? '1' : '0'))),
      ...rest,
      `uuid:${i}`,
    ];
  });
  return `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;
}

async function workspaceWith(csv: string): Promise<string> {
  const dir = tempDir();
  await init({ cwd: dir, village: 'Test', language: 'en', lang: 'en' });
  writeFileSync(path.join(dir, 'data', 'households.csv'), csv);
  return dir;
}

const strip = (r: NeedsReport) => ({ ...r, meta: { ...r.meta, files: [] } });

describe('tree needs on a survey checked by hand', () => {
  it('counts the interested, the lacking and the unknown, and works out gaps, modules and the plan', async () => {
    const dir = await workspaceWith(survey('list'));
    const r = await needs({ cwd: dir, files: ['data/households.csv'], lang: 'en' });
    expect(r.meta).toMatchObject({ people: 6, rows: 6, scope: 'all', lackingAtMost: 2, groupSize: 20 });
    expect(r.activities.map((a) => a.id)).toEqual(['keripik_singkong', 'gula_semut', 'kerupuk_ikan']);
    const chips = r.activities[0] as NeedsReport['activities'][number];
    expect(chips.interested).toEqual({
      total: 3,
      byGender: { female: 2, male: 1, other: 0, unknown: 0 },
      youth: 2,
      disability: 1,
    });
    const skill = (id: string) => chips.skills.find((s) => s.id === id);
    expect(skill('food_processing')).toMatchObject({ kind: 'technical', lacking: 1, unknown: 1, held: 1, gap: 0.5 });
    expect(skill('bookkeeping')).toMatchObject({ kind: 'business', lacking: 2, unknown: 0, held: 1 });
    expect(skill('bookkeeping')?.gap).toBeCloseTo(2 / 3, 10);
    // A required skill the survey did not ask about is unknown for all, never lacking.
    expect(skill('packaging')).toMatchObject({ lacking: 0, unknown: 3, gap: null });
    expect(chips.modules.map((m) => [m.skill, m.kind, m.trainees])).toEqual([
      ['food_processing', 'technical', 1],
      ['bookkeeping', 'business', 2],
    ]);
    expect(chips.modules[1]?.priority).toBeCloseTo(2, 10);
    expect(chips.plan).toMatchObject({ groups: 1, time: 'morning', place: 'balai_desa', lengthDays: 3, mobile: true });
    expect(chips.constraints.map((c) => [c.id, c.count])).toEqual([
      ['childcare', 1],
      ['cost', 1],
      ['transport', 1],
    ]);
    expect(chips.support.map((c) => [c.id, c.count])).toEqual([
      ['credit', 2],
      ['equipment', 1],
      ['market_access', 1],
    ]);
    expect(r.meta.unmatched).toEqual([{ value: 'kerupuk_ikan', count: 1 }]);
    expect(r.meta.warnings.map((w) => w.message).join('\n')).toMatch(/kerupuk_ikan \(1\)/);
  });

  it('gives the same answers whether activities come as one column, as 0/1 columns, or both', async () => {
    const results = await Promise.all(
      (['list', 'split', 'both'] as const).map(async (e) => {
        const dir = await workspaceWith(survey(e));
        return strip(await needs({ cwd: dir, files: ['data/households.csv'], lang: 'en' }));
      }),
    );
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it("takes the workspace's shortlist and inclusion targets, or --activities by name or synonym", async () => {
    const dir = await workspaceWith(survey('list'));
    const file = path.join(dir, 'assessment.json');
    const a = JSON.parse(readFileSync(file, 'utf8'));
    a.shortlist = { activities: ['gula_semut'] };
    a.targetGroups = { inclusionTargets: { women: 0.6, disability: 0.05 } };
    writeFileSync(file, JSON.stringify(a));
    const r = await needs({ cwd: dir, files: ['data/households.csv'], lang: 'en' });
    expect(r.meta.scope).toBe('shortlist');
    expect(r.activities.map((x) => x.id)).toEqual(['gula_semut']);
    expect(r.activities[0]?.inclusion).toEqual([
      { group: 'women', count: 1, share: 0.5, target: 0.6, met: false },
      { group: 'youth', count: 0, share: 0 },
      { group: 'disability', count: 1, share: 0.5, target: 0.05, met: true },
    ]);
    const named = await needs({ cwd: dir, files: ['data/households.csv'], activities: ['Cassava chips'], lang: 'en' });
    expect(named.activities.map((x) => x.id)).toEqual(['keripik_singkong']);
  });

  it('renders the same figures in every format', async () => {
    const dir = await workspaceWith(survey('list'));
    const run = (...args: string[]) => runInProcess(['needs', 'data/households.csv', '--lang', 'en', ...args], dir);
    const json = JSON.parse((await run('--json')).stdout);
    expect(json.activities[0].skills.find((s: { id: string }) => s.id === 'bookkeeping').lacking).toBe(2);
    const md = (await run('--format', 'md')).stdout;
    expect(md).toMatch(/## Cassava chips/);
    expect(md).toMatch(/\| Bookkeeping and records \| Business \| 2 \| 0 \| 67% \|/);
    expect(md).toMatch(/3 interested: 2 women, 1 men; 2 young \(15–29\); 1 with a disability/);
    const csv = (await run('--format', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toBe('activity_id,activity,kind,skill_id,skill,hours,trainees,gap,priority');
    // Hours are the catalogue's for this skill in this activity.
    const catalogue = await loadCatalogue();
    const hours = catalogue
      .requirementsOf(catalogue.activityById('keripik_singkong') as Activity)
      .find((q) => q.skill.id === 'food_processing')?.hours;
    expect(csv[1]).toBe(`keripik_singkong,Cassava chips,technical,food_processing,Food processing,${hours},1,0.5,1.5`);
    const constraints = (await run('--format', 'csv', '--table', 'constraints')).stdout;
    expect(constraints).toMatch(/keripik_singkong,Cassava chips,childcare,1,0\.333/);
    const table = (await run()).stdout;
    expect(table).toMatch(/Cassava chips\s+3\s+2\s+2\s+1/);
  });
});

describe("the workspace's own catalogue", () => {
  it('adds an activity the survey names, so it is matched and its skills counted, not warned about', async () => {
    const dir = await workspaceWith(survey('list'));
    writeFileSync(
      path.join(dir, 'my-activities.json'),
      JSON.stringify([
        {
          id: 'kerupuk_ikan',
          name: { en: 'Fish crackers', id: 'Kerupuk ikan' },
          sector: 'food_processing',
          skills: { technical: [{ id: 'food_processing', level: 'basic', hours: 20 }] },
        },
      ]),
    );
    const file = path.join(dir, 'assessment.json');
    const a = JSON.parse(readFileSync(file, 'utf8'));
    a.catalogue = { activities: 'my-activities.json' };
    writeFileSync(file, JSON.stringify(a));
    const r = await needs({ cwd: dir, files: ['data/households.csv'], lang: 'en' });
    expect(r.meta.unmatched).toEqual([]);
    const fish = r.activities.find((x) => x.id === 'kerupuk_ikan');
    // Person 5 rates food processing 2: lacking, in a 20-hour module.
    expect(fish?.skills).toMatchObject([{ id: 'food_processing', lacking: 1, unknown: 0, gap: 1, hours: 20 }]);
  });

  it('lists the problems of a broken catalogue file with its file, line and column (exit 3)', async () => {
    const dir = await workspaceWith(survey('list'));
    writeFileSync(
      path.join(dir, 'my-activities.json'),
      '[\n  { "id": "Bad Id", "name": { "en": "x", "id": "y" }, "sector": "x", "skills": {} }\n]\n',
    );
    const file = path.join(dir, 'assessment.json');
    const a = JSON.parse(readFileSync(file, 'utf8'));
    a.catalogue = { activities: 'my-activities.json' };
    writeFileSync(file, JSON.stringify(a));
    const r = await runInProcess(['needs', 'data/households.csv'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/my-activities\.json:2:\d+/);
  });
});

describe('tree needs on bad input', () => {
  it('lists every bad cell with file:line:column, exits 3 and writes nothing', async () => {
    const bad = survey('list').replace(',22,', ',twenty,').replace(',4,pagi', ',9,pagi');
    const dir = await workspaceWith(bad);
    const r = await runInProcess(['needs', 'data/households.csv', '-o', 'out/needs.md'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/households\.csv:2:3/);
    expect(r.stderr).toMatch(/"twenty" is not an age/);
    expect(r.stderr).toMatch(/households\.csv:2:\d+.*"9" is not a self-rating of bookkeeping/);
    expect(existsSync(path.join(dir, 'out', 'needs.md'))).toBe(false);
  });

  it('reads self-ratings given in words or as choice labels, as rating surveys are read', async () => {
    const dir = await workspaceWith(survey('list').replace(',1,4,pagi', ',sangat rendah,4 - Tinggi,pagi'));
    const r = await needs({ cwd: dir, files: ['data/households.csv'], lang: 'en' });
    const chips = r.activities.find((a) => a.id === 'keripik_singkong');
    // Person 1 again: food processing "sangat rendah" (1) is lacking, bookkeeping "4 - Tinggi" held.
    expect(chips?.skills.find((s) => s.id === 'food_processing')).toMatchObject({ lacking: 1, held: 1, unknown: 1 });
    expect(chips?.skills.find((s) => s.id === 'bookkeeping')).toMatchObject({ lacking: 2, held: 1 });
  });

  it('shows hostile activity names and places as text: no escape sequence or bidi override reaches the terminal', async () => {
    const evil = '\u001b[31mred\u202e';
    const dir = await workspaceWith(
      survey('list').replaceAll('kerupuk_ikan', `${evil}x`).replaceAll('balai_desa', evil),
    );
    for (const format of ['table', 'md', 'csv']) {
      const r = await runInProcess(['needs', 'data/households.csv', '--format', format], dir, { tty: true });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('\u001b[31m');
      expect(r.stdout).not.toContain('\u202e');
      expect(r.stderr).not.toContain('\u202e');
    }
  });

  it('refuses a file with no column of activities wanted (the rating survey given by mistake): exit 3, nothing written', async () => {
    const dir = await workspaceWith(survey('list'));
    writeFileSync(path.join(dir, 'data', 'ratings.csv'), 'respondent,activity,market_demand\nR1,keripik_singkong,4\n');
    const r = await runInProcess(['needs', 'data/ratings.csv', '-o', 'out/needs.md'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ratings\.csv:1.*No column of the activities people want/);
    expect(existsSync(path.join(dir, 'out', 'needs.md'))).toBe(false);
  });

  it('says where to name the survey when none is given (exit 2)', async () => {
    const dir = await workspaceWith(survey('list'));
    const r = await runInProcess(['needs'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs\.files/);
  });

  it('refuses an activity nobody can know (exit 2)', async () => {
    const dir = await workspaceWith(survey('list'));
    const r = await runInProcess(['needs', 'data/households.csv', '--activities', 'nonsense'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonsense/);
  });
});

describe('tree needs on the example workspace', () => {
  it('reads the ODK-shaped household survey listed in needs.files', async () => {
    const dir = tempDir();
    expect((await runInProcess(['example', '.'], dir)).code).toBe(0);
    const r = await runInProcess(['needs', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as NeedsReport;
    expect(report.meta.people).toBe(60);
    const total = report.activities.reduce((n, a) => n + a.interested.total, 0);
    expect(total).toBeGreaterThan(60);
    expect(report.meta.unmatched).toEqual([]);
  });
});
