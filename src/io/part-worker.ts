/** A worker thread running one part of a job (see parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { PartJob, PartWork } from './parallel.js';

const { job, input } = workerData as { job: PartJob; input: unknown };
try {
  const work = (await import(job.module))[job.name] as PartWork<unknown, unknown>;
  const value = await work(input, (rows, bytes) => parentPort?.postMessage({ progress: [rows, bytes] }));
  parentPort?.postMessage({ value });
} catch (error) {
  // Only whether a part failed matters to the caller, which then reads the file whole.
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
