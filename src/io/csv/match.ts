import { foldText, normaliseName } from '../../core/names.js';

/*
 * Finding a field's column in any export: by mapping, else by name or label, past group
 * prefixes, ignoring export metadata and the split columns of select_multiple questions.
 */

/** Metadata columns of KoboToolbox and ODK Central exports; never ratings. */
const METADATA = new Set(
  [
    'start',
    'end',
    'today',
    'deviceid',
    'username',
    'phonenumber',
    'audit',
    '__version__',
    'meta/instanceid',
    'meta-instanceid',
    'meta/instancename',
    'meta-instancename',
    'meta/deprecatedid',
    'meta-deprecatedid',
    'key',
    'parent_key',
    'submissiondate',
    'submitterid',
    'submittername',
    'attachmentspresent',
    'attachmentsexpected',
    'status',
    'reviewstate',
    'deviceid',
    'edits',
    'formversion',
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
 * Only names of at most `maxLength` characters are returned: a longer one matches nothing
 * looked for. Tails are built from the right, one segment at a time, so each character is
 * normalised once and a huge header cell full of separators costs linear time, not
 * quadratic (a 60,000-character cell of `a-a-a-...` once took minutes).
 */
export function headerNames(header: string, maxLength: number, whole = normaliseName(header)): string[] {
  const names: string[] = [];
  if (whole !== '' && whole.length <= maxLength) names.push(whole);
  let tail = '';
  let end = header.length;
  for (let i = header.length - 1; i >= 0; i--) {
    const ch = header[i];
    if (ch !== '/' && ch !== '-') continue;
    // normaliseName drops `-` and keeps `/`: the separator between two segments likewise.
    const joint = end < header.length && header[end] === '/' ? '/' : '';
    if (i + 1 < end) tail = normaliseName(header.slice(i + 1, end)) + joint + tail;
    else if (joint !== '') tail = joint + tail;
    end = i;
    // Tails only grow leftwards: once one is too long, so is every one after it.
    if (tail.length > maxLength) break;
    if (tail !== '' && tail !== whole) names.push(tail);
  }
  return names;
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

/**
 * A column name as a mapping is compared with it: lower case, trimmed, every run of white
 * space (no-break spaces and line breaks too) one space, so a header spanning two lines
 * matches the mapping a user types from what they read.
 */
export const mappedName = foldText;

/** What matching needs of a header, worked out once however many fields are looked for. */
interface HeaderIndex {
  /** Each name as a mapping names it: see mappedName. */
  lower: string[];
  /** Each name normalised whole (see headerNames). */
  whole: string[];
  /** Columns that are never a field: export metadata and select_multiple options. */
  skip: boolean[];
}

// Keyed by the header array itself: a header is read once and never changed afterwards.
const headerIndexes = new WeakMap<readonly string[], HeaderIndex>();

function headerIndex(header: readonly string[]): HeaderIndex {
  let index = headerIndexes.get(header);
  if (index === undefined) {
    const options = selectMultipleOptions(header);
    index = {
      lower: header.map(mappedName),
      whole: header.map(normaliseName),
      skip: header.map((h, i) => isMetadata(h) || options.has(i)),
    };
    headerIndexes.set(header, index);
  }
  return index;
}

/** Finds the column of one field in a header row. */
export function matchField(header: readonly string[], spec: FieldSpec): FieldMatch {
  const index = headerIndex(header);
  if (spec.mapped !== undefined) {
    const found = index.lower.indexOf(mappedName(spec.mapped));
    return found >= 0 ? { kind: 'found', index: found } : { kind: 'mappedMissing', column: spec.mapped };
  }
  const wanted = new Set(spec.names.map(normaliseName));
  let longest = 0;
  for (const n of wanted) longest = Math.max(longest, n.length);
  const indexes: number[] = [];
  header.forEach((h, i) => {
    if (index.skip[i] !== true && headerNames(h, longest, index.whole[i]).some((n) => wanted.has(n))) indexes.push(i);
  });
  if (indexes.length === 0) return { kind: 'none' };
  if (indexes.length === 1) return { kind: 'found', index: indexes[0] as number };
  return { kind: 'ambiguous', indexes };
}
