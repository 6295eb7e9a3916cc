import { NEEDS_LIMITS, type NeedsRequest, needs } from '../commands/needs.js';
import { ExitCode, UsageError } from '../errors.js';
import { expandInputs } from '../io/files.js';
import { NEEDS_TABLES, type NeedsTable, renderNeeds } from '../render/needs.js';
import { chooseFormat } from '../render/output.js';
import type { Runtime } from '../runtime.js';
import { delimiterFlag, encodingFlag, integerFlag, listFlag, parseMap } from './flags.js';
import type { NeedsFlags } from './options.js';
import { printWarnings, writeResult } from './output.js';
import { readWithOutput } from './progress.js';
import { excelOf } from './score.js';
import { layoutFor } from './terminal.js';

/** `tree needs`: flags → needs() → the training-need report, rendered, to stdout or -o. */
export async function run(rt: Runtime, files: string[], flags: NeedsFlags): Promise<number> {
  const format = chooseFormat(rt, flags, ['table', 'md', 'csv', 'json']) as 'table' | 'md' | 'csv' | 'json';
  const excel = excelOf(rt, flags.excel, files);
  const table = flags.table as NeedsTable | undefined;
  if (table !== undefined && !NEEDS_TABLES.includes(table))
    throw new UsageError(rt.t('needs.unknownTable', { value: table, allowed: NEEDS_TABLES.join(', ') }));
  const delimiter = delimiterFlag(rt, flags.delimiter);
  const encoding = encodingFlag(rt, flags.encoding);
  const lackingAtMost =
    flags.lackingAtMost === undefined
      ? undefined
      : integerFlag(rt, '--lacking-at-most', flags.lackingAtMost, NEEDS_LIMITS.lackingAtMost);
  const groupSize =
    flags.groupSize === undefined
      ? undefined
      : integerFlag(rt, '--group-size', flags.groupSize, NEEDS_LIMITS.groupSize);
  const activities = listFlag(flags.activities === undefined ? undefined : [flags.activities]);
  const request: NeedsRequest = {
    cwd: rt.cwd,
    env: rt.env,
    stdin: rt.stdin,
    lang: rt.lang,
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    ...(excel.files.length > 0 ? { files: await expandInputs(rt, excel.files) } : {}),
    ...(activities.length > 0 ? { activities } : {}),
    ...(lackingAtMost === undefined ? {} : { lackingAtMost }),
    ...(groupSize === undefined ? {} : { groupSize }),
    ...(flags.map === undefined ? {} : { map: parseMap(rt, flags.map) }),
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
    ...(flags.jobs === undefined
      ? {}
      : { jobs: integerFlag(rt, '--jobs', flags.jobs, { min: 1, max: 64, default: 1 }) }),
    ...(rt.debug
      ? { onRead: (r: { file: string; parts: number }) => rt.stderr.write(`debug: ${rt.t('needs.readParts', r)}\n`) }
      : {}),
  };
  const { result: report, dest } = await readWithOutput(rt, flags, (hooks) => needs({ ...request, ...hooks }));
  printWarnings(rt, report.meta.warnings);
  if (table !== undefined && format !== 'csv') printWarnings(rt, [{ message: rt.t('usage.tableIgnored', { format }) }]);
  const layout = layoutFor(rt, dest.kind === 'stdout', flags.wide);
  const options = {
    ...(excel.excel === undefined ? {} : { excel: excel.excel }),
    ...(table ? { table } : {}),
    ...(layout.width === undefined ? {} : { width: layout.width }),
  };
  await writeResult(rt, dest, renderNeeds(rt, report, format, options), format);
  return ExitCode.ok;
}
