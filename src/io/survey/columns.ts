import type { Criterion, Labels, SurveyMapping } from '../../core/assessment.js';
import { ACTIVITY_FIELD } from '../../core/criteria.js';
import { normaliseName } from '../../core/names.js';
import { type FieldMatch, type FieldSpec, isMetadata, matchField, selectMultipleOptions } from '../csv/match.js';

export { type FieldMatch, type FieldSpec, isMetadata, matchField, normaliseName, selectMultipleOptions };

function labelNames(id: string, label?: Labels): string[] {
  return label ? [id, label.en, label.id] : [id];
}

/** Other names a survey commonly uses for its non-criterion fields (en and id). */
export const FIELD_ALIASES: Record<string, string[]> = {
  activity: [
    ...labelNames(ACTIVITY_FIELD.id, ACTIVITY_FIELD.label),
    'kegiatan',
    'usaha',
    'peluang_usaha',
    'jenis_usaha',
  ],
  respondent: ['respondent', 'respondent_id', 'responden', 'id_responden', 'panel', 'panel_id'],
  gender: ['gender', 'sex', 'jenis_kelamin'],
  age: ['age_group', 'age', 'kelompok_umur', 'umur', 'usia'],
  disability: ['disability', 'disabilitas', 'penyandang_disabilitas'],
  village: ['village', 'desa', 'dusun'],
};

/** The value of an own key: field names come from users and files, so `constructor` must not find Object's. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The specs of a rating survey's fields: activity, respondent, criteria, and the segments
 * asked for (`--by`), each found through the mapping or by its name and common aliases.
 */
export function surveySpecs(
  criteria: readonly Criterion[],
  mapping: SurveyMapping['columns'] = {},
  segments: readonly string[] = [],
) {
  const spec = (what: string, all: string[], mapped: string | undefined): FieldSpec => {
    // Names that differ only in case or separators are one name (shown once in messages).
    const seen = new Set<string>();
    const names = all.filter((n) => !seen.has(normaliseName(n)) && Boolean(seen.add(normaliseName(n))));
    return mapped === undefined ? { what, names } : { what, names, mapped };
  };
  return {
    activity: spec('activity', own(FIELD_ALIASES, 'activity') ?? [], mapping.activity),
    respondent: spec('respondent', own(FIELD_ALIASES, 'respondent') ?? [], mapping.respondent),
    criteria: criteria.map((c) => ({
      id: c.id,
      spec: spec(c.id, labelNames(c.id, c.label), own(mapping.criteria, c.id)),
    })),
    segments: segments.map((id) => ({
      id,
      spec: spec(id, [id, ...(own(FIELD_ALIASES, id) ?? [])], own(mapping.segments, id)),
    })),
  };
}
