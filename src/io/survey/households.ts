/**
 * The household / trainee survey (input of `tree needs`): one row per person, read
 * through the shared CSV reader and field matching, so it takes the same encodings,
 * dialects, group prefixes and problem reporting as the rating survey. Activities wanted
 * may be one space-separated select_multiple column, one 0/1 column per option
 * (`wanted_activities/keripik_singkong`), or both: the person wants the union.
 */
import type { Context } from '../../context.js';
import type { Skill } from '../../core/catalogue.js';
import { DEFAULT_MISSING } from '../../core/criteria.js';
import { normaliseName } from '../../core/names.js';
import type { Person } from '../../core/needs/analysis.js';
import { ratingValue } from '../../core/rating.js';
import { type FieldDef, matchFields } from '../csv/fields.js';
import { type FieldMatch, headerNames, matchField } from '../csv/match.js';
import { type CsvReadOptions, type CsvScan, scanCsv } from '../csv/scan.js';

/** The fixed fields, with the names exports give them in English and Indonesian. */
export const HOUSEHOLD_FIELDS: readonly FieldDef[] = [
  { id: 'respondent', kind: 'text', aliases: ['respondent_id', 'id_responden', 'responden'] },
  { id: 'gender', kind: 'text', aliases: ['sex', 'jenis_kelamin', 'jk', 'kelamin'] },
  { id: 'age', kind: 'text', aliases: ['umur', 'usia', 'age_group', 'kelompok_umur'] },
  { id: 'disability', kind: 'boolean', aliases: ['disabilitas', 'penyandang_disabilitas', 'difabel'] },
  { id: 'village', kind: 'text', aliases: ['dusun', 'hamlet', 'desa', 'kampung'] },
  {
    id: 'wanted',
    kind: 'list',
    aliases: ['wanted_activities', 'activities_wanted', 'interest', 'kegiatan_diminati', 'minat', 'usaha_diminati'],
  },
  { id: 'time', kind: 'text', aliases: ['preferred_time', 'waktu', 'waktu_pelatihan'] },
  { id: 'place', kind: 'text', aliases: ['preferred_place', 'tempat', 'tempat_pelatihan'] },
  {
    id: 'length',
    kind: 'number',
    aliases: ['preferred_length_days', 'length_days', 'lama_pelatihan', 'lama_hari'],
  },
  { id: 'mobile', kind: 'boolean', aliases: ['mobile_training', 'pelatihan_keliling'] },
  { id: 'constraints', kind: 'list', aliases: ['constraint', 'kendala', 'hambatan'] },
  { id: 'support', kind: 'list', aliases: ['support_wanted', 'dukungan', 'dukungan_pasca_pelatihan'] },
];

/** The field of a skill's self-rating: found by the skill's id, labels and synonyms. */
export const skillField = (s: Skill): FieldDef => ({
  id: `skill:${s.id}`,
  kind: 'text',
  aliases: [s.id, `skill_${s.id}`, s.label.en, s.label.id, ...(s.synonyms?.en ?? []), ...(s.synonyms?.id ?? [])],
});

const YES = new Set(['yes', 'y', 'ya', 'true', 'bisa', 'sudah']);
const NO = new Set(['no', 'n', 'tidak', 'tdk', 'false', 'belum', 'tidak bisa']);
const MISSING = new Set(DEFAULT_MISSING);
const TRUE_CELL = new Set(['1', 'true', 'yes', 'ya']);

/** A cell's text, trimmed; undefined when the column is absent or the cell is a missing marker. */
function cell(cells: readonly string[], index: number): string | undefined {
  if (index < 0) return undefined;
  const raw = cells[index] as string;
  if (raw === '') return undefined;
  const text = raw.trim();
  return MISSING.has(text.toLowerCase()) ? undefined : text;
}

/** select_multiple answers: space-separated as Kobo and ODK write them, or commas as people type. */
function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(/[,;]/.test(text) ? /\s*[,;]\s*/ : /\s+/).filter((x) => x !== '');
}

/**
 * A select_multiple answer: from its 0/1 option columns when the export has them (they
 * stay exact when the joined column holds labels with spaces), else the joined column.
 */
function multiple(
  cells: readonly string[],
  index: number,
  options: readonly { index: number; value: string }[],
): string[] {
  if (options.length === 0) return splitList(cell(cells, index));
  const out: string[] = [];
  for (const o of options) {
    const c = cells[o.index] as string;
    if (c === '1' || TRUE_CELL.has(c.trim().toLowerCase())) out.push(o.value);
  }
  // An empty option row with an answer in the joined column (a hand-made file): take that.
  return out.length > 0 ? out : splitList(cell(cells, index));
}

/** An age, or an age band (`15_24`, `25-39`, `60_plus`, `60+`) read as its middle. */
export function ageOf(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const band = /^(\d{1,3})\s*[-_–]\s*(\d{1,3})$/.exec(t);
  if (band) return Math.floor((Number(band[1]) + Number(band[2])) / 2);
  const plus = /^(\d{1,3})\s*(?:\+|_?plus|_?ke_?atas|\s+ke\s+atas)$/i.exec(t);
  if (plus) return Number(plus[1]);
  return undefined;
}

export interface HouseholdReadOptions extends CsvReadOptions {
  /** Field id → column name, overriding the search by name. */
  map?: Readonly<Record<string, string>>;
  /** The highest self-rating (default 5). */
  scaleMax?: number;
}

/**
 * Reads one household survey file, handing each person to `onPerson`. Rows with a bad
 * cell are reported (file:line:column) and not handed on.
 */
export async function readHouseholds(
  ctx: Context,
  file: string,
  skills: readonly Skill[],
  onPerson: (p: Person) => void,
  options: HouseholdReadOptions = {},
): Promise<CsvScan & { skillsFound: string[] }> {
  const fields = [...HOUSEHOLD_FIELDS, ...skills.map(skillField)];
  const scaleMax = options.scaleMax ?? 5;
  let columns = new Map<string, number>();
  // Column index of each fixed field, -1 when the survey has none.
  const col = {
    gender: -1,
    age: -1,
    disability: -1,
    wanted: -1,
    time: -1,
    place: -1,
    length: -1,
    mobile: -1,
    constraints: -1,
    support: -1,
  };
  type Option = { index: number; value: string };
  // The 0/1 columns of each select_multiple field (wanted, constraints, support).
  let options01: Record<'wanted' | 'constraints' | 'support', Option[]> = { wanted: [], constraints: [], support: [] };
  let skillColumns: { id: string; index: number }[] = [];
  const namesOf = (id: string) =>
    new Set([id, ...(HOUSEHOLD_FIELDS.find((f) => f.id === id)?.aliases ?? [])].map(normaliseName));
  let shown = file;
  const scan = await scanCsv(
    ctx,
    file,
    {
      onHeader(header, s, report) {
        shown = s.file;
        const m = matchFields(ctx, s.file, header, fields, options.map ?? {});
        for (const p of m.problems) report(p);
        columns = m.columns;
        for (const k of Object.keys(col) as (keyof typeof col)[]) col[k] = columns.get(k) ?? -1;
        skillColumns = skills.flatMap((sk) => {
          const index = columns.get(`skill:${sk.id}`);
          return index === undefined ? [] : [{ id: sk.id, index }];
        });
        // One 0/1 column per option: `<question>/<option>` (XML names, or labels in Kobo's
        // "Labels" export, whose joined answer column cannot be split back into its labels).
        const optionsOf = (id: 'wanted' | 'constraints' | 'support'): Option[] => {
          const base = columns.get(id);
          const names = namesOf(id);
          return header.flatMap((h, index) => {
            const slash = h.lastIndexOf('/');
            if (slash <= 0) return [];
            const question = h.slice(0, slash);
            const ours =
              base !== undefined
                ? normaliseName(question) === normaliseName(header[base] as string)
                : headerNames(question, 64).some((n) => names.has(n));
            return ours ? [{ index, value: h.slice(slash + 1) }] : [];
          });
        };
        options01 = {
          wanted: optionsOf('wanted'),
          constraints: optionsOf('constraints'),
          support: optionsOf('support'),
        };
        // Without the activities people want there is nothing to analyse: most likely the
        // wrong file (a rating survey) or a column named otherwise, which a mapping fixes.
        if (m.problems.length === 0 && col.wanted < 0 && options01.wanted.length === 0) {
          report({ file: s.file, line: 1, message: ctx.t('needs.noWantedColumn') });
          return false;
        }
        return m.problems.length === 0;
      },
      whereColumn(field, header) {
        const m = householdColumn(header, field, options.map);
        return m.kind === 'found' ? m.index : undefined;
      },
      onRow(cells, line, report) {
        // Runs once per person of surveys of 100,000 and more: column indexes are looked
        // up once per file (col), and nothing is allocated that the row does not need.
        let bad = false;
        const problem = (column: number, key: Parameters<typeof ctx.t>[0], vars: Record<string, string | number>) => {
          report({ file: shown, line, column: column + 1, message: ctx.t(key, vars) });
          bad = true;
        };
        const wanted = multiple(cells, col.wanted, options01.wanted);
        const answers = new Map<string, number | boolean>();
        for (const { id, index } of skillColumns) {
          const raw = cells[index] as string;
          // The common cell, one digit, before any trimming or case folding.
          const n = raw.length === 1 ? raw.charCodeAt(0) - 48 : Number.NaN;
          if (n >= 1 && n <= scaleMax) {
            answers.set(id, n);
            continue;
          }
          const text = cell(cells, index);
          if (text === undefined) continue;
          const w = text.toLowerCase();
          if (YES.has(w)) answers.set(id, true);
          else if (NO.has(w)) answers.set(id, false);
          else {
            // As rating surveys are read: `3,5`, a choice label `4 - Tinggi`, the scale's words.
            const x = ratingValue(text, MISSING, scaleMax === 5);
            if (x >= 1 && x <= scaleMax) answers.set(id, x);
            else problem(index, 'needs.badSkill', { value: text, skill: id, max: scaleMax });
          }
        }
        const person: Person = {
          wanted,
          skills: answers,
          constraints: multiple(cells, col.constraints, options01.constraints),
          support: multiple(cells, col.support, options01.support),
        };
        const age = cell(cells, col.age);
        if (age !== undefined) {
          const a = ageOf(age);
          if (a === undefined) problem(col.age, 'needs.badAge', { value: age });
          else person.age = a;
        }
        const length = cell(cells, col.length);
        if (length !== undefined) {
          const n = /^\d+([.,]\d+)?$/.test(length) ? Number(length.replace(',', '.')) : Number.NaN;
          if (Number.isNaN(n)) problem(col.length, 'table.notNumber', { value: length, field: 'length' });
          else person.lengthDays = n;
        }
        for (const key of ['disability', 'mobile'] as const) {
          const text = cell(cells, col[key]);
          if (text === undefined) continue;
          const w = text.toLowerCase();
          if (YES.has(w) || w === '1') person[key] = true;
          else if (NO.has(w) || w === '0') person[key] = false;
          else problem(col[key], 'table.notBoolean', { value: text, field: key });
        }
        if (bad) return;
        const gender = cell(cells, col.gender);
        if (gender !== undefined) person.gender = gender;
        const time = cell(cells, col.time);
        if (time !== undefined) person.time = time;
        const place = cell(cells, col.place);
        if (place !== undefined) person.place = place;
        onPerson(person);
      },
    },
    options,
  );
  return { ...scan, skillsFound: skillColumns.map((s) => s.id) };
}

/**
 * The column of a field to pick one part of the survey by (`tree report --by village`):
 * the mapped column, else the field's name and its aliases (village: dusun, desa, ...).
 */
export function householdColumn(
  header: readonly string[],
  field: string,
  map: Readonly<Record<string, string>> = {},
): FieldMatch {
  const aliases = HOUSEHOLD_FIELDS.find((f) => f.id === field)?.aliases ?? [];
  const mapped = Object.hasOwn(map, field) ? map[field] : undefined;
  return matchField(header, { what: field, names: [field, ...aliases], ...(mapped === undefined ? {} : { mapped }) });
}
