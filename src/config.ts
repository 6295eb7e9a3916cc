import { type Assessment, type Criterion, type Direction, fullLabels, type SurveyMapping } from './core/assessment.js';
import { DEFAULT_CRITERIA, DEFAULT_MISSING, DEFAULT_SCALE } from './core/criteria.js';
import { type Lang, resolveLanguage } from './i18n/locale.js';

export { resolveLanguage };

/** Everything a command needs to know, after defaults, the workspace file and flags are layered. */
export interface Config {
  lang: Lang;
  criteria: Criterion[];
  /**
   * The survey's scale; `labels` (answer word → number) from `survey.scale.labels` and
   * `--labels`, the flag's words over the file's. A criterion's own `scale` overrides min and max.
   */
  scale: { min: number; max: number; labels?: Record<string, number> };
  /** Where the scale was set, for messages: the --scale flag, survey.scale, or the default. */
  scaleFrom: 'flag' | 'survey' | 'default';
  missing: string[];
  survey: SurveyMapping;
}

/** --criteria: criteria that replace the workspace's (labels are their ids, weight 1). */
export interface CriterionFlag {
  id: string;
  direction: Direction;
}

/** Flags that override the workspace; each command passes those it has. */
export interface ConfigFlags {
  lang?: Lang;
  scale?: { min: number; max: number };
  /** --labels: answer word → number, over `survey.scale.labels`. */
  labels?: Record<string, number>;
  /** --criteria: replaces the workspace's criteria (and the defaults). */
  criteria?: readonly CriterionFlag[];
  missing?: string[];
  /** --weights: criterion id → weight, replacing the workspace's weights for those ids. */
  weights?: Record<string, number>;
  /** --map: columns that replace the workspace's mapping for those fields. */
  columns?: NonNullable<SurveyMapping['columns']>;
}

/** Layers defaults ← workspace file ← flags, once, for every command. */
export function resolveConfig(
  workspace: Assessment | undefined,
  flags: ConfigFlags,
  env: Record<string, string | undefined> = {},
  lang?: Lang,
): Config {
  const given = flags.criteria?.map((c) => ({ id: c.id, label: { en: c.id, id: c.id }, direction: c.direction }));
  const criteria: Criterion[] = (given ?? workspace?.criteria ?? DEFAULT_CRITERIA).map((c) => ({
    ...c,
    // Either label suffices: the other language falls back to it.
    label: fullLabels(c.label, c.id),
    weight:
      (flags.weights && Object.hasOwn(flags.weights, c.id) ? flags.weights[c.id] : undefined) ??
      ('weight' in c ? c.weight : undefined) ??
      1,
    direction: c.direction ?? 'benefit',
  }));
  const base = workspace?.survey ?? {};
  const cols = base.columns ?? {};
  const over = flags.columns ?? {};
  const survey: SurveyMapping = {
    ...base,
    columns: {
      ...cols,
      ...(over.activity === undefined ? {} : { activity: over.activity }),
      ...(over.respondent === undefined ? {} : { respondent: over.respondent }),
      // Keys are criterion ids and segment names from files: no prototype to inherit from.
      criteria: Object.assign(Object.create(null) as Record<string, string>, cols.criteria, over.criteria),
      segments: Object.assign(Object.create(null) as Record<string, string>, cols.segments, over.segments),
    },
  };
  const missing = [...DEFAULT_MISSING, ...(survey.missing ?? []), ...(flags.missing ?? [])].map((m) =>
    m.trim().toLowerCase(),
  );
  const file = base.scale as { min: number; max: number; labels?: Record<string, number> } | undefined;
  const scaleRange = flags.scale ?? file ?? DEFAULT_SCALE;
  const range = { min: scaleRange.min, max: scaleRange.max };
  // Words are keys from files and flags: no prototype to inherit from.
  const labels =
    file?.labels === undefined && flags.labels === undefined
      ? undefined
      : Object.assign(Object.create(null) as Record<string, number>, file?.labels, flags.labels);
  return {
    lang: lang ?? resolveLanguage(flags.lang, workspace?.language, env),
    criteria,
    scale: { ...range, ...(labels === undefined ? {} : { labels }) },
    scaleFrom: flags.scale ? 'flag' : base.scale ? 'survey' : 'default',
    missing: [...new Set(missing)],
    survey,
  };
}

/**
 * Splits a field → column map (`--map`, or `map` in a script) by what each field is: the
 * activity and respondent fields, criteria by their ids, and anything else a segment.
 */
export function columnsFromMap(
  map: Readonly<Record<string, string>>,
  criterionIds: readonly string[],
): NonNullable<SurveyMapping['columns']> {
  const ids = new Set(criterionIds);
  const criteria = Object.create(null) as Record<string, string>;
  const segments = Object.create(null) as Record<string, string>;
  const columns: NonNullable<SurveyMapping['columns']> = { criteria, segments };
  for (const [field, column] of Object.entries(map)) {
    if (field === 'activity') columns.activity = column;
    else if (field === 'respondent') columns.respondent = column;
    else if (ids.has(field)) criteria[field] = column;
    else segments[field] = column;
  }
  return columns;
}
