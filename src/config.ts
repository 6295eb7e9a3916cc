import type { Assessment, Criterion, SurveyMapping } from './core/assessment.js';
import { DEFAULT_CRITERIA, DEFAULT_MISSING, DEFAULT_SCALE } from './core/criteria.js';
import { type Lang, resolveLanguage } from './i18n/locale.js';

export { resolveLanguage };

/** Everything a command needs to know, after defaults, the workspace file and flags are layered. */
export interface Config {
  lang: Lang;
  criteria: Criterion[];
  scale: { min: number; max: number };
  missing: string[];
  survey: SurveyMapping;
}

/** Flags that override the workspace; each command passes those it has. */
export interface ConfigFlags {
  lang?: Lang;
  scale?: { min: number; max: number };
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
  const criteria = (workspace?.criteria ?? DEFAULT_CRITERIA).map((c) => ({
    ...c,
    weight: (flags.weights && Object.hasOwn(flags.weights, c.id) ? flags.weights[c.id] : undefined) ?? c.weight ?? 1,
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
  return {
    lang: lang ?? resolveLanguage(flags.lang, workspace?.language, env),
    criteria,
    scale: flags.scale ?? base.scale ?? { ...DEFAULT_SCALE },
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
