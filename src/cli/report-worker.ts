/** A worker thread of a report batch: renders the villages it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { TreeError } from '../errors.js';
import { type OneTask, reportOne } from './report-one.js';

parentPort?.on('message', async ({ id, task }: { id: number; task: OneTask }) => {
  try {
    parentPort?.postMessage({ id, result: await reportOne(task) });
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
