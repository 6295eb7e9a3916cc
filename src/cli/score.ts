import { type ScoreRequest, score, surveyInputs } from '../commands/score.js';
import { SCORE_LIMITS } from '../core/score/report.js';
import { ExitCode } from '../errors.js';
import { expandInputs } from '../io/files.js';
import { isWeightsFile, readWeights } from '../io/weights.js';
import { chooseFormat } from '../render/output.js';
import { renderScore } from '../render/score.js';
import type { Runtime } from '../runtime.js';
import { delimiterFlag, encodingFlag, integerFlag, listFlag, parseMap } from './flags.js';
import type { ScoreFlags } from './options.js';
import { outputFor, printWarnings, writeResult } from './output.js';

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

/** Turns the flags of `tree score` into a typed request; every flag error is a usage error naming the flag. */
export async function scoreRequest(rt: Runtime, given: readonly string[], flags: ScoreFlags): Promise<ScoreRequest> {
  const { runs, files } = sensitivityOf(rt, flags.sensitivity, given);
  const delimiter = delimiterFlag(rt, flags.delimiter);
  const encoding = encodingFlag(rt, flags.encoding);
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
  const request = await scoreRequest(rt, files, flags);
  // The survey files are checked against -o before any work, also those the workspace lists.
  const dest = await outputFor(
    rt,
    flags,
    request.files ?? (flags.output === undefined ? [] : await surveyInputs(request)),
  );
  const report = await score(request);
  printWarnings(rt, report.meta.warnings);
  const tty = rt.stdout.isTTY === true && dest.kind === 'stdout';
  if (flags.excel === true && format !== 'csv')
    printWarnings(rt, [{ message: rt.t('usage.excelIgnored', { format }) }]);
  await writeResult(rt, dest, renderScore(rt, report, format, { excel: flags.excel === true, tty }), format);
  return ExitCode.ok;
}
