import path from 'node:path';
import { report, reportSplit } from '../commands/report.js';
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
import type { BatchItem } from './report-batch.js';
import { excelOf } from './score.js';

/**
 * The villages of one workspace's survey files (`--by village`), one batch item each; rows
 * with no village make one of their own, said on stderr so that none goes unnoticed.
 */
async function villageItems(rt: Runtime, workspace: string | undefined, field: string): Promise<BatchItem[]> {
  const split = await reportSplit({
    cwd: rt.cwd,
    env: rt.env,
    lang: rt.lang,
    ...(workspace === undefined ? {} : { workspace }),
    field,
  });
  if (split.blank !== undefined) {
    const label = split.parts[split.parts.length - 1]?.label ?? '';
    const message = rt.t('report.byBlankRows', { count: split.blank.rows, field, at: split.blank.at, label });
    printWarnings(rt, [{ message }]);
  }
  return split.parts.map((p) => ({
    workspace: split.workspace,
    name: p.label,
    base: p.label,
    where: p.where,
    label: p.label,
  }));
}

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
  if (flags.by !== undefined) {
    const field = flags.by.trim();
    if (flags.outDir === undefined) throw new UsageError(rt.t('report.byNeedsOutDir', { field }));
    if (workspaces.length > 1) throw new UsageError(rt.t('report.byOneWorkspace', { field, count: workspaces.length }));
  }
  if (workspaces.length > 1 || flags.outDir !== undefined) {
    if (flags.outDir === undefined) throw new UsageError(rt.t('report.needsOutDir'));
    const { runBatch, workspaceItems } = await import('./report-batch.js');
    const items =
      flags.by === undefined
        ? workspaceItems(rt.cwd, workspaces.length > 0 ? workspaces : [flags.workspace ?? '.'])
        : await villageItems(rt, workspaces[0] ?? flags.workspace, flags.by.trim());
    return runBatch(rt, {
      items,
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
