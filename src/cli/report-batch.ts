/**
 * `tree report` over many villages: one report per workspace and a summary comparing them.
 * Villages are shared out to worker threads (one per core) when there are enough to pay
 * for starting them; one bad village is reported and the others still written.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RowFilter } from '../context.js';
import { slug } from '../core/assess/candidates.js';
import type { ReportTemplates } from '../core/report/templates.js';
import { ExitCode, type Problem } from '../errors.js';
import { ensureDir } from '../io/files.js';
import { checkOutputs, writeOutputs } from '../io/output.js';
import { startWorker } from '../io/parallel.js';
import { problemLines } from '../render/problems.js';
import { type BatchLine, batchSummary, renderBatchSummary } from '../render/report-summary.js';
import type { Runtime } from '../runtime.js';
import { type OneResult, type OneTask, PER_THREAD, reportOne } from './report-one.js';

/**
 * Fewer villages than this are done in this thread: a worker thread compiles every module
 * again, JIT included, some 0.8 s of CPU, which on two cores 50 villages (1.9 s against
 * 1.8 s in one thread) do not earn back, 64 just do (2.0 s against 2.2 s), 200 well
 * (4.4 s against 5.5 s).
 */
const PARALLEL_FROM = 64;

/** One report of a batch: a workspace, or one village of a workspace's survey files (`--by`). */
export interface BatchItem {
  workspace: string;
  /** What messages call it (the workspace as given, or the village). */
  name: string;
  /** What its file is named after (through slug). */
  base: string;
  /** The village (`--by`): the rows to read, and the name on the cover. */
  where?: RowFilter;
  label?: string;
}

/** The items of a batch of workspaces: each named after its folder, so the file is known before the report is made. */
export function workspaceItems(cwd: string, workspaces: readonly string[]): BatchItem[] {
  return workspaces.map((w) => ({
    workspace: w,
    name: w,
    base: path.basename(path.resolve(cwd, w).replace(/[\\/]assessment\.json$/i, '')),
  }));
}

export interface BatchOptions {
  items: readonly BatchItem[];
  outDir: string;
  format: 'md' | 'html' | 'json' | 'csv';
  force: boolean;
  sensitivityRuns: number;
  templates: ReportTemplates;
  jobs?: number;
}

type Outcome = { result: OneResult } | { error: { message: string; problems: Problem[]; exitCode: number } };

/** Tasks a worker holds: as many as it works on, so that it never waits for the next (a reply and the next task cross while the other runs). */
const AHEAD = PER_THREAD;

/** What a task's failure is told as, wherever it ran. */
function failure(error: unknown): Outcome {
  const e = error as Error & { problems?: Problem[]; exitCode?: number };
  return { error: { message: e.message, problems: e.problems ?? [], exitCode: e.exitCode ?? 1 } };
}

/**
 * Runs the tasks on `jobs` threads: this one and `jobs - 1` workers, or this one alone;
 * calls `done` as each finishes. This thread has the modules loaded and warm already, so
 * it takes tasks too, and one worker fewer is started. The templates go to each worker
 * once, when it starts, not with every task.
 */
async function runAll(
  tasks: OneTask[],
  jobs: number,
  templates: ReportTemplates,
  done: (i: number, o: Outcome) => void,
): Promise<void> {
  const workerFile = fileURLToPath(new URL('./report-worker.js', import.meta.url));
  const workers = jobs <= 1 || !existsSync(workerFile) ? 0 : Math.min(jobs - 1, tasks.length - 1);
  let next = 0;
  const take = (): number | undefined => (next < tasks.length ? next++ : undefined);
  const lane = async (): Promise<void> => {
    for (let id = take(); id !== undefined; id = take()) {
      try {
        done(id, { result: await reportOne(tasks[id] as OneTask) });
      } catch (error) {
        done(id, failure(error));
      }
    }
  };
  const here = () => Promise.all(Array.from({ length: PER_THREAD }, lane));
  const remote = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startWorker(workerFile, { workerData: { templates } });
      let inFlight = 0;
      let failed = false;
      const send = (): void => {
        while (inFlight < AHEAD) {
          const id = take();
          if (id === undefined) break;
          const { templates: _, ...task } = tasks[id] as OneTask;
          worker.postMessage({ id, task });
          inFlight++;
        }
        if (inFlight === 0) worker.terminate().then(() => resolve(), reject);
      };
      worker.on('message', (m: { id: number } & Outcome) => {
        inFlight--;
        done(m.id, m);
        send();
      });
      worker.once('error', (error) => {
        if (failed) return;
        failed = true;
        void worker.terminate();
        reject(error);
      });
      send();
    });
  await Promise.all([...Array.from({ length: workers }, remote), here()]);
}

export async function runBatch(rt: Runtime, o: BatchOptions): Promise<number> {
  await ensureDir(rt, o.outDir);
  const ext = o.format === 'csv' ? '' : `.${o.format}`;
  const used = new Set<string>(['summary']);
  const tasks: OneTask[] = o.items.map((item) => {
    const base = slug(item.base);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return {
      cwd: rt.cwd,
      workspace: item.workspace,
      ...(item.where === undefined ? {} : { where: item.where }),
      ...(item.label === undefined ? {} : { label: item.label }),
      lang: rt.lang,
      format: o.format,
      out: path.join(o.outDir, `${name}${ext}`),
      force: o.force,
      sensitivityRuns: o.sensitivityRuns,
      templates: o.templates,
    };
  });
  const summaryFormat = o.format === 'csv' ? 'md' : o.format;
  // Every file the batch writes is checked before any village is read: a report already
  // there without --force stops the run at once (exit 5), not once per village at the end.
  await checkOutputs(
    rt,
    [...(o.format === 'csv' ? [] : tasks.map((t) => t.out)), path.join(o.outDir, `summary.${summaryFormat}`)],
    { force: o.force },
  );
  const jobs = o.jobs ?? (tasks.length >= PARALLEL_FROM ? os.availableParallelism() : 1);
  // On a terminal only, and not when JSON is asked for: a script reading the files wants stderr quiet.
  const progress = o.format !== 'json' && rt.stderr.isTTY === true && rt.env['CI'] !== 'true';
  let finished = 0;
  const lines: (BatchLine | undefined)[] = [];
  const failures: { workspace: string; message: string }[] = [];
  await runAll(tasks, jobs, o.templates, (i, outcome) => {
    finished++;
    const workspace = (o.items[i] as BatchItem).name;
    if ('result' in outcome) lines[i] = { workspace, ...outcome.result };
    else {
      failures.push({ workspace, message: outcome.error.message });
      if (progress) rt.stderr.write('\r\u001b[K');
      rt.stderr.write(`${rt.err.red(rt.t('report.batchFailed', { workspace }))}\n`);
      const detail = problemLines(outcome.error.problems, 0, { t: rt.t, color: rt.err, indent: '  ' });
      rt.stderr.write(`  ${outcome.error.message}\n${detail.length > 0 ? `${detail.join('\n')}\n` : ''}`);
    }
    if (progress)
      rt.stderr.write(
        `\r\u001b[K${rt.t('report.batchProgress', { done: finished, total: tasks.length, percent: Math.round((100 * finished) / tasks.length) })}`,
      );
  });
  if (progress) rt.stderr.write('\r\u001b[K');
  const words = o.templates.words[rt.lang] ?? {};
  const word = (k: string) => String(words[`batch.${k}`] ?? k);
  const summary = batchSummary(
    lines.filter((l): l is BatchLine => l !== undefined),
    failures,
  );
  const [dest] = await checkOutputs(rt, [path.join(o.outDir, `summary.${summaryFormat}`)], { force: o.force });
  await writeOutputs(rt, [
    { dest: dest as NonNullable<typeof dest>, content: renderBatchSummary(summary, summaryFormat, word) },
  ]);
  rt.stderr.write(
    `${rt.t('report.batchDone', { written: summary.villages.length, total: tasks.length, dir: o.outDir })}\n`,
  );
  if (failures.length > 0) {
    rt.stderr.write(
      `${rt.t('report.batchFailures', { count: failures.length, list: failures.map((f) => f.workspace).join(', ') })}\n`,
    );
    return ExitCode.data;
  }
  return ExitCode.ok;
}
