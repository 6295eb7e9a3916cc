import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import {
  type AskOptions,
  askAll,
  createTerminalPrompter,
  defineQuestions,
  type Prompter,
  type Question,
} from '../../src/prompts/index.js';
import { initQuestions } from '../../src/prompts/questions/init.js';
import { ENTER, scripted, silent } from '../helpers/prompter.js';

const t = (en: string) => ({ en, id: `${en} (id)` });

/** A small assessment-like table: conditions, numbers, choices, a list. */
const table: readonly Question[] = defineQuestions([
  {
    id: 'community.village',
    kind: 'text',
    flag: '--village',
    required: true,
    message: t('Village'),
    hint: t('The desa.'),
  },
  { id: 'community.households', kind: 'integer', flag: '--households', min: 1, max: 5000, message: t('Households') },
  {
    id: 'community.hasMarket',
    kind: 'confirm',
    flag: '--market',
    message: t('Market in the village?'),
    default: false,
  },
  {
    id: 'community.marketKm',
    kind: 'number',
    flag: '--market-km',
    message: t('Distance to market (km)'),
    when: (a) => (a['community'] as Record<string, unknown> | undefined)?.['hasMarket'] === false,
  },
  { id: 'livelihoods', kind: 'list', flag: '--livelihoods', message: t('Livelihoods') },
  {
    id: 'survey.tool',
    kind: 'select',
    flag: '--tool',
    other: true,
    message: t('Survey tool'),
    choices: [
      { value: 'kobo', label: t('KoboToolbox') },
      { value: 'odk', label: t('ODK Central') },
    ],
    default: 'kobo',
  },
]);

const base = (prompter: Prompter, extra: Partial<AskOptions> = {}): AskOptions => ({
  lang: 'en',
  interactive: true,
  prompter,
  ...extra,
});
/** Answers as plain JSON, so toEqual compares values and not prototypes. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('prompt engine: asking', () => {
  it('asks in order, skips questions whose condition fails, and nests answers by id', async () => {
    const p = scripted(['Sumber Rejo', '120', 'Yes', 'cassava, batik,, goats', 'odk']);
    const answers = await askAll(table, base(p));
    expect(p.asked.map((a) => a.message)).toEqual([
      'Village',
      'Households',
      'Market in the village?',
      'Livelihoods',
      'Survey tool',
    ]);
    expect(plain(answers)).toEqual({
      community: { village: 'Sumber Rejo', households: 120, hasMarket: true },
      livelihoods: ['cassava', 'batik', 'goats'],
      survey: { tool: 'odk' },
    });
    expect(Object.getPrototypeOf(answers)).toBe(null);
  });

  it('asks a conditional question when its condition holds, with decimal commas', async () => {
    const p = scripted(['X', '10', 'No', '3,5', '', ENTER]);
    const answers = plain(await askAll(table, base(p)));
    expect(answers.community.marketKm).toBe(3.5);
    expect(answers.livelihoods).toEqual([]);
    expect(answers.survey.tool).toBe('kobo');
  });

  it('offers defaults, including ones computed from earlier answers', async () => {
    const qs = defineQuestions([
      { id: 'district', kind: 'text', message: t('District') },
      {
        id: 'province',
        kind: 'text',
        message: t('Province'),
        default: (a) => (a['district'] === 'Gunungkidul' ? 'DI Yogyakarta' : undefined),
      },
    ]);
    const p = scripted(['Gunungkidul', ENTER]);
    expect(plain(await askAll(qs, base(p)))).toEqual({ district: 'Gunungkidul', province: 'DI Yogyakarta' });
    expect(p.asked[1]?.default).toBe('DI Yogyakarta');
  });

  it('asks again when an answer is refused, saying why, and hands the check to the prompter too', async () => {
    const qs = defineQuestions([
      { id: 'n', kind: 'integer', min: 1, max: 100, message: t('Count') },
      {
        id: 'code',
        kind: 'text',
        message: t('Code'),
        validate: (v) => (String(v).length === 4 ? undefined : { en: 'four letters', id: 'empat huruf' }),
      },
    ]);
    const p = scripted(['abc', '500', '2.5', '12', 'abc', 'abcd']);
    expect(plain(await askAll(qs, base(p)))).toEqual({ n: 12, code: 'abcd' });
    expect(p.asked.map((a) => a.error)).toEqual([
      undefined,
      '"abc" is not a number',
      'must be at most 100',
      '"2.5" is not a whole number',
      undefined,
      'four letters',
    ]);
    expect(p.validators[0]?.('0')).toBe('must be at least 1');
    expect(p.validators[0]?.('7')).toBe(true);
  });

  it('refuses an empty answer to a required question', async () => {
    const p = scripted(['  ', 'Sumber Rejo']);
    const answers = await askAll(table.slice(0, 1), base(p));
    expect(p.asked[1]?.error).toBe('must not be empty');
    expect(plain(answers)).toEqual({ community: { village: 'Sumber Rejo' } });
  });

  it('goes back to the previous question with "<" or "← Back", offering the earlier answer', async () => {
    const p = scripted(['Sumber', '<', 'Sumber Rejo', '120', '← Back', ENTER, 'No', '<', ENTER, '2', '', 'kobo']);
    const answers = plain(await askAll(table, base(p)));
    expect(p.asked.map((a) => a.message)).toEqual([
      'Village',
      'Households',
      'Village',
      'Households',
      'Market in the village?',
      'Households',
      'Market in the village?',
      'Distance to market (km)',
      'Market in the village?',
      'Distance to market (km)',
      'Livelihoods',
      'Survey tool',
    ]);
    expect(p.asked[2]?.default).toBe('Sumber');
    expect(p.asked[5]?.default).toBe('120');
    expect(p.asked[8]?.default).toBe('no');
    // The first question has nowhere to go back to, so its hint does not offer it.
    expect(p.asked[0]?.hint).toBe('The desa.');
    expect(p.asked[1]?.hint).toMatch(/Type < to go back/);
    expect(p.asked[4]?.choices).toContain('← Back');
    expect(answers.community).toEqual({ village: 'Sumber Rejo', households: 120, hasMarket: false, marketKm: 2 });
  });

  it('drops an answer whose condition no longer holds after going back', async () => {
    const p = scripted(['X', '10', 'No', '4', '<', '<', 'Yes', '', 'odk']);
    const answers = plain(await askAll(table, base(p)));
    expect(answers.community).toEqual({ village: 'X', households: 10, hasMarket: true });
  });

  it('takes free text through "Other…", and a multiselect through the checkbox', async () => {
    const qs = defineQuestions([
      { id: 'tool', kind: 'select', other: true, message: t('Tool'), choices: [{ value: 'kobo', label: t('Kobo') }] },
      {
        id: 'groups',
        kind: 'multiselect',
        required: true,
        message: t('Groups'),
        choices: [
          { value: 'women', label: t('Women') },
          { value: 'youth', label: t('Youth') },
        ],
      },
    ]);
    const p = scripted(['Other…', 'Excel', [], ['Women', 'Youth']]);
    expect(plain(await askAll(qs, base(p)))).toEqual({ tool: 'Excel', groups: ['women', 'youth'] });
    expect(p.asked.map((a) => a.message)).toEqual(['Tool', 'Tool (other)', 'Groups', 'Groups']);
    expect(p.asked[3]?.error).toBe('must not be empty');
  });

  it('awaits onAnswer after every answer, with the answers so far', async () => {
    const log: string[] = [];
    const p = scripted(['V', '5', 'Yes', 'rice', 'kobo']);
    const wrapped: Prompter = {
      ...p,
      input: async (q) => {
        log.push(`ask ${q.message}`);
        return p.input(q);
      },
      select: async (q) => {
        log.push(`ask ${q.message}`);
        return p.select(q);
      },
    };
    await askAll(
      table,
      base(wrapped, {
        onAnswer: async (id, value, answers) => {
          await new Promise((r) => setTimeout(r, 5));
          log.push(`saved ${id}=${JSON.stringify(value)} ${JSON.stringify(answers)}`);
        },
      }),
    );
    expect(log.slice(0, 4)).toEqual([
      'ask Village',
      'saved community.village="V" {"community":{"village":"V"}}',
      'ask Households',
      'saved community.households=5 {"community":{"village":"V","households":5}}',
    ]);
    expect(log.filter((l) => l.startsWith('saved'))).toHaveLength(5);
  });

  it('lets Ctrl-C through untouched', async () => {
    const cancel = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const p: Prompter = { ...silent, input: () => Promise.reject(cancel) };
    await expect(askAll(table, base(p))).rejects.toBe(cancel);
  });
});

describe('prompt engine: given, saved and no terminal', () => {
  it('resumes: saved answers are not asked again; a saved answer that fails the checks is', async () => {
    const saved = { community: { village: 'Sumber Rejo', households: 'many', hasMarket: true }, livelihoods: [] };
    const p = scripted(['120', 'kobo']);
    const answers = plain(await askAll(table, base(p, { saved })));
    expect(p.asked.map((a) => a.message)).toEqual(['Households', 'Survey tool']);
    expect(answers).toEqual({
      community: { village: 'Sumber Rejo', households: 120, hasMarket: true },
      livelihoods: [],
      survey: { tool: 'kobo' },
    });
  });

  it('coerces flag strings and file values by kind; flags win over the file', async () => {
    const given = {
      flags: {
        'community.village': 'Sumber Rejo',
        'community.households': '12',
        'community.hasMarket': 'tidak',
        'community.marketKm': '7,25',
        'survey.tool': 'ODK',
      },
      file: {
        name: 'answers.json',
        answers: { community: { village: 'Ignored', households: 99 }, livelihoods: ['cassava', ' batik '] },
      },
    };
    const answers = plain(await askAll(table, base(silent, { interactive: false, given })));
    expect(answers).toEqual({
      community: { village: 'Sumber Rejo', households: 12, hasMarket: false, marketKm: 7.25 },
      livelihoods: ['cassava', 'batik'],
      survey: { tool: 'odk' },
    });
  });

  it('refuses bad given answers before asking anything, naming each question and its source', async () => {
    const given = {
      flags: { 'community.households': '12.5', 'community.hasMarket': 'maybe' },
      file: { name: 'answers.json', answers: { livelihoods: 3 } },
    };
    const error = await askAll(table, base(silent, { given })).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, message: '3 given answer(s) cannot be used:' });
    const problems = (error as { problems: { message: string; file?: string; pointer?: string }[] }).problems;
    expect(problems[0]?.message).toBe('--households: "12.5" is not a whole number (question community.households)');
    expect(problems[1]?.message).toMatch(/^--market: "maybe" is not yes or no/);
    expect(problems[2]).toEqual({
      file: 'answers.json',
      pointer: '/livelihoods',
      message: 'must be text separated by commas, or a list of texts (livelihoods)',
    });
    // From a file alone, it is invalid input data (exit 3), not a usage error.
    await expect(
      askAll(table, base(silent, { given: { file: { name: 'a.json', answers: { community: { households: 0 } } } } })),
    ).rejects.toMatchObject({ exitCode: 3 });
  });

  it('without a terminal, lists every unanswered question and its flag, and asks nothing', async () => {
    const given = { flags: { 'community.hasMarket': 'yes' } };
    const error = await askAll(table, base(silent, { interactive: false, given, lang: 'id' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2 });
    // hasMarket and survey.tool are answered (flag, default); marketKm does not apply.
    expect((error as Error).message).toMatch(
      /community\.village, community\.households, livelihoods harus diberikan dengan --village, --households, --livelihoods/,
    );
    expect((error as { problems: { message: string }[] }).problems.map((p) => p.message)).toEqual([
      '--village: Village (id)',
      '--households: Households (id)',
      '--livelihoods: Livelihoods (id)',
    ]);
  });

  it('with yes, asks nothing and takes defaults, leaving the rest unset', async () => {
    const answers = plain(
      await askAll(table, base(silent, { yes: true, given: { flags: { 'community.village': 'V' } } })),
    );
    expect(answers).toEqual({ community: { village: 'V', hasMarket: false }, survey: { tool: 'kobo' } });
  });

  it('never lets __proto__ or constructor keys from files or flags reach anything', async () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "community": {"__proto__": {"village": "Evil"}, "village": "Real"}}',
    );
    const qs = defineQuestions([
      { id: 'community.village', kind: 'text', message: t('Village') },
      { id: 'community.district', kind: 'text', message: t('District'), default: '' },
    ]);
    const answers = await askAll(
      qs,
      base(silent, {
        interactive: false,
        given: { flags: { ['__proto__']: 'x', 'community.district': 'D' }, file: { name: 'a.json', answers: hostile } },
        saved: hostile,
      }),
    );
    expect(plain(answers)).toEqual({ community: { village: 'Real', district: 'D' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(answers['community'])).toBe(null);
    // Ids come from code, and still may not name such keys.
    expect(() => defineQuestions([{ id: 'a.__proto__', kind: 'text', message: t('x') }])).toThrow(
      /not a safe path segment/,
    );
    expect(() => defineQuestions([{ id: 'constructor', kind: 'text', message: t('x') }])).toThrow(
      /not a safe path segment/,
    );
  });
});

describe('terminal prompter (@inquirer/prompts, in memory)', () => {
  /** Waits until the prompt shows `text`: inquirer is imported on the first question. */
  async function until(screen: () => string, text: string): Promise<void> {
    for (let i = 0; i < 200 && !screen().includes(text); i++) await new Promise((r) => setTimeout(r, 10));
    expect(screen()).toContain(text);
  }

  // One prompt per render: inquirer ends its output stream when a prompt is done (a real
  // terminal ignores that; the in-memory one does not), so each test shows one question.
  type Streams = { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream };

  it('shows the question with its hint line, and returns what is typed', async () => {
    const run = (_: unknown, context: Streams) =>
      askAll(initQuestions('id').slice(2, 3), {
        lang: 'id',
        interactive: true,
        prompter: createTerminalPrompter(context),
      });
    const screen = await render(run as never, {} as never);
    await until(screen.getScreen, 'Provinsi');
    expect(screen.getScreen()).toMatch(
      /Provinsi\n\s+Dinas dan program provinsi dapat mendanai dan mendukung pelatihan\./,
    );
    screen.events.type('DI Yogyakarta');
    screen.events.keypress('enter');
    expect(plain(await screen.answer)).toEqual({ community: { province: 'DI Yogyakarta' } });
    // Once answered, the hint goes and the answer stays beside the question.
    expect(screen.getScreen()).toBe('✔ Provinsi DI Yogyakarta');
  });

  it('shows a select with its hint and default, and returns the choice', async () => {
    const run = (_: unknown, context: Streams) =>
      createTerminalPrompter(context).select({
        message: 'Bahasa',
        hint: 'Disimpan di ruang kerja.',
        choices: [
          { value: 'en', name: 'English (en)' },
          { value: 'id', name: 'Bahasa Indonesia (id)' },
          { value: 'back', name: '← Kembali' },
        ],
        default: 'id',
      });
    const screen = await render(run as never, {} as never);
    await until(screen.getScreen, 'Bahasa');
    expect(screen.getScreen()).toMatch(
      /Disimpan di ruang kerja\.\n\s+English \(en\)\n❯ Bahasa Indonesia \(id\)\n\s+← Kembali/,
    );
    screen.events.keypress('down');
    screen.events.keypress('enter');
    expect(await screen.answer).toBe('back');
  });

  it('keeps a refused answer open with the reason on screen', async () => {
    const run = (_: unknown, context: Streams) =>
      askAll(initQuestions('en').slice(0, 1), {
        lang: 'en',
        interactive: true,
        prompter: createTerminalPrompter(context),
      });
    const screen = await render(run as never, {} as never);
    await until(screen.getScreen, 'Village (desa / kelurahan) name');
    screen.events.keypress('enter');
    await until(screen.getScreen, 'must not be empty');
    screen.events.type('Sumber Rejo');
    screen.events.keypress('enter');
    expect(plain(await screen.answer)).toEqual({ community: { village: 'Sumber Rejo' } });
  });
});
