import { type PartnersRequest, partners } from '../commands/partners.js';
import { ExitCode } from '../errors.js';
import { chooseFormat } from '../render/output.js';
import { renderPartners } from '../render/partners.js';
import type { Runtime } from '../runtime.js';
import { integerFlag, listFlag } from './flags.js';
import type { PartnersFlags } from './options.js';
import { printWarnings, writeResult } from './output.js';
import { readWithOutput } from './progress.js';
import { excelOf } from './score.js';
import { layoutFor } from './terminal.js';

/** `tree partners`: flags → partners() → the partner shortlist, rendered, to stdout or -o. */
export async function run(rt: Runtime, directory: string | undefined, flags: PartnersFlags): Promise<number> {
  const format = chooseFormat(rt, flags, ['table', 'md', 'csv', 'json']) as 'table' | 'md' | 'csv' | 'json';
  const excel = excelOf(rt, flags.excel, directory === undefined ? [] : [directory]);
  const activities = listFlag(flags.activities === undefined ? undefined : [flags.activities]);
  const households = listFlag(flags.households);
  const [dir] = excel.files;
  const request: PartnersRequest = {
    cwd: rt.cwd,
    env: rt.env,
    stdin: rt.stdin,
    lang: rt.lang,
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    ...(dir === undefined ? {} : { directory: dir }),
    ...(activities.length > 0 ? { activities } : {}),
    ...(households.length > 0 ? { households } : {}),
    top: integerFlag(rt, '--top', flags.top, { min: 1, max: 20, default: 3 }),
  };
  const { result: report, dest } = await readWithOutput(rt, flags, ({ beforeRead }) =>
    partners({ ...request, beforeRead }),
  );
  printWarnings(rt, report.meta.warnings);
  const layout = layoutFor(rt, dest.kind === 'stdout', flags.wide);
  const options = {
    ...(excel.excel === undefined ? {} : { excel: excel.excel }),
    ...(layout.width === undefined ? {} : { width: layout.width }),
  };
  await writeResult(rt, dest, renderPartners(rt, report, format, options), format);
  return ExitCode.ok;
}
