import path from 'node:path';
import type { Context } from '../context.js';
import { DataError, type Problem } from '../errors.js';
import { scanCsv } from './csv/scan.js';

/** A number written in a labels file: a JSON number, or text such as "2" or "2,5". */
function labelNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+(?:[.,]\d+)?\s*$/.test(value)) return Number.NaN;
  return Number(value.trim().replace(',', '.'));
}

/**
 * --labels FILE: answer word → number, the same thing as `survey.scale.labels` in
 * assessment.json. A JSON object (`{"rendah": 1, "tinggi": 2}`) or a CSV of two columns
 * (word, number; a header `label,value` or `word,number` is optional). Every problem is
 * listed at once, as a data error (exit 3) naming the file and line.
 */
export async function readLabels(ctx: Context, file: string): Promise<Record<string, number>> {
  // Words are the user's: a null prototype keeps `constructor` an ordinary answer.
  const labels = Object.create(null) as Record<string, number>;
  const problems: Problem[] = [];
  const add = (word: string, value: unknown, line?: number): void => {
    const n = labelNumber(value);
    if (word.trim() === '' || !Number.isFinite(n))
      problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        message: ctx.t('labels.badEntry', { word, value: typeof value === 'string' ? value : JSON.stringify(value) }),
      });
    else labels[word.trim()] = n;
  };
  if (path.extname(file).toLowerCase() === '.json') {
    const { readJsonInput, parseJsonWithPositions, jsonIssueProblem } = await import('./json-locate.js');
    const { parsed, errors } = parseJsonWithPositions((await readJsonInput(ctx, file)) as string);
    const issues = parsed ? parsed.issues : errors;
    if (issues.length > 0)
      throw new DataError(ctx.t('labels.invalid', { file }), {
        problems: issues.map((i) => jsonIssueProblem(i, file, ctx.t)),
      });
    const value = parsed?.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new DataError(ctx.t('labels.invalid', { file }), {
        problems: [{ file, message: ctx.t('labels.badShape') }],
      });
    for (const [word, n] of Object.entries(value as Record<string, unknown>)) add(word, n);
  } else {
    const scan = await scanCsv(ctx, file, {
      onHeader: (header) => {
        if (!/^(label|labels|word|answer|kata|jawaban|label_jawaban)$/i.test((header[0] ?? '').trim()))
          add(header[0] ?? '', header[1] ?? '', 1);
        return true;
      },
      onRow: (fields, line) => add(fields[0] ?? '', fields[1] ?? '', line),
    });
    problems.unshift(...scan.problems);
  }
  if (problems.length === 0 && Object.keys(labels).length === 0)
    problems.push({ file, message: ctx.t('labels.badShape') });
  if (problems.length > 0) throw new DataError(ctx.t('labels.invalid', { file }), { problems });
  return labels;
}
