import { normaliseName } from '../../core/names.js';

/*
 * Finding a field's column in any export: by mapping, else by name or label, past group
 * prefixes, ignoring export metadata and the split columns of select_multiple questions.
 */

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

