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
import { type FieldDef, matchFields } from '../csv/fields.js';
import { headerNames } from '../csv/match.js';
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
  let options01: { index: number; value: string }[] = [];
  let skillColumns: { id: string; index: number }[] = [];
  const wantedNames = new Set(['wanted', ...(HOUSEHOLD_FIELDS[5]?.aliases ?? [])].map(normaliseName));
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
        skillColumns = skills.flatMap((sk) => {
          const index = columns.get(`skill:${sk.id}`);
          return index === undefined ? [] : [{ id: sk.id, index }];
        });
        // One 0/1 column per option: `<wanted question>/<option>`.
        const base = columns.get('wanted');
        options01 = header.flatMap((h, index) => {
          const slash = h.lastIndexOf('/');
          if (slash <= 0) return [];
          const question = h.slice(0, slash);
          const isWanted =
            base !== undefined
              ? normaliseName(question) === normaliseName(header[base] as string)
              : headerNames(question, 64).some((n) => wantedNames.has(n));
          return isWanted ? [{ index, value: h.slice(slash + 1) }] : [];
        });
        return m.problems.length === 0;
      },
      onRow(cells, line, report) {
        let bad = false;
        const at = (id: string) => {
          const i = columns.get(id);
          if (i === undefined) return undefined;
          const text = (cells[i] as string).trim();
          return MISSING.has(text.toLowerCase()) ? undefined : { text, column: i + 1 };
        };
        const problem = (column: number, key: Parameters<typeof ctx.t>[0], vars: Record<string, string | number>) => {
          report({ file: shown, line, column, message: ctx.t(key, vars) });
          bad = true;
        };
        const bool = (id: string): boolean | undefined => {
          const c = at(id);
          if (c === undefined) return undefined;
          const w = c.text.toLowerCase();
          if (YES.has(w) || w === '1') return true;
          if (NO.has(w) || w === '0') return false;
          problem(c.column, 'table.notBoolean', { value: c.text, field: id });
          return undefined;
        };
        const list = (id: string): string[] => {
          const c = at(id);
          if (c === undefined) return [];
          return c.text.split(/[,;]/.test(c.text) ? /\s*[,;]\s*/ : /\s+/).filter((x) => x !== '');
        };
        const wanted = new Set(list('wanted'));
        for (const o of options01)
          if (TRUE_CELL.has((cells[o.index] as string).trim().toLowerCase())) wanted.add(o.value);
        const skillAnswers = new Map<string, number | boolean>();
        for (const { id, index } of skillColumns) {
          const text = (cells[index] as string).trim();
          if (MISSING.has(text.toLowerCase())) continue;
          const w = text.toLowerCase();
          if (YES.has(w)) skillAnswers.set(id, true);
          else if (NO.has(w)) skillAnswers.set(id, false);
          else {
            const n = /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
            if (n >= 1 && n <= scaleMax) skillAnswers.set(id, n);
            else problem(index + 1, 'needs.badSkill', { value: text, skill: id, max: scaleMax });
          }
        }
        const age = at('age');
        const ageValue = age === undefined ? undefined : ageOf(age.text);
        if (age !== undefined && ageValue === undefined) problem(age.column, 'needs.badAge', { value: age.text });
        const length = at('length');
        let lengthDays: number | undefined;
        if (length !== undefined) {
          const n = /^\d+([.,]\d+)?$/.test(length.text) ? Number(length.text.replace(',', '.')) : Number.NaN;
          if (Number.isNaN(n)) problem(length.column, 'table.notNumber', { value: length.text, field: 'length' });
          else lengthDays = n;
        }
        const disability = bool('disability');
        const mobile = bool('mobile');
        if (bad) return;
        const text = (id: string) => at(id)?.text;
        const person: Person = {
          wanted: [...wanted],
          skills: skillAnswers,
          constraints: list('constraints'),
          support: list('support'),
        };
        const gender = text('gender');
        if (gender !== undefined) person.gender = gender;
        if (ageValue !== undefined) person.age = ageValue;
        if (disability !== undefined) person.disability = disability;
        const time = text('time');
        if (time !== undefined) person.time = time;
        const place = text('place');
        if (place !== undefined) person.place = place;
        if (lengthDays !== undefined) person.lengthDays = lengthDays;
        if (mobile !== undefined) person.mobile = mobile;
        onPerson(person);
      },
    },
    options,
  );
  return { ...scan, skillsFound: skillColumns.map((s) => s.id) };
}
