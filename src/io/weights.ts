import path from 'node:path';
import type { Context } from '../context.js';
import {
  collectWeights,
  splitWeightList,
  type WeightEntry,
  type WeightMap,
  type WeightProblem,
} from '../core/weights.js';
import { DataError, UsageError } from '../errors.js';
import { scanCsv } from './csv/scan.js';
import { exists, resolvePath } from './files.js';

/** Bad weights: a usage error on the command line, a data error (exit 3) in a file. */
export function weightError(
  ctx: Context,
  spec: string | undefined,
  problems: readonly WeightProblem[],
  known: readonly string[],
  fromFile: boolean,
): UsageError | DataError {
  const message = (p: WeightProblem): string =>
    p.kind === 'syntax'
      ? ctx.t('score.badWeight', { part: p.part })
      : p.kind === 'negative'
        ? ctx.t('score.negativeWeight', { id: p.id, value: p.value })
        : p.kind === 'duplicate'
          ? ctx.t('score.duplicateWeight', { id: p.id })
          : ctx.t('score.unknownWeight', { id: p.id, known: known.join(', ') });
  const list = {
    problems: problems.map((p) =>
      fromFile && spec !== undefined
        ? { file: spec, ...(p.line === undefined ? {} : { line: p.line }), message: message(p) }
        : { message: message(p) },
    ),
  };
  const title = spec === undefined ? ctx.t('score.badWeightsGiven') : ctx.t('score.badWeights', { spec });
  return fromFile ? new DataError(title, list) : new UsageError(title, list);
}

/** True when a --weights value names a file rather than listing weights. */
export async function isWeightsFile(ctx: Context, spec: string): Promise<boolean> {
  return /\.(json|csv|txt)$/i.test(spec) || (!spec.includes('=') && (await exists(resolvePath(ctx, spec))));
}

/**
 * --weights: a file (JSON object id → weight, or CSV criterion,weight) or a list
 * `id=w,id=w`. Every problem is listed together: a usage error on the command line, a data
 * error in a file. Unknown criterion ids are checked where the criteria are known (`known`).
 */
export async function readWeights(ctx: Context, spec: string, known?: readonly string[]): Promise<WeightMap> {
  const ids = known === undefined ? undefined : new Set(known);
  let entries: WeightEntry[];
  const isFile = await isWeightsFile(ctx, spec);
  if (!isFile) entries = splitWeightList(spec);
  else if (path.extname(spec).toLowerCase() === '.json') {
    // Read and parsed as every JSON input is: size and nesting limits, positions in messages.
    const { readJsonInput, parseJsonWithPositions, jsonIssueProblem } = await import('./json-locate.js');
    const { parsed, errors } = parseJsonWithPositions((await readJsonInput(ctx, spec)) as string);
    const issues = parsed ? parsed.issues : errors;
    // A number too large to be one (1e999) is named as written, not as JSON.parse turned it (Infinity).
    if (issues.length > 0)
      throw new DataError(ctx.t('score.weightsFile', { file: spec }), {
        problems: issues.map((i) => jsonIssueProblem(i, spec, ctx.t)),
      });
    const value = parsed?.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new DataError(ctx.t('score.weightsFile', { file: spec }));
    entries = Object.entries(value as Record<string, unknown>).map(([id, v]) => ({
      part: `${id}=${JSON.stringify(v)}`,
      id,
      ...(typeof v === 'number' || typeof v === 'string' ? { value: v } : {}),
    }));
  } else {
    entries = [];
    const scan = await scanCsv(ctx, spec, {
      onHeader: (header) => {
        // A header is optional: "criterion,weight", or the first weight itself.
        if (!/^(criterion|kriteria|id)$/i.test(header[0] ?? ''))
          entries.push({ part: header.join('='), id: header[0] ?? '', value: header[1] ?? '' });
        return true;
      },
      onRow: (fields, line) =>
        entries.push({ part: fields.join('='), id: (fields[0] ?? '').trim(), value: fields[1] ?? '', line }),
    });
    // An empty file (or a header alone) is told as such: the CSV reader's "empty" speaks of surveys.
    const empty = entries.length === 0 && scan.problems.every((p) => p.message === ctx.t('csv.empty'));
    if (empty) throw new DataError(ctx.t('score.weightsEmpty', { file: scan.file }));
    if (scan.problems.length > 0)
      throw new DataError(ctx.t('score.weightsFile', { file: spec }), { problems: scan.problems });
  }
  const { weights, problems } = collectWeights(entries, ids);
  if (problems.length > 0) throw weightError(ctx, spec, problems, known ?? [], isFile);
  return weights;
}
