import path from 'node:path';
import type { SurveyMapping } from '../core/assessment.js';
import { collectWeights, splitWeightList, type WeightEntry, type WeightMap, type WeightProblem } from '../core/weights.js';
import { DataError, UsageError } from '../errors.js';
import type { Runtime } from '../runtime.js';
import { ENCODING_ALIASES, type Encoding } from './csv/decode.js';
import { DELIMITER_NAMES, DELIMITERS } from './csv/dialect.js';
import { exists, readInput, resolvePath } from './files.js';
import { scanCsv } from './csv/scan.js';

/** Reads a whole-number flag in a range, or fails as a usage error naming the flag. */
export function integerFlag(rt: Runtime, flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(rt.t('score.badInteger', { flag, value, min, max }));
  return n;
}

/** Bad weights: a usage error on the command line, a data error (exit 3) in a file. */
function weightError(rt: Runtime, spec: string, problems: readonly WeightProblem[], known: readonly string[], fromFile: boolean): UsageError | DataError {
  const messages = problems.map((p) =>
    p.kind === 'syntax' ? rt.t('score.badWeight', { part: p.part })
      : p.kind === 'negative' ? rt.t('score.negativeWeight', { id: p.id, value: p.value })
        : rt.t('score.unknownWeight', { id: p.id, known: known.join(', ') }),
  );
  const list = { problems: messages.map((message) => (fromFile ? { file: spec, message } : { message })) };
  return fromFile ? new DataError(rt.t('score.badWeights', { spec }), list) : new UsageError(rt.t('score.badWeights', { spec }), list);
}

/**
 * --weights: a file (JSON object id → weight, or CSV criterion,weight) or a list
 * `id=w,id=w`. Every problem is a usage error, listed together.
 */
export async function readWeights(rt: Runtime, spec: string, known: readonly string[]): Promise<WeightMap> {
  const ids = new Set(known);
  let entries: WeightEntry[];
  const isFile = /\.(json|csv|txt)$/i.test(spec) || (!spec.includes('=') && (await exists(resolvePath(rt, spec))));
  if (!isFile) entries = splitWeightList(spec);
  else if (path.extname(spec).toLowerCase() === '.json') {
    let value: unknown;
    try {
      value = JSON.parse((await readInput(rt, spec)).toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      if ((error as { exitCode?: number }).exitCode !== undefined) throw error;
      throw new DataError(rt.t('score.weightsFile', { file: spec }));
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new DataError(rt.t('score.weightsFile', { file: spec }));
    entries = Object.entries(value as Record<string, unknown>).map(([id, v]) => ({
      part: `${id}=${JSON.stringify(v)}`, id, ...(typeof v === 'number' || typeof v === 'string' ? { value: v } : {}),
    }));
  } else {
    entries = [];
    const scan = await scanCsv(rt, spec, {
      onHeader: (header) => {
        // A header is optional: "criterion,weight", or the first weight itself.
        if (!/^(criterion|kriteria|id)$/i.test(header[0] ?? '')) entries.push({ part: header.join('='), id: header[0] ?? '', value: header[1] ?? '' });
        return true;
      },
      onRow: (fields) => entries.push({ part: fields.join('='), id: (fields[0] ?? '').trim(), value: fields[1] ?? '' }),
    });
    if (scan.problems.length > 0) throw new DataError(rt.t('score.weightsFile', { file: spec }), { problems: scan.problems });
  }
  const { weights, problems } = collectWeights(entries, ids);
  if (problems.length > 0) throw weightError(rt, spec, problems, known, isFile);
  return weights;
}

/**
 * --map: `activity=Q1,market_demand=Q5,gender=sex`. Known criterion ids map criteria,
 * `activity` and `respondent` map those fields, anything else names a segment for --by.
 */
export function parseMap(rt: Runtime, spec: string, criteria: readonly string[]): NonNullable<SurveyMapping['columns']> {
  const columns: NonNullable<SurveyMapping['columns']> = { criteria: {}, segments: {} };
  const ids = new Set(criteria);
  for (const part of spec.split(spec.includes(';') ? ';' : ',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (eq < 0 || field === '' || column === '') throw new UsageError(rt.t('score.badMap', { part }));
    if (field === 'activity') columns.activity = column;
    else if (field === 'respondent') columns.respondent = column;
    else if (ids.has(field)) (columns.criteria as Record<string, string>)[field] = column;
    else (columns.segments as Record<string, string>)[field] = column;
  }
  return columns;
}

/** --delimiter: the character itself, or its name (tab is hard to type in cmd.exe). */
export function delimiterFlag(rt: Runtime, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = DELIMITER_NAMES[value.toLowerCase()] ?? value;
  if (!(DELIMITERS as readonly string[]).includes(d)) throw new UsageError(rt.t('score.badDelimiter', { value }));
  return d;
}

/** --encoding: one of the names in ENCODING_ALIASES. */
export function encodingFlag(rt: Runtime, value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const e = ENCODING_ALIASES[value.toLowerCase()];
  if (!e) throw new UsageError(rt.t('score.badEncoding', { value }));
  return e;
}
