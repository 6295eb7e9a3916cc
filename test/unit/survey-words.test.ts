/**
 * Answers as words: survey.scale.labels (normalised lookup, two spellings of one level,
 * unknown words listed with the known ones), and the schema's checks of the map.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { resolveConfig } from '../../src/config.js';
import { DEFAULT_MISSING } from '../../src/core/criteria.js';
import { answerLabels, MISSING, ratingValue } from '../../src/core/rating.js';
import { translator } from '../../src/i18n/index.js';
import { checkAssessmentText } from '../../src/io/assessment-check.js';
import { readSurvey } from '../../src/io/survey/read.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

const NBSP = '\u00a0';
const LABELS = {
  'Not needed': 1,
  'Slightly needed': 2,
  'Moderately needed': 3,
  'Very needed': 4,
  'Highly needed': 4,
  'Absolutely essential': 5,
};
const missing = new Set(DEFAULT_MISSING);
const labels = answerLabels(LABELS);

describe('answer words (survey.scale.labels)', () => {
  it('reads words trimmed, case- and space-insensitive, two spellings to one level', () => {
    expect(ratingValue('Very needed', missing, true, labels)).toBe(4);
    expect(ratingValue('Highly needed', missing, true, labels)).toBe(4);
    expect(ratingValue(`  very${NBSP}\n NEEDED${NBSP}`, missing, true, labels)).toBe(4);
    expect(ratingValue('Absolutely essential ', missing, true, labels)).toBe(5);
    expect(ratingValue('Not needed', missing, false, labels)).toBe(1);
  });

  it('keeps numbers, missing markers and the built-in words as they were', () => {
    expect(ratingValue('3', missing, true, labels)).toBe(3);
    expect(ratingValue('4 - Tinggi', missing, true, labels)).toBe(4);
    expect(ratingValue(' n/a ', missing, true, labels)).toBe(MISSING);
    expect(ratingValue('sangat tinggi', missing, true, labels)).toBe(5);
    expect(ratingValue('Somewhat needed', missing, true, labels)).toBeNaN();
  });

  async function read(text: string, scaleLabels: Record<string, number> | undefined = LABELS) {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), text);
    const { rt } = testRuntime({ cwd: dir });
    const criteria = [{ id: 'need', label: { en: 'Need', id: 'Kebutuhan' }, weight: 1, direction: 'benefit' as const }];
    const scale = scaleLabels ? { min: 1, max: 5, labels: scaleLabels } : { min: 1, max: 5 };
    return readSurvey(rt, 'in.csv', resolveConfig({ version: 1, criteria, survey: { scale } }, {}));
  }

  it('reports an unknown word at its cell, listing the known answers', async () => {
    const result = await read('activity,need\nkeripik,Very needed\ntiwul,Somewhat needed\n');
    expect(result.problems).toEqual([
      {
        file: 'in.csv',
        line: 3,
        column: 2,
        message: expect.stringMatching(
          /"Somewhat needed" is not an answer on the scale for need: .*"Not needed", "Slightly needed", .*"Absolutely essential"/,
        ),
      },
    ]);
    expect(result.unknownAnswers).toEqual([{ answer: 'somewhat needed', cells: 1 }]);
  });

  it('lets validate list the distinct words with no number, so the map can be written', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'assessment.json'),
      JSON.stringify({ version: 1, criteria: [{ id: 'need', label: { en: 'Need', id: 'Kebutuhan' } }] }),
    );
    writeFileSync(
      path.join(dir, 'in.csv'),
      'activity,need\nkeripik,Very needed\ntiwul,Very needed \nlele,Not needed\nbatik,4\n',
    );
    const report = await validate({ cwd: dir, env: {}, files: ['in.csv'], lang: 'en' });
    const file = report.files[0];
    expect(file?.valid).toBe(false);
    expect(file?.problems).toHaveLength(3);
    expect(file?.survey?.unknownAnswers).toEqual(['very needed', 'not needed']);
    expect(file?.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /answers with no number on the scale 1–5: "very needed" \(2\), "not needed" \(1\)\. .*survey\.scale\.labels/,
      ),
    ]);
  });
});

describe('the schema check of survey.scale.labels and survey.wide.criterion', () => {
  const t = translator('en');
  const check = (survey: object) => checkAssessmentText(JSON.stringify({ version: 1, survey }, null, 2), 'a.json', t);

  it('accepts a label map on the scale', async () => {
    expect((await check({ scale: { min: 1, max: 5, labels: LABELS } })).problems).toEqual([]);
  });

  it('refuses label numbers outside the scale, and labels that are not numbers', async () => {
    const { problems } = await check({ scale: { min: 1, max: 5, labels: { 'Not needed': 0, 'Very/much': 6 } } });
    expect(problems.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/survey/scale/labels/Not needed',
        expect.stringMatching(/"Not needed" is given the number 0, outside the rating scale 1–5/),
      ],
      ['/survey/scale/labels/Very~1much', expect.stringMatching(/"Very\/much" is given the number 6/)],
    ]);
    expect((await check({ scale: { min: 1, max: 5, labels: { x: 'four' } } })).problems).toHaveLength(1);
  });

  it('refuses a survey.wide.criterion that is not a criterion', async () => {
    const { problems } = await check({ format: 'wide', wide: { pattern: '{activity}', criterion: 'nope' } });
    expect(problems.map((p) => p.pointer)).toEqual(['/survey/wide/criterion']);
    expect((await check({ format: 'wide', wide: { pattern: '{activity}', criterion: 'risk' } })).problems).toEqual([]);
  });
});
