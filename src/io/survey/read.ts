import type { Config } from '../../config.js';
import { parseRating } from '../../core/rating.js';
import type { Problem } from '../../errors.js';
import type { Runtime } from '../../runtime.js';
import { scanCsv, type CsvReadOptions, type CsvScan } from '../csv/scan.js';
import { matchField, surveySpecs, type FieldMatch, type FieldSpec } from './columns.js';

export interface RatingRow {
  file: string;
  line: number;
  activity: string;
  respondent?: string;
  /** One value per criterion of the config, undefined where missing (or skipped). */
  values: (number | undefined)[];
  segments: string[];
}

export interface SurveyReadOptions extends CsvReadOptions {
  skipInvalid?: boolean;
  onRow?: (row: RatingRow) => void;
}

export interface SurveyReadResult extends CsvScan {
  /** Rows that carried at least one rating. */
  ratingRows: number;
  /** Cells skipped with --skip-invalid. */
  skippedCells: number;
}

interface Layout {
  activity: number;
  respondent?: number;
  criteria: number[];
  segments: number[];
}

/** Resolves every field of the survey to a column; reports what is missing or ambiguous. */
export function surveyLayout(
  rt: Runtime,
  header: readonly string[],
  config: Config,
  file: string,
): { layout?: Layout; problems: Problem[]; warnings: Problem[] } {
  const specs = surveySpecs(config.criteria, config.survey.columns);
  const problems: Problem[] = [];
  const absentOptional: string[] = [];
  const at = (message: string, column?: number): Problem => ({ file, line: 1, ...(column ? { column } : {}), message });
  const resolve = (spec: FieldSpec, m: FieldMatch, required: boolean): number | undefined => {
    if (m.kind === 'found') return m.index;
    if (m.kind === 'mappedMissing') {
      // A mapped optional column (respondent, segment) that is absent only limits breakdowns.
      if (required) problems.push(at(rt.t('survey.mappedMissing', { column: m.column, what: spec.what })));
      else absentOptional.push(`"${m.column}" (${spec.what})`);
    } else if (m.kind === 'ambiguous') {
      const columns = m.indexes.map((i) => `"${header[i]}" (${i + 1})`).join(', ');
      problems.push(at(rt.t('survey.ambiguous', { what: spec.what, columns }), (m.indexes[1] ?? 0) + 1));
    } else if (required) {
      problems.push(at(rt.t('survey.noActivity', { candidates: spec.names.slice(0, 3).map((n) => `"${n}"`).join(', ') })));
    }
    return undefined;
  };
  const activity = resolve(specs.activity, matchField(header, specs.activity), true);
  const respondent = resolve(specs.respondent, matchField(header, specs.respondent), false);
  const before = problems.length;
  const criteria = specs.criteria.map((c) => resolve(c.spec, matchField(header, c.spec), c.spec.mapped !== undefined) ?? -1);
  if (criteria.every((i) => i < 0) && problems.length === before) {
    problems.push(at(rt.t('survey.noCriteria', { examples: config.criteria.slice(0, 3).map((c) => c.id).join(', ') })));
  }
  const segments = specs.segments.map((s) => resolve(s.spec, matchField(header, s.spec), false) ?? -1);
  const warnings = absentOptional.length > 0 ? [at(rt.t('survey.optionalAbsent', { columns: absentOptional.join(', ') }))] : [];
  if (problems.length > 0 || activity === undefined) return { problems, warnings };
  return { layout: { activity, criteria, segments, ...(respondent === undefined ? {} : { respondent }) }, problems, warnings };
}

/** True when a header looks like a rating survey: it has an activity or a criterion column. */
export function isRatingHeader(header: readonly string[], config: Config): boolean {
  const specs = surveySpecs(config.criteria, config.survey.columns);
  return [specs.activity, ...specs.criteria.map((c) => c.spec)].some((spec) => {
    const kind = matchField(header, spec).kind;
    return kind === 'found' || kind === 'ambiguous';
  });
}

/**
 * Reads a rating survey (long format): matches columns, checks every rating cell and
 * hands each row with a rating to `onRow`. Problems are collected, not thrown.
 */
export async function readSurvey(rt: Runtime, file: string, config: Config, options: SurveyReadOptions = {}): Promise<SurveyReadResult> {
  const { scale } = config;
  const missing = new Set(config.missing);
  let layout: Layout | undefined;
  let ratingRows = 0;
  let skippedCells = 0;
  let shown = file;
  const scan = await scanCsv(
    rt,
    file,
    {
      onHeader(header, s, report) {
        shown = s.file;
        const found = surveyLayout(rt, header, config, s.file);
        found.problems.forEach(report);
        s.warnings.push(...found.warnings);
        layout = found.layout;
        return layout !== undefined;
      },
      onRow(fields, line, report) {
        const lay = layout as Layout;
        const values: (number | undefined)[] = new Array(lay.criteria.length);
        let rated = 0;
        for (let c = 0; c < lay.criteria.length; c++) {
          const index = lay.criteria[c] as number;
          if (index < 0) continue;
          const raw = fields[index] as string;
          const cell = parseRating(raw, scale, missing);
          if (cell.kind === 'value') {
            values[c] = cell.value;
            rated++;
          } else if (cell.kind !== 'missing') {
            if (options.skipInvalid) skippedCells++;
            else {
              const key = cell.kind === 'outOfScale' ? 'survey.outOfScale' : 'survey.notNumber';
              const criterion = config.criteria[c]?.id ?? '';
              report({ file: shown, line, column: index + 1, message: rt.t(key, { value: raw.trim(), criterion, min: scale.min, max: scale.max }) });
            }
          }
        }
        if (rated === 0) return;
        ratingRows++;
        const activity = (fields[lay.activity] as string).trim();
        if (options.onRow && activity !== '') {
          const row: RatingRow = { file: shown, line, activity, values, segments: lay.segments.map((i) => (i < 0 ? '' : (fields[i] as string).trim())) };
          if (lay.respondent !== undefined) row.respondent = (fields[lay.respondent] as string).trim();
          options.onRow(row);
        }
      },
    },
    options,
  );
  if (layout !== undefined && ratingRows === 0 && scan.problems.length === 0) {
    scan.problems.push({ file: scan.file, line: 2, message: rt.t('csv.headerOnly') });
  }
  return { ...scan, ratingRows, skippedCells };
}
