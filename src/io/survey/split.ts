/**
 * One pass over a survey file for the values of one column (the villages of a district's
 * survey, for `tree report --by village`): each distinct value as first spelled, with its
 * rows, compared as the row filter compares them (see whereKey in csv/scan.ts).
 */
import type { Context } from '../../context.js';
import { collapseSpace } from '../../core/names.js';
import type { FieldMatch } from '../csv/match.js';
import { type CsvScan, scanCsv, whereKey } from '../csv/scan.js';

export interface ColumnValue {
  /** The value as first spelled (spaces collapsed); '' for an empty cell. */
  value: string;
  rows: number;
  /** Where it was first seen: the file (as shown) and its line. */
  file: string;
  line: number;
}

export interface ColumnValues {
  scan: CsvScan;
  /** How the column was found in the header; undefined when no header was read. */
  match?: FieldMatch;
  /** By key (whereKey of the cell). */
  values: Map<string, ColumnValue>;
}

/** Reads `file` once, counting the rows of each value of the column `find` picks in its header. */
export async function columnValues(
  ctx: Context,
  file: string,
  find: (header: readonly string[]) => FieldMatch,
): Promise<ColumnValues> {
  const values = new Map<string, ColumnValue>();
  let match: FieldMatch | undefined;
  let index = -1;
  let shown = file;
  // The context's own row filter, if any, is not this pass's: every row is counted.
  const { where: _, ...all } = ctx;
  const scan = await scanCsv(all, file, {
    onHeader(header, s) {
      shown = s.file;
      match = find(header);
      if (match.kind !== 'found') return false;
      index = match.index;
      return true;
    },
    onRow(fields, line) {
      const raw = fields[index] as string;
      const key = whereKey(raw);
      const seen = values.get(key);
      if (seen !== undefined) seen.rows++;
      else values.set(key, { value: collapseSpace(raw), rows: 1, file: shown, line });
    },
  });
  return { scan, ...(match === undefined ? {} : { match }), values };
}
