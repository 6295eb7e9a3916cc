import type { Criterion, Labels, SurveyMapping } from '../../core/assessment.js';
import { ACTIVITY_FIELD } from '../../core/criteria.js';
import { normaliseName } from '../../core/names.js';

export { normaliseName };

/** Metadata columns of KoboToolbox and ODK Central exports; never ratings. */
const METADATA = new Set(
  [
    'start', 'end', 'today', 'deviceid', 'username', 'phonenumber', 'audit', '__version__',
    'meta/instanceid', 'meta-instanceid', 'meta/instancename', 'meta-instancename', 'meta/deprecatedid', 'meta-deprecatedid',
    'key', 'parent_key', 'submissiondate', 'submitterid', 'submittername', 'attachmentspresent', 'attachmentsexpected',
    'status', 'reviewstate', 'deviceid', 'edits', 'formversion',
  ].map((s) => s.toLowerCase()),
);

/** True for export metadata: Kobo's `_id`, `_uuid`, ... and ODK Central's named columns. */
export function isMetadata(header: string): boolean {
  const h = header.trim().toLowerCase();
  return h.startsWith('_') || METADATA.has(h);
}

/**
 * The names a header can be known by: the whole header and each tail after a group
 * separator (`/` in Kobo, `-` in ODK Central), so `group_rating/market_demand`,
 * `grp-market_demand` and `Penilaian/Permintaan pasar` all reach the question's own name.
 */
export function headerNames(header: string): string[] {
  const names = [normaliseName(header)];
  for (let i = 0; i < header.length; i++) {
    const ch = header[i];
    if (ch === '/' || ch === '-') names.push(normaliseName(header.slice(i + 1)));
  }
  return names.filter((n) => n !== '');
}

export interface FieldSpec {
  /** What the field is called in messages. */
  what: string;
  /** Explicit column from the mapping, matched exactly (case-insensitive). */
  mapped?: string;
  /** Names and labels to look for when not mapped. */
  names: string[];
}

export type FieldMatch =
  | { kind: 'found'; index: number }
  | { kind: 'none' }
  | { kind: 'mappedMissing'; column: string }
  | { kind: 'ambiguous'; indexes: number[] };

/**
 * Columns that split a select_multiple question into one 1/0 column per option: Kobo and
 * ODK Central write `q` (all answers) and then `q/option` for each option. An option may
 * be named like a criterion (`concerns/risk`), but it is never a rating.
 */
export function selectMultipleOptions(header: readonly string[]): Set<number> {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  const options = new Set<number>();
  header.forEach((h, i) => {
    const slash = h.lastIndexOf('/');
    if (slash > 0 && names.has(h.slice(0, slash).trim().toLowerCase())) options.add(i);
  });
  return options;
}

/** Finds the column of one field in a header row. */
export function matchField(header: readonly string[], spec: FieldSpec): FieldMatch {
  if (spec.mapped !== undefined) {
    const wanted = spec.mapped.trim().toLowerCase();
    const index = header.findIndex((h) => h.trim().toLowerCase() === wanted);
    return index >= 0 ? { kind: 'found', index } : { kind: 'mappedMissing', column: spec.mapped };
  }
  const wanted = new Set(spec.names.map(normaliseName));
  const options = selectMultipleOptions(header);
  const indexes: number[] = [];
  header.forEach((h, i) => {
    if (!isMetadata(h) && !options.has(i) && headerNames(h).some((n) => wanted.has(n))) indexes.push(i);
  });
  if (indexes.length === 0) return { kind: 'none' };
  if (indexes.length === 1) return { kind: 'found', index: indexes[0] as number };
  return { kind: 'ambiguous', indexes };
}

function labelNames(id: string, label?: Labels): string[] {
  return label ? [id, label.en, label.id] : [id];
}

/** Other names a survey commonly uses for its non-criterion fields (en and id). */
export const FIELD_ALIASES: Record<string, string[]> = {
  activity: [...labelNames(ACTIVITY_FIELD.id, ACTIVITY_FIELD.label), 'kegiatan', 'usaha', 'peluang_usaha', 'jenis_usaha'],
  respondent: ['respondent', 'respondent_id', 'responden', 'id_responden', 'panel', 'panel_id'],
  gender: ['gender', 'sex', 'jenis_kelamin'],
  age: ['age_group', 'age', 'kelompok_umur', 'umur', 'usia'],
  disability: ['disability', 'disabilitas', 'penyandang_disabilitas'],
  village: ['village', 'desa', 'dusun'],
};

/**
 * The specs of a rating survey's fields: activity, respondent, criteria, and the segments
 * asked for (`--by`), each found through the mapping or by its name and common aliases.
 */
export function surveySpecs(criteria: readonly Criterion[], mapping: SurveyMapping['columns'] = {}, segments: readonly string[] = []) {
  const spec = (what: string, all: string[], mapped: string | undefined): FieldSpec => {
    // Names that differ only in case or separators are one name (shown once in messages).
    const seen = new Set<string>();
    const names = all.filter((n) => !seen.has(normaliseName(n)) && Boolean(seen.add(normaliseName(n))));
    return mapped === undefined ? { what, names } : { what, names, mapped };
  };
  return {
    activity: spec('activity', FIELD_ALIASES['activity'] ?? [], mapping.activity),
    respondent: spec('respondent', FIELD_ALIASES['respondent'] ?? [], mapping.respondent),
    criteria: criteria.map((c) => ({ id: c.id, spec: spec(c.id, labelNames(c.id, c.label), mapping.criteria?.[c.id]) })),
    segments: segments.map((id) => ({ id, spec: spec(id, [id, ...(FIELD_ALIASES[id] ?? [])], mapping.segments?.[id]) })),
  };
}
