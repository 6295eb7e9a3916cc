import path from 'node:path';
import type { Config } from '../../config.js';
import { parseRating, type Scale } from '../../core/rating.js';
import type { Problem } from '../../errors.js';
import type { Runtime } from '../../runtime.js';
import { readInput, STDIO } from '../files.js';
import { decode, detectEncoding, looksBinary, type Detected } from '../csv/decode.js';
import { sniffDelimiter } from '../csv/dialect.js';
import { CsvSyntaxError, isBlank, readRecords } from '../csv/records.js';
import { matchField, surveySpecs, type FieldMatch, type FieldSpec } from './columns.js';

/** Past this many problems in one file, the rest are only counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

export interface RatingRow {
  file: string;
  line: number;
  activity: string;
  respondent?: string;
  /** One value per criterion of the config, undefined where missing (or skipped). */
  values: (number | undefined)[];
  segments: string[];
}

export interface SurveyReadOptions {
  skipInvalid?: boolean;
  delimiter?: string;
  detected?: Detected;
  onRow?: (row: RatingRow) => void;
}

export interface SurveyReadResult {
  file: string;
  encoding: string;
  delimiter: string;
  columns: number;
  /** Data rows read (blank lines and the HXL tag row not counted). */
  rows: number;
  /** Rows that carried at least one rating. */
  ratingRows: number;
  /** Cells skipped with --skip-invalid. */
  skippedCells: number;
  problems: Problem[];
  /** Problems beyond MAX_PROBLEMS_PER_FILE, counted but not kept. */
  moreProblems: number;
}

interface Layout {
  activity: number;
  respondent?: number;
  criteria: number[];
  segments: number[];
}

/** Resolves every field of the survey to a column, or returns the problems with the header's line. */
function layoutOf(rt: Runtime, header: string[], config: Config, file: string): { layout?: Layout; problems: Problem[] } {
  const specs = surveySpecs(config.criteria, config.survey.columns);
  const problems: Problem[] = [];
  const at = (message: string): Problem => ({ file, line: 1, message });
  const resolve = (spec: FieldSpec, m: FieldMatch, required: boolean): number | undefined => {
    if (m.kind === 'found') return m.index;
    if (m.kind === 'mappedMissing') problems.push(at(rt.t('survey.mappedMissing', { column: m.column, what: spec.what })));
    else if (m.kind === 'ambiguous') {
      const columns = m.indexes.map((i) => `"${header[i]}" (${i + 1})`).join(', ');
      problems.push({ file, line: 1, column: m.indexes[1]! + 1, message: rt.t('survey.ambiguous', { what: spec.what, columns }) });
    } else if (required) {
      problems.push(at(rt.t('survey.noActivity', { candidates: spec.names.slice(0, 3).map((n) => `"${n}"`).join(', ') })));
    }
    return undefined;
  };
  const activity = resolve(specs.activity, matchField(header, specs.activity), true);
  const respondent = resolve(specs.respondent, matchField(header, specs.respondent), false);
  const before = problems.length;
  const criteria = specs.criteria.map((c) => resolve(c.spec, matchField(header, c.spec), false) ?? -1);
  if (criteria.every((i) => i < 0) && problems.length === before) {
    problems.push(at(rt.t('survey.noCriteria', { examples: config.criteria.slice(0, 3).map((c) => c.id).join(', ') })));
  }
  const segments = specs.segments.map((s) => resolve(s.spec, matchField(header, s.spec), false) ?? -1);
  if (problems.length > 0 || activity === undefined) return { problems };
  return { layout: { activity, criteria, segments, ...(respondent === undefined ? {} : { respondent }) }, problems };
}

/**
 * Reads a rating survey (long format): detects encoding and delimiter, matches columns,
 * and checks every rating cell, handing each good row to `onRow`. All problems of the
 * file are collected (up to a limit) instead of stopping at the first.
 */
export async function readSurvey(rt: Runtime, file: string, config: Config, options: SurveyReadOptions = {}): Promise<SurveyReadResult> {
  const shown = file === STDIO ? '<stdin>' : path.normalize(file);
  const bytes = await readInput(rt, file);
  const result: SurveyReadResult = {
    file: shown, encoding: '', delimiter: '', columns: 0, rows: 0, ratingRows: 0, skippedCells: 0, problems: [], moreProblems: 0,
  };
  const add = (p: Problem) => {
    if (result.problems.length < MAX_PROBLEMS_PER_FILE) result.problems.push(p);
    else result.moreProblems++;
  };
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    add({ file: shown, message: rt.t('csv.empty') });
    return result;
  }
  const detected = options.detected ?? detectEncoding(bytes);
  if (detected.encoding !== 'utf16le' && detected.encoding !== 'utf16be' && looksBinary(bytes)) {
    add({ file: shown, message: rt.t('csv.binary') });
    return result;
  }
  const text = await decode(bytes, detected);
  result.encoding = detected.encoding;
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  result.delimiter = delimiter;

  const scale: Scale = config.scale;
  const missing = new Set(config.missing);
  let header: string[] | undefined;
  let layout: Layout | undefined;
  try {
    for await (const { fields, line } of readRecords(text, delimiter)) {
      if (header === undefined) {
        header = fields.map((f) => f.trim());
        result.columns = header.length;
        const found = layoutOf(rt, header, config, shown);
        found.problems.forEach(add);
        layout = found.layout;
        if (!layout) return result;
        continue;
      }
      if (isBlank(fields)) continue;
      // Kobo writes HXL hashtags as a second header row when the form defines them.
      if (result.rows === 0 && fields.every((f) => f === '' || f.startsWith('#'))) continue;
      result.rows++;
      if (fields.length !== header.length) {
        add({ file: shown, line, column: Math.min(fields.length, header.length) + 1, message: rt.t('csv.ragged', { actual: fields.length, expected: header.length }) });
        continue;
      }
      const lay = layout as Layout;
      const values: (number | undefined)[] = [];
      let rated = 0;
      lay.criteria.forEach((index, c) => {
        if (index < 0) {
          values.push(undefined);
          return;
        }
        const cell = parseRating(fields[index] ?? '', scale, missing);
        if (cell.kind === 'value') {
          values.push(cell.value);
          rated++;
          return;
        }
        values.push(undefined);
        if (cell.kind === 'missing') return;
        if (options.skipInvalid) {
          result.skippedCells++;
          return;
        }
        const criterion = config.criteria[c]?.id ?? '';
        const key = cell.kind === 'outOfScale' ? 'survey.outOfScale' : 'survey.notNumber';
        add({ file: shown, line, column: index + 1, message: rt.t(key, { value: (fields[index] ?? '').trim(), criterion, min: scale.min, max: scale.max }) });
      });
      if (rated > 0) result.ratingRows++;
      const activity = (fields[lay.activity] ?? '').trim();
      if (options.onRow && rated > 0 && activity !== '') {
        const row: RatingRow = { file: shown, line, activity, values, segments: lay.segments.map((i) => (i < 0 ? '' : (fields[i] ?? '').trim())) };
        if (lay.respondent !== undefined) row.respondent = (fields[lay.respondent] ?? '').trim();
        options.onRow(row);
      }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const key = error.kind === 'unclosedQuote' ? 'csv.unclosedQuote' : error.kind === 'invalidQuote' ? 'csv.invalidQuote' : 'csv.parse';
    add({ file: shown, line: error.line, message: rt.t(key, { reason: error.reason }) });
    return result;
  }
  if (header !== undefined && layout !== undefined && result.ratingRows === 0 && result.problems.length === 0) {
    add({ file: shown, line: 2, message: rt.t('csv.headerOnly') });
  }
  return result;
}
