import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/assess.js';
import { assess } from '../../src/commands/assess.js';
import { init } from '../../src/commands/init.js';
import { score } from '../../src/commands/score.js';
import type { Prompter } from '../../src/prompts/index.js';
import { tempDir } from '../helpers/cli.js';
import { conversation, ENTER, type Step } from '../helpers/prompter.js';
import { runInProcess, testRuntime } from '../helpers/runtime.js';

async function workspace(): Promise<string> {
  const dir = tempDir();
  await init({ cwd: dir, village: 'Sumber Makmur', language: 'en', lang: 'en' });
  return dir;
}

/** Runs the shell as on a terminal, with a scripted prompter. */
async function assessOn(dir: string, prompter: Prompter, flags: Record<string, unknown> = {}) {
  const c = testRuntime({ cwd: dir, lang: 'en' });
  Object.assign(c.rt, { interactive: true });
  const code = await run(c.rt, [], flags, prompter);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

const json = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

const SESSION: [string, Step][] = [
  ['Facilitator', 'Sari'],
  ['Date of the session', ENTER],
  ['Place', 'Balai desa'],
  ['Members of the Local TREE Committee', 'Pak Budi, Bu Ani'],
  ['How many women', '12'],
  ['How many men', '9'],
  ['How many young people', '5'],
  ['How many persons with disabilities', '2'],
];
const COMMUNITY: [string, Step][] = [
  ['Village', ENTER],
  ['District', 'Gunungkidul'],
  ['Province', ENTER],
  ['Population', '-5'],
  ['Population', '3184'],
  ['Households', ENTER],
  ['Main livelihoods', ['rainfed_farming', 'livestock']],
  ['Other livelihoods', ENTER],
  ['Natural resources', 'singkong, kelapa'],
  ['Roads', 'gravel'],
  ['Electricity', 'grid_24h'],
  ['Water', 'dry_season_short'],
  ['Phone signal', 'weak'],
  ['Nearest main market', 'Pasar Argosari'],
  ['Distance to that market', '12,5'],
  ['Travel time', '40'],
  ['Institutions', ['bumdes', 'women_group']],
  ["Women's economic roles", 'Food processing at home'],
];
const IDENTIFICATION: [string, Step][] = [
  ['Candidate activities from the catalogue', ['keripik_singkong', 'gula_semut']],
  ['Other candidate activities', 'Kerupuk ikan'],
];
const SCREENING: [string, Step][] = [
  ['Where do the ratings come from', 'here'],
  ['Ratings 1/3: Cassava chips', '555444333'],
  ['Ratings 2/3', '12'],
  ['Ratings 2/3', '343434343'],
  ['Ratings 3/3: Kerupuk ikan', '2222-2222'],
  ['Are these ratings right', 'yes'],
  ['Weights of the criteria', 'equal'],
];
const TARGETS: [string, Step][] = [
  ['Share of women', ENTER],
  ['Youth: youngest', ENTER],
  ['Youth: oldest', '12'],
  ['Youth: oldest', '29'],
  ['Share of young people', '25'],
  ['Share of persons with disabilities', ENTER],
];
const ALL = [...SESSION, ...COMMUNITY, ...IDENTIFICATION, ...SCREENING, ...TARGETS];

describe('tree assess, section by section through the prompt engine', () => {
  it('walks every section, re-asks refused answers, and leaves a workspace tree score agrees with', async () => {
    const dir = await workspace();
    const prompter = conversation(ALL);
    const r = await assessOn(dir, prompter);
    expect(r.code).toBe(0);
    expect(prompter.remaining()).toBe(0);
    // Refused answers were asked again with the reason.
    const errors = prompter.asked.map((a) => a.error).filter(Boolean);
    expect(errors).toEqual([
      'must be at least 0',
      'needs 9 ratings, one per criterion (got 2)',
      'must be at least the youngest age (15)',
    ]);

    const a = json(dir, 'assessment.json');
    expect(a.session).toMatchObject({ facilitator: 'Sari', place: 'Balai desa', committee: ['Pak Budi', 'Bu Ani'] });
    expect(a.session.participants).toEqual({ women: 12, men: 9, youth: 5, disability: 2 });
    expect(a.community).toMatchObject({
      village: 'Sumber Makmur',
      district: 'Gunungkidul',
      population: 3184,
      mainLivelihoods: ['Rain-fed farming', 'Livestock'],
      naturalResources: ['singkong', 'kelapa'],
      distanceToMarketKm: 12.5,
      travelTimeToMarketMin: 40,
      nearestMarket: 'Pasar Argosari',
    });
    expect(a.community.infrastructure.water).toBe('Short in the dry season');
    expect(a.community.institutions.map((i: { type: string }) => i.type)).toEqual(['bumdes', 'women_group']);
    expect(a.community.households).toBeUndefined();
    expect(a.opportunities.map((o: { id: string }) => o.id)).toEqual([
      'keripik_singkong',
      'gula_semut',
      'kerupuk_ikan',
    ]);
    expect(a.targetGroups).toMatchObject({
      inclusionTargets: { women: 0.5, youth: 0.25 },
      youthAge: { min: 15, max: 29 },
    });
    expect(a.survey.files).toEqual(['data/assess-ratings.csv']);

    const csv = readFileSync(path.join(dir, 'data', 'assess-ratings.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(csv).toEqual([
      'respondent,activity,market_demand,raw_materials,skills_base,capital_required,profitability,jobs_created,inclusion,environment,risk',
      'panel,keripik_singkong,5,5,5,4,4,4,3,3,3',
      'panel,gula_semut,3,4,3,4,3,4,3,4,3',
      'panel,kerupuk_ikan,2,2,2,2,,2,2,2,2',
    ]);
    // The ranking shown is tree score's on the written file; the shortlist is saved.
    const ranked = await score({ cwd: dir, files: ['data/assess-ratings.csv'], minN: 1 });
    const order = ranked.activities.map((x) => x.activity);
    expect(a.shortlist.activities).toEqual(order.filter((_, i) => ranked.activities[i]?.shortlist));
    const shown = ranked.activities.map((x) => x.name);
    const positions = shown.map((n) => r.stdout.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(r.stdout).toContain('tree score --min-n 1');
  });

  it('goes back with "<" or "← Back", offering the earlier answer', async () => {
    const dir = await workspace();
    const prompter = conversation(
      [
        ['Facilitator', 'Sari'],
        ['Date of the session', '<'],
        ['Facilitator', ENTER],
        ['Date of the session', '2026-11-27'],
        ['Place', ENTER],
        ['Members', ENTER],
        ['How many women', '3'],
        ['How many men', '<'],
        ['How many women', '4'],
      ],
      { ctrlC: true },
    );
    await expect(assessOn(dir, prompter)).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(prompter.asked[2]?.default).toBe('Sari');
    expect(prompter.asked[8]?.default).toBe('3');
    expect(json(dir, 'assess-answers.json').session).toMatchObject({ date: '2026-11-27', participants: { women: 4 } });
  });

  it('saves every answer at once: after Ctrl-C the typed answer is saved, the resume command shown, and --resume goes on from there', async () => {
    const dir = await workspace();
    const upToSecondLine = ALL.slice(0, ALL.findIndex(([m]) => m === 'Ratings 2/3') + 0);
    const first = conversation(upToSecondLine, { ctrlC: true });
    const c = testRuntime({ cwd: dir, lang: 'en' });
    Object.assign(c.rt, { interactive: true });
    await expect(run(c.rt, [], {}, first)).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(c.stderr()).toContain('tree assess --resume');
    expect(json(dir, 'assess-answers.json').screening.ratings).toEqual({ keripik_singkong: '555444333' });
    // The ratings typed so far are already in the CSV tree score reads.
    expect(readFileSync(path.join(dir, 'data', 'assess-ratings.csv'), 'utf8')).toContain('panel,keripik_singkong');

    const rest = ALL.slice(ALL.findIndex(([m]) => m === 'Ratings 2/3') + 1);
    const second = conversation(rest);
    const r = await assessOn(dir, second, { resume: true });
    expect(r.code).toBe(0);
    expect(second.remaining()).toBe(0);
    expect(r.stderr).toContain('Continuing the session saved in assess-answers.json');
    expect(json(dir, 'assessment.json').session.facilitator).toBe('Sari');
  });

  it('goes back from the first question of a resumed session to the answer saved before it', async () => {
    const dir = await workspace();
    await expect(assessOn(dir, conversation(SESSION.slice(0, 2), { ctrlC: true }))).rejects.toThrow();
    const prompter = conversation(
      [
        ['Place', '<'],
        ['Date of the session', '2026-01-02'],
      ],
      { ctrlC: true },
    );
    await expect(assessOn(dir, prompter)).rejects.toThrow();
    expect(json(dir, 'assess-answers.json').session.date).toBe('2026-01-02');
  });

  it('--section asks one part again, with the saved answers as defaults, and leaves the rest', async () => {
    const dir = await workspace();
    await assessOn(dir, conversation(ALL));
    const prompter = conversation([['Share of women', '60'], ...TARGETS.slice(1, 2), ...TARGETS.slice(3)]);
    const r = await assessOn(dir, prompter, { section: 'targets' });
    expect(r.code).toBe(0);
    expect(prompter.asked[0]?.default).toBe('50');
    expect(prompter.asked[3]?.default).toBe('25');
    const a = json(dir, 'assessment.json');
    expect(a.targetGroups.inclusionTargets.women).toBe(0.6);
    expect(a.session.facilitator).toBe('Sari');
  });

  it('--restart starts again, still offering what the workspace holds', async () => {
    const dir = await workspace();
    await expect(assessOn(dir, conversation(SESSION.slice(0, 1), { ctrlC: true }))).rejects.toThrow();
    const prompter = conversation([['Facilitator', 'Dewi']], { ctrlC: true });
    await expect(assessOn(dir, prompter, { restart: true })).rejects.toThrow();
    expect(json(dir, 'assess-answers.json').session.facilitator).toBe('Dewi');
  });
});

describe('tree assess without a terminal', () => {
  it('stops at once with exit 2, naming --answers and --yes', async () => {
    const dir = await workspace();
    const r = await runInProcess(['assess'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--answers/);
    expect(r.stderr).toMatch(/--yes/);
  });

  it('finishes a half-done session from an answers file, and lists what is still missing without --yes', async () => {
    const dir = await workspace();
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ session: { facilitator: 'Sari' } }));
    const partial = await runInProcess(['assess', '--answers', 'a.json'], dir);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/session\.place/);
    const full = await runInProcess(['assess', '--answers', 'a.json', '--yes', '--json'], dir);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout).answers.session.facilitator).toBe('Sari');
  });

  it('lists every problem of an answers file with its JSON pointer and line (exit 3), and writes nothing', async () => {
    const dir = await workspace();
    const before = readFileSync(path.join(dir, 'assessment.json'), 'utf8');
    writeFileSync(
      path.join(dir, 'a.json'),
      JSON.stringify(
        {
          community: { population: 'many', institutions: ['bank', 'mosque'] },
          identification: { suggested: ['keripik_singkong'] },
          screening: { ratings: { keripik_singkong: '99', nothing: '1' } },
        },
        null,
        2,
      ),
    );
    const r = await runInProcess(['assess', '--answers', 'a.json', '--yes'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/a\.json:\d+:\d+.*\/community\/population/);
    expect(r.stderr).toMatch(/\/community\/institutions\/1/);
    expect(readFileSync(path.join(dir, 'assessment.json'), 'utf8')).toBe(before);
  });

  it('checks what a schema cannot: rating lines and unknown candidates', async () => {
    const dir = await workspace();
    writeFileSync(
      path.join(dir, 'a.json'),
      JSON.stringify({
        identification: { suggested: ['keripik_singkong'] },
        screening: { ratings: { keripik_singkong: '99', nothing: '1' } },
      }),
    );
    const r = await runInProcess(['assess', '--answers', 'a.json', '--yes'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/\/screening\/ratings\/keripik_singkong.*needs 9 ratings/);
    expect(r.stderr).toMatch(/\/screening\/ratings\/nothing.*no candidate/);
  });

  it('the typed function gives scripts the same result as the CLI', async () => {
    const dir = await workspace();
    const answers = {
      session: { facilitator: 'Sari' },
      identification: { suggested: ['keripik_singkong', 'gula_semut'] },
      screening: { source: 'here' as const, ratings: { keripik_singkong: '555555555', gula_semut: '111111111' } },
    };
    const result = await assess({ cwd: dir, answers });
    expect(result.ranking?.activities.map((a) => a.activity)).toEqual(['keripik_singkong', 'gula_semut']);
    expect(result.shortlist?.activities).toEqual(['keripik_singkong', 'gula_semut']);
    expect(json(dir, 'assessment.json').shortlist.feasibility).toEqual(['keripik_singkong', 'gula_semut']);
  });
});
