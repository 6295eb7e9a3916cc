/**
 * One village's report, rendered and written: what a batch does for each workspace, in a
 * worker thread or in the main one. Returns what the batch summary needs.
 */
import path from 'node:path';
import { report } from '../commands/report.js';
import type { RowFilter } from '../context.js';
import type { ReportTemplates } from '../core/report/templates.js';
import type { Lang } from '../i18n/index.js';
import { translator } from '../i18n/index.js';
import { ensureDir } from '../io/files.js';
import { checkOutputs, writeOutputs } from '../io/output.js';
import { toJson } from '../render/output.js';
import { renderReport } from '../render/report.js';
import { reportCsvFiles } from '../render/report-csv.js';
import type { BatchLine } from '../render/report-summary.js';

/**
 * Villages a thread keeps going at once: while one waits for its files (reads, the flush
 * of what it wrote), the other computes, so no core sits idle on input and output.
 */
export const PER_THREAD = 2;

export interface OneTask {
  cwd: string;
  workspace: string;
  /** One village of the workspace's survey files, and its name on the cover. */
  where?: RowFilter;
  label?: string;
  lang?: Lang;
  format: 'md' | 'html' | 'json' | 'csv';
  /** The file (or, for CSV, the folder) to write. */
  out: string;
  force: boolean;
  sensitivityRuns: number;
  templates: ReportTemplates;
}

/** What the batch summary needs of one village's report (its line, less the workspace it came from). */
export type OneResult = Omit<BatchLine, 'workspace'>;

export async function reportOne(task: OneTask): Promise<OneResult> {
  const model = await report({
    cwd: task.cwd,
    workspace: task.workspace,
    ...(task.where === undefined ? {} : { where: task.where }),
    ...(task.label === undefined ? {} : { label: task.label }),
    ...(task.lang === undefined ? {} : { lang: task.lang }),
    sensitivityRuns: task.sensitivityRuns,
  });
  const ctx = { cwd: task.cwd, t: translator(model.lang), env: process.env, stdin: process.stdin, lang: model.lang };
  if (task.format === 'csv') {
    await ensureDir(ctx, task.out);
    const files = reportCsvFiles(model);
    const names = Object.keys(files);
    const dests = await checkOutputs(
      ctx,
      names.map((n) => path.join(task.out, n)),
      { force: task.force },
    );
    await writeOutputs(
      ctx,
      dests.map((d, i) => ({ dest: d, content: files[names[i] as string] as string })),
    );
  } else {
    const content =
      task.format === 'json' ? toJson(model) : await renderReport(ctx, model, task.format, task.templates);
    const [dest] = await checkOutputs(ctx, [task.out], { force: task.force });
    await writeOutputs(ctx, [{ dest: dest as NonNullable<typeof dest>, content }]);
  }
  const lines = 'data' in model.ranking ? model.ranking.data.lines : [];
  const needs = 'data' in model.needs ? model.needs.data.activities : [];
  const partners = 'data' in model.partners ? model.partners.data.activities : [];
  return {
    village: model.village,
    out: task.out,
    top: lines.filter((l) => l.shortlist).map((l) => l.name),
    feasibility: lines.filter((l) => l.feasibility).map((l) => l.name),
    needs: [...new Set(needs.flatMap((a) => a.modules.map((m) => m.name)))],
    partners: [...new Set(partners.flatMap((a) => a.needs.flatMap((n) => n.partners.map((p) => p.name))))],
  };
}
