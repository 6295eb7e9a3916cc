import path from 'node:path';
import { report } from '../commands/report.js';
import { ExitCode, UsageError } from '../errors.js';
import { ensureDir } from '../io/files.js';
import { checkOutputs, type Destination, writeOutputs } from '../io/output.js';
import { readReportTemplates } from '../io/report-templates.js';
import { chooseFormat, toJson } from '../render/output.js';
import { renderReport } from '../render/report.js';
import { reportCsvFiles } from '../render/report-csv.js';
import type { Runtime } from '../runtime.js';
import { integerFlag } from './flags.js';
import type { ReportFlags } from './options.js';
import { outputFor, printWarnings, writeResult } from './output.js';
import { excelOf } from './score.js';

/** `tree report`: the workspace → report() → Markdown (default), HTML, JSON, or a folder of CSV files. */
export async function run(rt: Runtime, given: string[] | undefined, flags: ReportFlags): Promise<number> {
  const excel = excelOf(rt, flags.excel, []);
  const bare = flags.output === undefined || flags.output === '-' || path.extname(flags.output) === '';
  const format =
    flags.format === undefined && !flags.json && bare && excel.excel === undefined
      ? 'md'
      : chooseFormat(rt, { ...flags, excel: excel.excel !== undefined }, ['md', 'html', 'csv', 'json']);
  if (format === 'csv' && flags.outDir === undefined && (flags.output === undefined || flags.output === '-'))
    throw new UsageError(rt.t('report.csvNeedsFolder'));
  const runs = integerFlag(rt, '--sensitivity-runs', flags.sensitivityRuns, { min: 0, max: 100_000, default: 500 });
  // Everything that can be refused is checked before the work: the templates, the output.
  const templates = await readReportTemplates(rt, flags.template);
  const workspaces = given ?? [];
  if (workspaces.length > 1 || flags.outDir !== undefined) {
    if (flags.outDir === undefined) throw new UsageError(rt.t('report.needsOutDir'));
    const { runBatch } = await import('./report-batch.js');
    return runBatch(rt, {
      workspaces: workspaces.length > 0 ? workspaces : [flags.workspace ?? '.'],
      outDir: flags.outDir,
      format: format as 'md' | 'html' | 'json' | 'csv',
      force: flags.force === true,
      sensitivityRuns: runs,
      templates,
      ...(flags.jobs === undefined
        ? {}
        : { jobs: integerFlag(rt, '--jobs', flags.jobs, { min: 1, max: 64, default: 1 }) }),
    });
  }
  const dest = format === 'csv' ? undefined : await outputFor(rt, flags);
  const model = await report({
    cwd: rt.cwd,
    env: rt.env,
    lang: rt.lang,
    ...(workspaces[0] !== undefined
      ? { workspace: workspaces[0] }
      : flags.workspace === undefined
        ? {}
        : { workspace: flags.workspace }),
    sensitivityRuns: runs,
  });
  printWarnings(rt, model.annex.warnings);
  if (format === 'csv') {
    const dir = flags.output as string;
    await ensureDir(rt, dir);
    const files = reportCsvFiles(model, excel.excel);
    const names = Object.keys(files);
    const dests = await checkOutputs(
      rt,
      names.map((n) => path.join(dir, n)),
      { force: flags.force === true },
    );
    await writeOutputs(
      rt,
      dests.map((d, i) => ({ dest: d, content: files[names[i] as string] as string })),
    );
    rt.stderr.write(`${rt.t('output.written', { file: dir })}\n`);
    return ExitCode.ok;
  }
  const content = format === 'json' ? toJson(model) : await renderReport(rt, model, format as 'md' | 'html', templates);
  await writeResult(rt, dest as Destination, content, format);
  return ExitCode.ok;
}
