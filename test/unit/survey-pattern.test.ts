/**
 * Wide-survey column patterns (src/io/survey/pattern.ts): `{activity}` alone, `*` for any
 * text, headers with line breaks and no-break spaces, activity names holding `/`, and
 * hostile headers matched in linear time (no regular expression to backtrack).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Assessment } from '../../src/core/assessment.js';
import { foldName, matchActivity, parsePattern, prepareHeader } from '../../src/io/survey/pattern.js';
import { readSurvey, surveyLayout } from '../../src/io/survey/read.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

const NBSP = '\u00a0';
const match = (pattern: string, header: string, criterion = '') =>
  matchActivity(parsePattern(pattern), prepareHeader(header), criterion === '' ? '' : foldName(criterion));

const criteria = [
  { id: 'market_demand', label: { en: 'Market demand', id: 'Permintaan pasar' }, weight: 1, direction: 'benefit' },
  { id: 'risk', label: { en: 'Business risk', id: 'Risiko usaha' }, weight: 1, direction: 'cost' },
] as const;

describe('wide patterns', () => {
  it('matches `*already know.{activity}` across a line break and a no-break space', () => {
    const header = `Food processing: how much do you need training in\nSkip what you${NBSP}already know.Packaging and labelling`;
    expect(match('*already know.{activity}', header)).toBe('Packaging and labelling');
    expect(match('*already know.{activity}', `x\r\n  already   know.Book-keeping${NBSP}for small  business `)).toBe(
      'Book-keeping for small business',
    );
    expect(match('*already know.{activity}', 'Comments')).toBeUndefined();
  });

  it('keeps `/`, `.`, `-` and spaces in activity names', () => {
    expect(match('*already know.{activity}', 'Skip what you already know.Using GitHub actions and CI/CD')).toBe(
      'Using GitHub actions and CI/CD',
    );
    expect(match('{activity}/{criterion}', 'Using GitHub actions and CI/CD/market_demand', 'market_demand')).toBe(
      'Using GitHub actions and CI/CD',
    );
    expect(match('{activity}', 'Food safety & hygiene v.2')).toBe('Food safety & hygiene v.2');
    expect(match('{activity} - {criterion}', 'Batik-tulis - Market demand', 'market_demand')).toBe('Batik-tulis');
  });

  it('needs the whole header to match, and a non-empty activity', () => {
    expect(match('{activity}/{criterion}', 'keripik/market_demand_extra', 'market_demand')).toBeUndefined();
    expect(match('{activity}/{criterion}', '/market_demand', 'market_demand')).toBeUndefined();
    expect(match('Q-{activity}', 'Q-')).toBeUndefined();
    expect(match('rating_{activity}_{criterion}', 'grp/rating_keripik_risk', 'risk')).toBe('keripik');
  });

  it('stays linear on hostile headers (a few megabytes of near-matches)', () => {
    const near = 'already know'.repeat(300_000);
    expect(match('*already know.{activity}', near)).toBeUndefined();
    expect(match('*already know.{activity}', `${near}.x`)).toBe('x');
    const slashes = 'a/'.repeat(1_000_000);
    expect(match('{activity}/{criterion}', `${slashes}market_demand`, 'market_demand')).toBe(slashes.slice(0, -1));
    expect(match('*a*a*a*a*b', 'a'.repeat(2_000_000))).toBeUndefined();
  }, 60_000);
});

/** The wide layout of a header under a workspace. */
function layout(header: string[], survey: Assessment['survey'], crit: readonly object[] = criteria) {
  const { rt } = testRuntime({ cwd: tempDir() });
  const config = resolveConfig({ version: 1, criteria: crit as Assessment['criteria'], survey }, {});
  return surveyLayout(rt, header, config, 'in.csv');
}

describe('wide layouts', () => {
  it('reads `{activity}` only as the workspace single criterion', () => {
    const found = layout(
      ['respondent', 'Keripik', 'Tiwul/instan'],
      { format: 'wide', wide: { pattern: '{activity}' } },
      [criteria[0]],
    );
    expect(found.problems).toEqual([]);
    expect(found.layout?.wide).toEqual([
      { activity: 'Keripik', criteria: [1] },
      { activity: 'Tiwul/instan', criteria: [2] },
    ]);
  });

  it('rates survey.wide.criterion, and asks for it when there are several criteria', () => {
    const wide = { format: 'wide' as const, wide: { pattern: 'Q.{activity}', criterion: 'risk' } };
    expect(layout(['Q.Keripik'], wide).layout?.wide).toEqual([{ activity: 'Keripik', criteria: [-1, 0] }]);
    const unnamed = layout(['Q.Keripik'], { format: 'wide', wide: { pattern: 'Q.{activity}' } });
    expect(unnamed.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/has no criterion part.*2 \(market_demand, risk\).*survey\.wide\.criterion/),
    ]);
  });

  it('drops Kobo group names in front, but not the part of a name before its `/`', () => {
    const found = layout(
      ['grp_rating/keripik/market_demand', 'grp_rating/keripik/risk', 'Using GitHub actions and CI/CD/risk'],
      { format: 'wide' },
    );
    expect(found.layout?.wide).toEqual([
      { activity: 'keripik', criteria: [0, 1] },
      { activity: 'Using GitHub actions and CI/CD', criteria: [-1, 2] },
    ]);
  });

  it('drops a group path with spaces that every column shares (Kobo labels)', () => {
    const found = layout(
      ['Penilaian kegiatan/Keripik singkong/Permintaan pasar', 'Penilaian kegiatan/Tiwul/Risiko usaha'],
      { format: 'wide' },
    );
    expect(found.layout?.wide.map((w) => w.activity)).toEqual(['Keripik singkong', 'Tiwul']);
  });
});

describe('columns that look like ratings but match nothing', () => {
  async function read(text: string, survey: Assessment['survey']) {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), text);
    const { rt } = testRuntime({ cwd: dir });
    const config = resolveConfig({ version: 1, criteria: [...criteria], survey }, {});
    return readSurvey(rt, 'in.csv', config);
  }

  it('warns, naming the column, instead of dropping it (wide)', async () => {
    const result = await read(
      'respondent,keripik/market_demand,keripik/risk,tiwul-risk,yes_no,age\nr1,4,2,3,1,35\nr2,5,1,4,0,41\n',
      {
        format: 'wide',
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: 1,
        column: 4,
        message: expect.stringMatching(/column "tiwul-risk" holds ratings \(2 of 2/),
      }),
    ]);
  });

  it('warns in the long format too, for a column that is no criterion', async () => {
    const result = await read('activity,market_demand,quality,comment\nkeripik,4,3,good\ntiwul,5,2,\n', {});
    expect(result.warnings.filter((w) => w.column !== undefined).map((w) => [w.column, w.message])).toEqual([
      [3, expect.stringMatching(/column "quality" holds ratings .*not a criterion of this workspace/)],
    ]);
  });
});

describe('group names in front, on a hostile header', () => {
  it('drops a megabyte of group names in linear time', () => {
    const found = layout([`${'g/'.repeat(500_000)}keripik/risk`, 'keripik/market_demand'], { format: 'wide' });
    expect(found.layout?.wide).toEqual([{ activity: 'keripik', criteria: [1, 0] }]);
  }, 60_000);
});

describe('mapped columns whose header spans lines', () => {
  it('finds a mapped column written as the user reads it', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'in.csv'),
      `"Which\nactivity?","How much${NBSP}market\r\ndemand?",risk\nkeripik,4,2\n`,
    );
    const { rt } = testRuntime({ cwd: dir });
    const config = resolveConfig(
      {
        version: 1,
        criteria: [...criteria],
        survey: { columns: { activity: 'which activity?', criteria: { market_demand: 'How much  market demand?' } } },
      },
      {},
    );
    const result = await readSurvey(rt, 'in.csv', config);
    expect(result.problems).toEqual([]);
    expect(result.layout?.activity).toBe('Which\nactivity?');
    expect(result.ratings).toBe(1);
  });
});
