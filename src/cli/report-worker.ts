/**
 * A worker thread of a report batch: renders the villages it is sent, one at a time, with
 * the templates it was given when it started (workerData), so tasks do not carry them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportTemplates } from '../core/report/templates.js';
import { TreeError } from '../errors.js';
import { type OneTask, reportOne } from './report-one.js';

const { templates } = workerData as { templates: ReportTemplates };

// Tasks arrive ahead of time; each is done in turn, so replies keep their order.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ id, task }: { id: number; task: Omit<OneTask, 'templates'> }) => {
  queue = queue.then(async () => {
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
  });
});
