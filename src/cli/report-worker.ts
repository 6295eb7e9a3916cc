/**
 * A worker thread of a report batch: renders the villages it is sent, PER_THREAD at a time, with
 * the templates it was given when it started (workerData), so tasks do not carry them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportTemplates } from '../core/report/templates.js';
import { TreeError } from '../errors.js';
import { type OneTask, PER_THREAD, reportOne } from './report-one.js';

const { templates } = workerData as { templates: ReportTemplates };

type Task = { id: number; task: Omit<OneTask, 'templates'> };

// Tasks arrive ahead of time; PER_THREAD of them are worked on at once (see report-batch.ts).
const waiting: Task[] = [];
let running = 0;

function start(): void {
  while (running < PER_THREAD && waiting.length > 0) {
    running++;
    void run(waiting.shift() as Task).finally(() => {
      running--;
      start();
    });
  }
}

parentPort?.on('message', (message: Task) => {
  waiting.push(message);
  start();
});

async function run({ id, task }: Task): Promise<void> {
  try {
    parentPort?.postMessage({ id, result: await reportOne({ ...task, templates }) });
  } catch (error) {
    const e = error as Error & { problems?: unknown };
    parentPort?.postMessage({
      id,
      error: {
        message: e.message,
        problems: error instanceof TreeError ? (e.problems ?? []) : [],
        exitCode: error instanceof TreeError ? error.exitCode : 1,
      },
    });
  }
}
