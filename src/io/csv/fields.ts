import type { Context } from '../../context.js';
import { DEFAULT_MISSING } from '../../core/criteria.js';
import { normaliseName } from '../../core/names.js';
import type { Problem } from '../../errors.js';
import { type FieldSpec, matchField } from './match.js';
import { type CsvReadOptions, type CsvScan, scanCsv } from './scan.js';

/** How a cell is read. */
export type FieldKind = 'text' | 'number' | 'integer' | 'boolean' | 'choice' | 'list';

/**
 * One column of a survey or directory CSV, declared once: the reader finds it by id or
 * alias (ignoring case, spaces, underscores and Kobo/ODK group prefixes, as for ratings),
 * checks every cell by its kind, and reports problems with file:line:column.
 */
export interface FieldDef {
  readonly id: string;
  /** Other names and labels, English and Indonesian. */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  readonly kind: FieldKind;
  /** Allowed values of a choice, or of each item of a list; compared like names. */
  readonly choices?: readonly string[];
  /** Other words for a choice (`BLK` for training_provider), read as the choice itself. */
  readonly words?: Readonly<Record<string, readonly string[]>>;
  /**
   * For a text field: reads a cell into its value, or undefined when it is not one; the
   * problem then names `allowed`, what the cell may hold.
   */
  readonly parse?: (text: string) => FieldValue | undefined;
  readonly allowed?: string;
}

export type FieldValue = string | number | boolean | string[];
/** One row, by field id; a field with no column or an empty cell is absent. */
export type FieldRecord = Record<string, FieldValue | undefined>;

export interface FieldColumns {
  /** Column index by field id, for the fields found. */
  columns: Map<string, number>;
  problems: Problem[];
}

/** Finds the columns of a field list in a header: required fields missing or matching twice are problems. */
export function matchFields(
  ctx: Context,
  file: string,
  header: readonly string[],
  fields: readonly FieldDef[],
  map: Readonly<Record<string, string>> = {},
): FieldColumns {
  const columns = new Map<string, number>();
  const problems: Problem[] = [];
  for (const f of fields) {
    const mapped = Object.hasOwn(map, f.id) ? map[f.id] : undefined;
    const spec: FieldSpec = {
      what: f.id,
      names: [f.id, ...(f.aliases ?? [])],
      ...(mapped === undefined ? {} : { mapped }),
    };
    const m = matchField(header, spec);
    if (m.kind === 'found') columns.set(f.id, m.index);
    else if (m.kind === 'ambiguous') {
      const list = m.indexes.map((i) => `"${header[i]}" (${i + 1})`).join(', ');
      problems.push({
        file,
        line: 1,
        column: (m.indexes[1] ?? 0) + 1,
        message: ctx.t('survey.ambiguous', { what: f.id, columns: list }),
      });
    } else if (m.kind === 'mappedMissing') {
      problems.push({ file, line: 1, message: ctx.t('survey.mappedMissing', { column: m.column, what: f.id }) });
    } else if (f.required) {
      problems.push({
        file,
        line: 1,
        message: ctx.t('table.missingColumn', {
          field: f.id,
          names: spec.names
            .slice(0, 3)
            .map((n) => `"${n}"`)
            .join(', '),
        }),
      });
    }
  }
  return { columns, problems };
}

const TRUE_WORDS = new Set(['yes', 'y', 'ya', 'true', 'benar', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'tidak', 'tdk', 'false', 'salah', '0']);
const MISSING = new Set(DEFAULT_MISSING);

/** Reads one non-empty cell by its field's kind; a string result is the problem's message. */
function cellValue(
  ctx: Context,
  f: FieldDef,
  text: string,
  choices: Map<string, string> | undefined,
): FieldValue | { problem: string } {
  switch (f.kind) {
    case 'number':
    case 'integer': {
      const n = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
      if (Number.isNaN(n) || (f.kind === 'integer' && !Number.isInteger(n))) {
        return {
          problem: ctx.t(f.kind === 'integer' ? 'table.notInteger' : 'table.notNumber', { value: text, field: f.id }),
        };
      }
      return n;
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return { problem: ctx.t('table.notBoolean', { value: text, field: f.id }) };
    }
    case 'choice': {
      const value = choices?.get(normaliseName(text));
      return (
        value ?? {
          problem: ctx.t('table.notChoice', { value: text, field: f.id, allowed: (f.choices ?? []).join(', ') }),
        }
      );
    }
    case 'text': {
      if (f.parse === undefined) return text;
      const value = f.parse(text);
      return value ?? { problem: ctx.t('table.notChoice', { value: text, field: f.id, allowed: f.allowed ?? '' }) };
    }
    case 'list': {
      // Kobo and ODK write select_multiple answers space-separated; people type commas.
      const items = text.split(/[,;]/.test(text) ? /\s*[,;]\s*/ : /\s+/).filter((s) => s !== '');
      if (!choices) return items;
      const out: string[] = [];
      for (const item of items) {
        const value = choices.get(normaliseName(item));
        if (value === undefined)
          return {
            problem: ctx.t('table.notChoice', { value: item, field: f.id, allowed: (f.choices ?? []).join(', ') }),
          };
        out.push(value);
      }
      return out;
    }
    default:
      return text;
  }
}

/** Every spelling of a field's choices (the choice, and its other words) → the choice. */
function choiceMap(f: FieldDef): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of f.choices ?? []) {
    m.set(normaliseName(c), c);
    for (const w of f.words?.[c] ?? []) if (!m.has(normaliseName(w))) m.set(normaliseName(w), c);
  }
  return m;
}

export interface TableReadOptions extends CsvReadOptions {
  /** Field id → column name, overriding the search by name. */
  map?: Readonly<Record<string, string>>;
  /** Each well-formed row as a record (its cells checked; rows with problems are not passed on). */
  onRecord?: (record: FieldRecord, line: number) => void;
}

/**
 * Reads any CSV by a field list: the shared reader's decoding, delimiter sniffing,
 * HXL row and ragged-row checks, then column matching and a check of every cell. Adding
 * a new kind of CSV is a new field list, not a new reader.
 */
export async function readTable(
  ctx: Context,
  file: string,
  fields: readonly FieldDef[],
  options: TableReadOptions = {},
): Promise<CsvScan> {
  let columns = new Map<string, number>();
  const choiceMaps = new Map(fields.filter((f) => f.choices).map((f) => [f.id, choiceMap(f)]));
  let shown = file;
  return scanCsv(
    ctx,
    file,
    {
      onHeader(header, scan, report) {
        shown = scan.file;
        const m = matchFields(ctx, scan.file, header, fields, options.map);
        for (const p of m.problems) report(p);
        columns = m.columns;
        return m.problems.length === 0;
      },
      onRow(cells, line, report) {
        // Field ids come from code, but a null prototype keeps the record a plain map.
        const record = Object.create(null) as FieldRecord;
        let bad = false;
        for (const f of fields) {
          const index = columns.get(f.id);
          if (index === undefined) continue;
          const text = (cells[index] as string).trim();
          if (MISSING.has(text.toLowerCase())) {
            if (f.required) {
              report({ file: shown, line, column: index + 1, message: ctx.t('table.requiredEmpty', { field: f.id }) });
              bad = true;
            }
            continue;
          }
          const value = cellValue(ctx, f, text, choiceMaps.get(f.id));
          if (typeof value === 'object' && !Array.isArray(value)) {
            report({ file: shown, line, column: index + 1, message: value.problem });
            bad = true;
          } else record[f.id] = value;
        }
        if (!bad) options.onRecord?.(record, line);
      },
    },
    options,
  );
}
