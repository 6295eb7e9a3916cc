import { type PartnersRequest, partners } from '../commands/partners.js';
import { ExitCode } from '../errors.js';
import type { Destination } from '../io/output.js';
import { chooseFormat } from '../render/output.js';
import { renderPartners } from '../render/partners.js';
import type { Runtime } from '../runtime.js';
import { integerFlag, listFlag } from './flags.js';
import type { PartnersFlags } from './options.js';
import { outputFor, printWarnings, writeResult } from './output.js';
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
  let checked: Destination | undefined;
  const report = await partners({
    ...request,
    beforeRead: async (inputs) => {
      checked = await outputFor(rt, flags, inputs);
    },
  });
  printWarnings(rt, report.meta.warnings);
  const layout = layoutFor(rt, (checked as Destination).kind === 'stdout', flags.wide);
  const options = {
    ...(excel.excel === undefined ? {} : { excel: excel.excel }),
    ...(layout.width === undefined ? {} : { width: layout.width }),
  };
  await writeResult(rt, checked as Destination, renderPartners(rt, report, format, options), format);
  return ExitCode.ok;
}
