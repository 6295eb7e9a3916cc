import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Criterion } from '../../core/assessment.js';
import { isWordScale, MISSING, ratingValue } from '../../core/rating.js';
import { MAX_DISTINCT_ACTIVITIES } from '../../core/score/report.js';
import type { Problem } from '../../errors.js';
import { type CsvReadOptions, type CsvScan, scanCsv } from '../csv/scan.js';
import {
  type FieldMatch,
  type FieldSpec,
  isMetadata,
  matchField,
  selectMultipleOptions,
  surveySpecs,
} from './columns.js';

/**
 * Receives each rating: one activity rated by one respondent. The arrays are reused
 * between calls (a million rows must not mean a million arrays): copy what you keep.
 */
export type RatingSink = (
  activity: string,
  respondent: string | undefined,
  values: Float64Array,
  segments: readonly string[],
) => void;

export interface SurveyReadOptions extends CsvReadOptions {
  /** Skip ratings that are not numbers or outside the scale, and rows without an activity. */
  skipInvalid?: boolean;
  /** Segment fields to read for breakdowns (`--by`); each must be found. */
  segments?: readonly string[];
  onRating?: RatingSink;
  /**
   * Distinct activity values seen so far, against MAX_DISTINCT_ACTIVITIES: give the files
   * of one survey the same set, so that they count together. Default: this file's own.
   */
  activities?: Set<string>;
}

export interface SurveyReadResult extends CsvScan {
  /** Ratings read: rows (long format) or row × activity pairs (wide format) with a rating. */
  ratings: number;
  /** Cells (and rows without an activity) skipped with --skip-invalid. */
  skipped: number;
}

/** Where each field is: column indexes into a row. */
interface Layout {
  respondent: number;
  segments: number[];
  /** Long format: one activity column and one column per criterion (-1 when absent). */
  activity: number;
  criteria: number[];
  /** Wide format: per activity, one column per criterion (-1 when absent). */
  wide: { activity: string; criteria: number[] }[];
}

const DEFAULT_WIDE_PATTERN = '{activity}/{criterion}';

// Thrown from onRow to end a read past MAX_DISTINCT_ACTIVITIES; never leaves readSurvey.
const TOO_MANY = Symbol('too many activities');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the activity × criterion columns of a wide export from the pattern of their names.
 * Each criterion is looked for by its id and labels, so an activity name may itself hold
 * the separator (`keripik_singkong_market_demand` with `{activity}_{criterion}`). Two
 * columns for the same activity and criterion are reported, never silently merged.
 */
function wideColumns(
  header: readonly string[],
  pattern: string,
  criteria: readonly Criterion[],
): { wide: Layout['wide']; clashes: { first: number; second: number; what: string }[] } {
  const matchers = criteria.map((c) =>
    [c.id, c.label.en, c.label.id].map((name) => {
      const source = escapeRegExp(pattern)
        .replace('\\{activity\\}', '(?<activity>[^/]+)')
        .replace(
          '\\{criterion\\}',
          name
            .split(/[\s_]+/)
            .map(escapeRegExp)
            .join('[\\s_]+'),
        );
      // Group paths may sit in front: `rating/keripik_singkong/market_demand`.
      return new RegExp(`^(?:.*/)?${source}$`, 'i');
    }),
  );
  const byActivity = new Map<string, number[]>();
  const clashes: { first: number; second: number; what: string }[] = [];
  const options = selectMultipleOptions(header);
  header.forEach((h, index) => {
    if (isMetadata(h) || options.has(index)) return;
    for (let c = 0; c < criteria.length; c++) {
      const activity = (matchers[c] as RegExp[])
        .map((re) => re.exec(h)?.groups?.['activity'])
        .find((a) => a !== undefined && a !== '');
      if (activity === undefined) continue;
      let cols = byActivity.get(activity);
      if (!cols) {
        cols = new Array<number>(criteria.length).fill(-1);
        byActivity.set(activity, cols);
      }
      if ((cols[c] as number) >= 0)
        clashes.push({ first: cols[c] as number, second: index, what: `${activity} × ${criteria[c]?.id ?? ''}` });
      else cols[c] = index;
      return;
    }
  });
  return { wide: [...byActivity].map(([activity, cols]) => ({ activity, criteria: cols })), clashes };
}

/** Resolves every field of the survey to a column; reports what is missing or ambiguous. */
export function surveyLayout(
  ctx: Context,
  header: readonly string[],
  config: Config,
  file: string,
  segmentNames: readonly string[] = [],
): { layout?: Layout; problems: Problem[]; warnings: Problem[] } {
  const columns = config.survey.columns ?? {};
  const specs = surveySpecs(config.criteria, columns, segmentNames);
  const problems: Problem[] = [];
  const absentOptional: string[] = [];
  const at = (message: string, column?: number): Problem => ({ file, line: 1, ...(column ? { column } : {}), message });
  const resolve = (spec: FieldSpec, m: FieldMatch, required: boolean): number => {
    if (m.kind === 'found') return m.index;
    if (m.kind === 'mappedMissing') {
      // A mapped respondent column that is absent only makes respondent counts unknown.
      if (required) problems.push(at(ctx.t('survey.mappedMissing', { column: m.column, what: spec.what })));
      else absentOptional.push(`"${m.column}" (${spec.what})`);
    } else if (m.kind === 'ambiguous') {
      const list = m.indexes.map((i) => `"${header[i]}" (${i + 1})`).join(', ');
      problems.push(at(ctx.t('survey.ambiguous', { what: spec.what, columns: list }), (m.indexes[1] ?? 0) + 1));
    } else if (required) {
      const candidates = spec.names
        .slice(0, 3)
        .map((n) => `"${n}"`)
        .join(', ');
      problems.push(
        at(
          spec.what === 'activity'
            ? ctx.t('survey.noActivity', { candidates })
            : ctx.t('survey.noSegment', { what: spec.what, candidates }),
        ),
      );
    }
    return -1;
  };
  const wide = config.survey.format === 'wide';
  const respondent = resolve(specs.respondent, matchField(header, specs.respondent), false);
  const segments = specs.segments.map((s) => resolve(s.spec, matchField(header, s.spec), true));
  let activity = -1;
  let criteria: number[] = [];
  let wideLayout: Layout['wide'] = [];
  if (wide) {
    const found = wideColumns(header, config.survey.wide?.pattern ?? DEFAULT_WIDE_PATTERN, config.criteria);
    wideLayout = found.wide;
    for (const { first, second, what } of found.clashes) {
      problems.push(
        at(
          ctx.t('survey.ambiguous', {
            what,
            columns: `"${header[first]}" (${first + 1}), "${header[second]}" (${second + 1})`,
          }),
          second + 1,
        ),
      );
    }
    if (wideLayout.length === 0)
      problems.push(
        at(ctx.t('survey.noWideColumns', { pattern: config.survey.wide?.pattern ?? DEFAULT_WIDE_PATTERN })),
      );
  } else {
    activity = resolve(specs.activity, matchField(header, specs.activity), true);
    const before = problems.length;
    criteria = specs.criteria.map((c) => resolve(c.spec, matchField(header, c.spec), c.spec.mapped !== undefined));
    if (criteria.every((i) => i < 0) && problems.length === before) {
      problems.push(
        at(
          ctx.t('survey.noCriteria', {
            examples: config.criteria
              .slice(0, 3)
              .map((c) => c.id)
              .join(', '),
          }),
        ),
      );
    }
  }
  const warnings =
    absentOptional.length > 0 ? [at(ctx.t('survey.optionalAbsent', { columns: absentOptional.join(', ') }))] : [];
  const unrated = config.criteria.filter((_, c) => criteria[c] !== undefined && criteria[c] < 0).map((c) => c.id);
  if (!wide && unrated.length > 0 && unrated.length < config.criteria.length) {
    warnings.push(at(ctx.t('survey.criteriaAbsent', { criteria: unrated.join(', ') })));
  }
  if (problems.length > 0) return { problems, warnings };
  return { layout: { respondent, segments, activity, criteria, wide: wideLayout }, problems, warnings };
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
 * Reads a rating survey, long or wide: matches columns, checks every rating cell against
 * the scale, and hands each rating to `onRating`. Problems are collected, not thrown.
 */
export async function readSurvey(
  ctx: Context,
  file: string,
  config: Config,
  options: SurveyReadOptions = {},
): Promise<SurveyReadResult> {
  const missing = new Set(config.missing);
  const criteria = config.criteria;
  const nc = criteria.length;
  // Each criterion is checked against its own scale, else the survey's; messages say where it is set.
  const scales = criteria.map((c, i) => {
    const own = c.scale;
    const range = own ?? config.scale;
    const where = own
      ? ctx.t('scale.from.criterion', { i })
      : ctx.t(`scale.from.${config.scaleFrom ?? 'default'}` as 'scale.from.flag');
    return { min: range.min, max: range.max, words: isWordScale(range), where };
  });
  const sink = options.onRating;
  const skipInvalid = options.skipInvalid === true;
  let layout: Layout | undefined;
  let ratings = 0;
  let skipped = 0;
  let shown = file;
  let header: readonly string[] = [];
  // The scan as far as it went, for a read ended early (see TOO_MANY).
  let partial: CsvScan | undefined;
  const activities = options.activities ?? new Set<string>();
  // NaN where a criterion has no rating; a typed array keeps the per-cell work unboxed.
  const values = new Float64Array(nc);
  let segments: string[] = [];

  /** Reads the cells of one rating into `values`; returns how many hold a rating. */
  const readCells = (fields: string[], columns: number[], line: number, report: (p: Problem) => void): number => {
    let rated = 0;
    for (let c = 0; c < nc; c++) {
      const index = columns[c] as number;
      values[c] = Number.NaN;
      if (index < 0) continue;
      const raw = fields[index] as string;
      const scale = scales[c] as (typeof scales)[number];
      const v = ratingValue(raw, missing, scale.words);
      if (v === MISSING) continue;
      if (v >= scale.min && v <= scale.max) {
        values[c] = v;
        rated++;
      } else if (skipInvalid) skipped++;
      else {
        const key = Number.isNaN(v) ? 'survey.notNumber' : 'survey.outOfScale';
        report({
          file: shown,
          line,
          column: index + 1,
          message: ctx.t(key, {
            value: raw.trim(),
            criterion: criteria[c]?.id ?? '',
            min: scale.min,
            max: scale.max,
            where: scale.where,
          }),
        });
      }
    }
    return rated;
  };

  /**
   * Counts a long-format activity value; past the limit, reports it and ends the read: a
   * wrong activity column must not cost memory per row until the file ends.
   */
  const countActivity = (activity: string, column: number, line: number, report: (p: Problem) => void): void => {
    if (activity === '' || activities.has(activity)) return;
    if (activities.size >= MAX_DISTINCT_ACTIVITIES) {
      report({
        file: shown,
        line,
        column: column + 1,
        message: ctx.t('score.tooManyActivities', { max: MAX_DISTINCT_ACTIVITIES, column: header[column] ?? '' }),
      });
      throw TOO_MANY;
    }
    activities.add(activity);
  };

  const read = scanCsv(
    ctx,
    file,
    {
      onHeader(names, s, report) {
        shown = s.file;
        header = names;
        partial = s;
        const found = surveyLayout(ctx, names, config, s.file, options.segments);
        found.problems.forEach(report);
        s.warnings.push(...found.warnings);
        layout = found.layout;
        segments = new Array<string>(layout?.segments.length ?? 0).fill('');
        return layout !== undefined;
      },
      onRow(fields, line, report) {
        const lay = layout as Layout;
        const respondent = lay.respondent < 0 ? undefined : (fields[lay.respondent] as string).trim();
        for (let j = 0; j < segments.length; j++) segments[j] = (fields[lay.segments[j] as number] as string).trim();
        if (lay.activity >= 0) {
          const rated = readCells(fields, lay.criteria, line, report);
          const activity = (fields[lay.activity] as string).trim();
          countActivity(activity, lay.activity, line, report);
          // A named activity without any rating still registers, so it is reported as
          // not scored instead of vanishing from the ranking.
          if (rated === 0) {
            if (activity !== '') sink?.(activity, respondent, values, segments);
            return;
          }
          if (activity === '') {
            if (skipInvalid) skipped++;
            else report({ file: shown, line, column: lay.activity + 1, message: ctx.t('survey.emptyActivity') });
            return;
          }
          ratings++;
          sink?.(activity, respondent, values, segments);
          return;
        }
        for (const w of lay.wide) {
          if (readCells(fields, w.criteria, line, report) === 0) continue;
          ratings++;
          sink?.(w.activity, respondent, values, segments);
        }
      },
    },
    options,
  );
  let scan: CsvScan;
  try {
    scan = await read;
  } catch (error) {
    if (error !== TOO_MANY || partial === undefined) throw error;
    return { ...partial, ratings, skipped };
  }
  if (layout !== undefined && ratings === 0 && scan.problems.length === 0 && scan.moreProblems === 0) {
    // Rows whose every rating was empty, missing or skipped are not "no data rows".
    const message =
      scan.rows === 0
        ? ctx.t('csv.headerOnly')
        : skipped > 0
          ? ctx.t('survey.allSkipped', { rows: scan.rows, skipped })
          : ctx.t('survey.noRatings', { rows: scan.rows });
    scan.problems.push({ file: scan.file, ...(scan.rows === 0 ? { line: 2 } : {}), message });
  }
  return { ...scan, ratings, skipped };
}
