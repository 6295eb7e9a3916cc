import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Criterion } from '../../core/assessment.js';
import { collapseSpace } from '../../core/names.js';
import { answerLabels, isWordScale, MISSING, normaliseAnswer, ratingValue } from '../../core/rating.js';
import { MAX_DISTINCT_ACTIVITIES } from '../../core/score/report.js';
import type { SurveyLayoutInfo } from '../../core/validation.js';
import type { Problem } from '../../errors.js';
import { mappedName } from '../csv/match.js';
import { type CsvReadOptions, type CsvScan, scanCsv } from '../csv/scan.js';
import {
  FIELD_ALIASES,
  type FieldMatch,
  type FieldSpec,
  isMetadata,
  matchField,
  normaliseName,
  selectMultipleOptions,
  surveySpecs,
} from './columns.js';
import {
  commonGroupPath,
  dropGroupNames,
  foldName,
  groupsInFront,
  matchActivity,
  parsePattern,
  prepareHeader,
} from './pattern.js';

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
  /** Where each field was found; undefined when the header did not make a survey. */
  layout?: SurveyLayoutInfo;
  /** Distinct activities read in this file (long format) or named by its header (wide). */
  activities: number;
  /**
   * Distinct answers in rating cells that are words with no number (normalised, at most
   * MAX_UNKNOWN_ANSWERS, each with how many cells held it), for the scale.labels map.
   */
  unknownAnswers: { answer: string; cells: number }[];
}

export type { SurveyLayoutInfo };

/**
 * Columns of a Microsoft Forms export (and row numbers) that are never ratings nor
 * activities, compared normalised: skipped by wide patterns and by the rating-like check.
 */
const FORM_COLUMNS = new Set(
  ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'No', 'Nomor'].map(normaliseName),
);

/** True for a column of FORM_COLUMNS. */
function isFormColumn(header: string): boolean {
  return header.length < 40 && FORM_COLUMNS.has(normaliseName(header));
}

/** Segments looked for by name when validate shows a survey's layout. */
const KNOWN_SEGMENTS = ['gender', 'age', 'disability', 'village'];

/** Distinct unknown answers kept per file. */
export const MAX_UNKNOWN_ANSWERS = 50;

/** Rows on which columns that match nothing are judged: do they hold ratings? */
export const SAMPLE_ROWS = 1000;

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

/**
 * Finds the activity × criterion columns of a wide export from the pattern of their names
 * (see pattern.ts). Each criterion is looked for by its id and labels, so an activity name
 * may itself hold the separator (`keripik_singkong_market_demand` with
 * `{activity}_{criterion}`), and a `/` (`Using GitHub actions and CI/CD`). A pattern with
 * `{activity}` only rates `rated` (the criterion index). Columns in `skip` (respondent,
 * segments) are never ratings. Two columns for the same activity and criterion are
 * reported, never silently merged.
 */
function wideColumns(
  header: readonly string[],
  source: string,
  criteria: readonly Criterion[],
  rated: number,
  skip: ReadonlySet<number>,
): { wide: Layout['wide']; clashes: { first: number; second: number; what: string }[] } {
  const pattern = parsePattern(source);
  const names = criteria.map((c) => [...new Set([c.id, c.label.en, c.label.id].map(foldName))]);
  const found: { index: number; activity: string; criterion: number }[] = [];
  const options = selectMultipleOptions(header);
  header.forEach((h, index) => {
    if (isMetadata(h) || isFormColumn(h) || options.has(index) || skip.has(index)) return;
    const prepared = prepareHeader(h);
    if (!pattern.hasCriterion) {
      const activity = matchActivity(pattern, prepared);
      if (activity !== undefined) found.push({ index, activity, criterion: rated });
      return;
    }
    for (let c = 0; c < criteria.length; c++) {
      for (const name of names[c] as string[]) {
        const activity = matchActivity(pattern, prepared, name);
        if (activity === undefined) continue;
        found.push({ index, activity: dropGroupNames(pattern, activity), criterion: c });
        return;
      }
    }
  });
  // A group path every matched column starts with (Kobo's "Labels" export) is not part of the names.
  const path = groupsInFront(pattern) ? commonGroupPath([...new Set(found.map((f) => f.activity))]) : '';
  const byActivity = new Map<string, number[]>();
  const clashes: { first: number; second: number; what: string }[] = [];
  for (const { index, activity: raw, criterion: c } of found) {
    const activity = raw.slice(path.length);
    let cols = byActivity.get(activity);
    if (!cols) {
      cols = new Array<number>(criteria.length).fill(-1);
      byActivity.set(activity, cols);
    }
    if ((cols[c] as number) >= 0)
      clashes.push({ first: cols[c] as number, second: index, what: `${activity} × ${criteria[c]?.id ?? ''}` });
    else cols[c] = index;
  }
  return { wide: [...byActivity].map(([activity, cols]) => ({ activity, criteria: cols })), clashes };
}

/**
 * The criterion a pattern with `{activity}` only rates: `survey.wide.criterion`, else the
 * workspace's only criterion; -1 when it cannot be told (a problem says why).
 */
function ratedCriterion(criteria: readonly Criterion[], named: string | undefined): number {
  if (named !== undefined) return criteria.findIndex((c) => c.id === named);
  return criteria.length === 1 ? 0 : -1;
}

/** Resolves every field of the survey to a column; reports what is missing or ambiguous. */
export function surveyLayout(
  ctx: Context,
  header: readonly string[],
  config: Config,
  file: string,
  segmentNames: readonly string[] = [],
): { layout?: Layout; info?: SurveyLayoutInfo; problems: Problem[]; warnings: Problem[] } {
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
    const source = config.survey.wide?.pattern ?? DEFAULT_WIDE_PATTERN;
    const named = config.survey.wide?.criterion;
    const rated = ratedCriterion(config.criteria, named);
    if (!parsePattern(source).hasCriterion && rated < 0) {
      const ids = config.criteria.map((c) => c.id).join(', ');
      problems.push(
        at(
          named === undefined
            ? ctx.t('survey.wideWhichCriterion', { pattern: source, count: config.criteria.length, ids })
            : ctx.t('survey.wideUnknownCriterion', { criterion: named, ids }),
        ),
      );
      return { problems, warnings: [] };
    }
    const skip = new Set([respondent, ...segments].filter((i) => i >= 0));
    const found = wideColumns(header, source, config.criteria, rated, skip);
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
    if (wideLayout.length === 0) problems.push(at(ctx.t('survey.noWideColumns', { pattern: source })));
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
  const layout: Layout = { respondent, segments, activity, criteria, wide: wideLayout };
  return { layout, info: layoutInfo(header, config, layout, specs.segments), problems, warnings };
}

/** The layout by column names, for `tree validate` to show. */
function layoutInfo(
  header: readonly string[],
  config: Config,
  layout: Layout,
  segments: readonly { id: string }[],
): SurveyLayoutInfo {
  const name = (i: number | undefined): string | null => (i === undefined || i < 0 ? null : (header[i] ?? null));
  const wide = config.survey.format === 'wide';
  // Keyed by criterion ids and segment names from files: no prototype.
  const criteria = Object.create(null) as Record<string, string | null>;
  config.criteria.forEach((c, k) => {
    criteria[c.id] = wide
      ? name(layout.wide.find((w) => (w.criteria[k] as number) >= 0)?.criteria[k])
      : name(layout.criteria[k]);
  });
  const segs = Object.create(null) as Record<string, string | null>;
  segments.forEach((s, k) => {
    segs[s.id] = name(layout.segments[k]);
  });
  // The segments one could score by (--by): the common ones found by name, and every mapped one.
  const mapped = Object.keys(config.survey.columns?.segments ?? {});
  const others = surveySpecs(config.criteria, config.survey.columns, [...KNOWN_SEGMENTS, ...mapped]).segments;
  for (const { id, spec } of others) {
    if (Object.hasOwn(segs, id)) continue;
    const m = matchField(header, spec);
    if (m.kind === 'found') segs[id] = name(m.index);
    else if (spec.mapped !== undefined) segs[id] = null;
  }
  return {
    format: wide ? 'wide' : 'long',
    activity: wide ? null : name(layout.activity),
    respondent: name(layout.respondent),
    criteria,
    segments: segs,
    columns: wide ? layout.wide.reduce((n, w) => n + w.criteria.filter((i) => i >= 0).length, 0) : 0,
    ...(wide ? { pattern: config.survey.wide?.pattern ?? DEFAULT_WIDE_PATTERN } : {}),
  };
}

/**
 * Judges columns on the cells of the first SAMPLE_ROWS rows: a column looks like a rating
 * column when more than half of its non-empty cells are ratings on the scale (numbers or
 * answer words), unless every cell is 1 or 0 (a yes/no column, as Kobo splits answers).
 */
export class RatingLikeColumns {
  private readonly nonEmpty: Uint32Array;
  private readonly rated: Uint32Array;
  /** 1 once a cell is something other than 0 or 1. */
  private readonly notBinary: Uint8Array;
  private readonly missing: ReadonlySet<string>;
  private readonly words: boolean;
  private readonly labels: ReadonlyMap<string, number>;
  private rows = 0;

  constructor(
    private readonly columns: readonly number[],
    private readonly config: Config,
  ) {
    const n = columns.length;
    this.nonEmpty = new Uint32Array(n);
    this.rated = new Uint32Array(n);
    this.notBinary = new Uint8Array(n);
    this.missing = new Set(config.missing);
    this.words = isWordScale(config.scale);
    this.labels = answerLabels(config.scale.labels);
  }

  /** Looks at one row's cells (only the first SAMPLE_ROWS rows count). */
  sample(fields: readonly string[]): void {
    if (this.columns.length === 0 || this.rows++ >= SAMPLE_ROWS) return;
    const { min, max } = this.config.scale;
    for (let k = 0; k < this.columns.length; k++) {
      const v = ratingValue(fields[this.columns[k] as number] ?? '', this.missing, this.words, this.labels);
      if (v === MISSING) continue;
      this.nonEmpty[k] = (this.nonEmpty[k] as number) + 1;
      if (v !== 0 && v !== 1) this.notBinary[k] = 1;
      if (v >= min && v <= max) this.rated[k] = (this.rated[k] as number) + 1;
    }
  }

  /** The columns that look like rating columns, with the cells that made them so. */
  found(): { index: number; rated: number; cells: number }[] {
    const out: { index: number; rated: number; cells: number }[] = [];
    this.columns.forEach((index, k) => {
      const rated = this.rated[k] as number;
      const cells = this.nonEmpty[k] as number;
      if (rated > 0 && this.notBinary[k] === 1 && rated * 2 > cells) out.push({ index, rated, cells });
    });
    return out;
  }
}

/**
 * Columns the layout does not use and that could still hold ratings: not metadata, not a
 * select_multiple option, not a field known by name (respondent, segments, activity).
 */
export function unusedColumns(
  header: readonly string[],
  config: Config,
  layout: Pick<Layout, 'respondent' | 'activity' | 'segments' | 'criteria' | 'wide'>,
): number[] {
  const used = new Set<number>([layout.respondent, layout.activity, ...layout.segments, ...layout.criteria]);
  for (const w of layout.wide) for (const i of w.criteria) used.add(i);
  for (const names of Object.values(FIELD_ALIASES)) {
    const m = matchField(header, { what: '', names });
    if (m.kind === 'found') used.add(m.index);
    else if (m.kind === 'ambiguous') for (const i of m.indexes) used.add(i);
  }
  const mapped = config.survey.columns;
  const options = selectMultipleOptions(header);
  const lower = new Set(
    [mapped?.activity, mapped?.respondent, ...Object.values(mapped?.segments ?? {})]
      .filter((c): c is string => c !== undefined)
      .map(mappedName),
  );
  const out: number[] = [];
  header.forEach((h, i) => {
    if (used.has(i) || isMetadata(h) || isFormColumn(h) || options.has(i)) return;
    if (!lower.has(mappedName(h))) out.push(i);
  });
  return out;
}

/**
 * The column of a segment field (`village`, `gender`, or any mapped one) in a rating
 * survey's header, found as `--by` finds it: the mapping, else the name and its aliases.
 */
export function segmentColumn(header: readonly string[], config: Config, field: string): FieldMatch {
  const spec = surveySpecs(config.criteria, config.survey.columns, [field]).segments[0]?.spec as FieldSpec;
  return matchField(header, spec);
}

/** The activity column of a long-format header, found by mapping or name; -1 when there is none. */
export function activityColumn(header: readonly string[], config: Config): number {
  const m = matchField(header, surveySpecs(config.criteria, config.survey.columns).activity);
  return m.kind === 'found' ? m.index : -1;
}

/**
 * True when a header looks like a rating survey: a criterion column (long format), or a
 * column that the wide pattern matches when that pattern has text of its own.
 */
export function isRatingHeader(header: readonly string[], config: Config): boolean {
  if (config.survey.format === 'wide') {
    const source = config.survey.wide?.pattern ?? DEFAULT_WIDE_PATTERN;
    const pattern = parsePattern(source);
    // A pattern that is `{activity}` alone (or `*{activity}*`) matches any column: only
    // survey.files can say such a file is a survey.
    if (!pattern.tokens.some((t) => t.kind !== 'activity' && t.kind !== 'any')) return false;
    const rated = ratedCriterion(config.criteria, config.survey.wide?.criterion);
    return wideColumns(header, source, config.criteria, Math.max(rated, 0), new Set()).wide.length > 0;
  }
  // An activity column alone makes a lookup table, not a survey: a criterion column is needed.
  const specs = surveySpecs(config.criteria, config.survey.columns);
  return specs.criteria.some(({ spec }) => {
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
  const labels = answerLabels(config.scale.labels);
  // Distinct answers that are words with no number: normalised text → cells.
  const unknown = new Map<string, number>();
  let info: SurveyLayoutInfo | undefined;
  // Columns that match no field, judged on the first SAMPLE_ROWS rows: do they hold ratings?
  let unused = new RatingLikeColumns([], config);
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
  // This file's own distinct activities, for validate to show.
  const own = new Set<string>();

  /** Reads the cells of one rating into `values`; returns how many hold a rating. */
  const readCells = (fields: string[], columns: number[], line: number, report: (p: Problem) => void): number => {
    let rated = 0;
    for (let c = 0; c < nc; c++) {
      const index = columns[c] as number;
      values[c] = Number.NaN;
      if (index < 0) continue;
      const raw = fields[index] as string;
      const scale = scales[c] as (typeof scales)[number];
      const v = ratingValue(raw, missing, scale.words, labels);
      if (v === MISSING) continue;
      if (v >= scale.min && v <= scale.max) {
        values[c] = v;
        rated++;
        continue;
      }
      if (Number.isNaN(v)) noteUnknown(raw);
      if (skipInvalid) skipped++;
      else {
        const key = !Number.isNaN(v)
          ? 'survey.outOfScale'
          : labels.size > 0
            ? 'survey.unknownAnswer'
            : 'survey.notNumber';
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
            known: knownAnswers(),
          }),
        });
      }
    }
    return rated;
  };

  /** Counts a rating cell that is a word with no number, for validate to list. */
  const noteUnknown = (raw: string): void => {
    const answer = normaliseAnswer(raw);
    // A number out of its format ("4abc") is not a word to map.
    if (answer === '' || /^[+-]?\d/.test(answer)) return;
    const cells = unknown.get(answer);
    if (cells !== undefined) unknown.set(answer, cells + 1);
    else if (unknown.size < MAX_UNKNOWN_ANSWERS) unknown.set(answer, 1);
  };
  let known: string | undefined;
  /** The answers of survey.scale.labels, as the message for an unknown one lists them. */
  const knownAnswers = (): string => {
    known ??= Object.keys(config.scale.labels ?? {})
      .map((k) => `"${k.trim()}"`)
      .join(', ');
    return known;
  };

  /**
   * Counts a long-format activity value; past the limit, reports it and ends the read: a
   * wrong activity column must not cost memory per row until the file ends.
   */
  const countActivity = (activity: string, column: number, line: number, report: (p: Problem) => void): void => {
    if (activity === '' || own.has(activity)) return;
    if (own.size < MAX_DISTINCT_ACTIVITIES) own.add(activity);
    if (activities.has(activity)) return;
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
        info = found.info;
        if (layout !== undefined) {
          unused = new RatingLikeColumns(unusedColumns(names, config, layout), config);
          if (layout.activity < 0) for (const w of layout.wide) activities.add(w.activity);
        }
        segments = new Array<string>(layout?.segments.length ?? 0).fill('');
        return layout !== undefined;
      },
      whereColumn(field, names) {
        const m = segmentColumn(names, config, field);
        return m.kind === 'found' ? m.index : undefined;
      },
      onRow(fields, line, report) {
        const lay = layout as Layout;
        unused.sample(fields);
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
  const extra = (): Omit<SurveyReadResult, keyof CsvScan> => ({
    ratings,
    skipped,
    ...(info ? { layout: info } : {}),
    activities: layout !== undefined && layout.activity < 0 ? layout.wide.length : own.size,
    unknownAnswers: [...unknown].map(([answer, cells]) => ({ answer, cells })),
  });
  let scan: CsvScan;
  try {
    scan = await read;
  } catch (error) {
    if (error !== TOO_MANY || partial === undefined) throw error;
    return { ...partial, ...extra() };
  }
  // Columns that hold ratings but match nothing: said, never dropped in silence.
  for (const { index, rated, cells } of unused.found()) {
    const column = header[index] ?? '';
    scan.warnings.push({
      file: scan.file,
      line: 1,
      column: index + 1,
      message: ctx.t(config.survey.format === 'wide' ? 'survey.unmatchedWide' : 'survey.unmatchedLong', {
        column: collapseSpace(column),
        pattern: config.survey.wide?.pattern ?? DEFAULT_WIDE_PATTERN,
        rated,
        cells,
      }),
    });
  }
  // One village of many with no rows here is not a broken file: score() says so.
  const part = ctx.where !== undefined && scan.rows === 0;
  if (layout !== undefined && ratings === 0 && !part && scan.problems.length === 0 && scan.moreProblems === 0) {
    // Rows whose every rating was empty, missing or skipped are not "no data rows".
    const message =
      scan.rows === 0
        ? ctx.t('csv.headerOnly')
        : skipped > 0
          ? ctx.t('survey.allSkipped', { rows: scan.rows, skipped })
          : ctx.t('survey.noRatings', { rows: scan.rows });
    scan.problems.push({ file: scan.file, ...(scan.rows === 0 ? { line: 2 } : {}), message });
  }
  return { ...scan, ...extra() };
}
