import { type ScoreRequest, score } from '../commands/score.js';
import { SCORE_LIMITS } from '../core/score/report.js';
import { ExitCode, UsageError } from '../errors.js';
import { expandInputs } from '../io/files.js';
import { readLabels } from '../io/labels.js';
import { isWeightsFile, readWeights } from '../io/weights.js';
import { EXCEL_DIALECTS, type ExcelDialect } from '../render/csv.js';
import { chooseFormat } from '../render/output.js';
import { renderScore } from '../render/score.js';
import type { Runtime } from '../runtime.js';
import { criteriaFlag, delimiterFlag, encodingFlag, integerFlag, listFlag, parseMap, scaleFlag } from './flags.js';
import type { ScoreFlags } from './options.js';
import { printWarnings, writeResult } from './output.js';
import { readWithOutput } from './progress.js';
import { layoutFor } from './terminal.js';

/**
 * Text that is meant as a number, even if not a whole one: signs, decimals (point or
 * comma), exponents, hex, infinity. `--sensitivity -5` or `1e9` is a bad number of runs,
 * never a file name.
 */
const NUMBER_LIKE = /^[+-]?(?:(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?|0x[\da-f]+|infinity)$/i;

/**
 * `--sensitivity [runs]` takes an optional value, so in `--sensitivity data.csv` it has
 * taken the file name: that goes back to the files. Anything that looks like a number is
 * the number of runs, checked as such.
 */
function sensitivityOf(
  rt: Runtime,
  value: string | true | undefined,
  files: readonly string[],
): { runs?: number; files: readonly string[] } {
  if (value === undefined) return { files };
  if (value !== true && !NUMBER_LIKE.test(value.trim()))
    return { runs: SCORE_LIMITS.runs.default, files: [value, ...files] };
  return { runs: integerFlag(rt, '--sensitivity', value === true ? undefined : value, SCORE_LIMITS.runs), files };
}

/** What reads as a dialect name rather than a file: a few letters, no dot or slash. */
const DIALECT_LIKE = /^[a-z]{1,3}$/i;

/**
 * `--excel [dialect]`: alone, the dialect of the run's language; `en` or `id` to choose.
 * Like `--sensitivity`, it may have taken a file name as its value: that goes back to the
 * files. A few letters are a dialect name, checked as such.
 */
export function excelOf(
  rt: Runtime,
  value: string | true | undefined,
  files: readonly string[],
): { excel?: ExcelDialect; files: readonly string[] } {
  if (value === undefined) return { files };
  if (value === true) return { excel: rt.lang, files };
  const name = value.trim().toLowerCase();
  if ((EXCEL_DIALECTS as readonly string[]).includes(name)) return { excel: name as ExcelDialect, files };
  if (DIALECT_LIKE.test(name))
    throw new UsageError(rt.t('flag.badExcel', { value, choices: EXCEL_DIALECTS.join(', ') }));
  return { excel: rt.lang, files: [value, ...files] };
}

/** Turns the flags of `tree score` into a typed request; every flag error is a usage error naming the flag. */
export async function scoreRequest(rt: Runtime, given: readonly string[], flags: ScoreFlags): Promise<ScoreRequest> {
  const { runs, files } = sensitivityOf(rt, flags.sensitivity, given);
  const delimiter = delimiterFlag(rt, flags.delimiter);
  const encoding = encodingFlag(rt, flags.encoding);
  const criteria = criteriaFlag(rt, flags.criteria);
  const scale = scaleFlag(rt, flags.scale);
  return {
    cwd: rt.cwd,
    env: rt.env,
    stdin: rt.stdin,
    lang: rt.lang,
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    ...(files.length > 0 ? { files: await expandInputs(rt, files) } : {}),
    ...(flags.weights === undefined
      ? {}
      : {
          weights: await readWeights(rt, flags.weights),
          weightsFrom: { spec: flags.weights, file: await isWeightsFile(rt, flags.weights) },
        }),
    ...(flags.map === undefined ? {} : { map: parseMap(rt, flags.map) }),
    ...(criteria ? { criteria } : {}),
    ...(scale ? { scale } : {}),
    ...(flags.labels === undefined ? {} : { labels: await readLabels(rt, flags.labels) }),
    by: listFlag(flags.by),
    shortlist: integerFlag(rt, '--shortlist', flags.shortlist, SCORE_LIMITS.shortlist),
    feasibility: integerFlag(rt, '--feasibility', flags.feasibility, SCORE_LIMITS.feasibility),
    minN: integerFlag(rt, '--min-n', flags.minN, SCORE_LIMITS.minN),
    ...(flags.allowLowN === true ? { allowLowN: true } : {}),
    ...(runs === undefined
      ? {}
      : {
          sensitivity: {
            runs,
            seed: integerFlag(rt, '--seed', flags.seed, SCORE_LIMITS.seed),
            spread: integerFlag(rt, '--spread', flags.spread, SCORE_LIMITS.spreadPercent) / 100,
          },
        }),
    skipInvalid: flags.skipInvalid === true,
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
  };
}

/** `tree score`: flags → score() → the ranking, rendered, to stdout or -o. */
export async function run(rt: Runtime, files: string[], flags: ScoreFlags): Promise<number> {
  const format = chooseFormat(rt, flags, ['table', 'md', 'csv', 'json']);
  const excel = excelOf(rt, flags.excel, files);
  const request = await scoreRequest(rt, excel.files, flags);
  // The -o target is checked against the survey files (also those the workspace lists)
  // once they are known, before any is read.
  const { result: report, dest } = await readWithOutput(rt, flags, (hooks) => score({ ...request, ...hooks }));
  printWarnings(rt, report.meta.warnings);
  const tty = rt.stdout.isTTY === true && dest.kind === 'stdout';
  if (excel.excel !== undefined && format !== 'csv')
    printWarnings(rt, [{ message: rt.t('usage.excelIgnored', { format }) }]);
  const layout = layoutFor(rt, dest.kind === 'stdout', flags.wide);
  const options = { tty, ...layout, ...(excel.excel === undefined ? {} : { excel: excel.excel }) };
  await writeResult(rt, dest, renderScore(rt, report, format, options), format);
  return ExitCode.ok;
}
