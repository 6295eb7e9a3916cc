/**
 * Parts of one job run at once: the first in this thread, each other in a worker thread
 * of its own. A worker imports the module that does the work and calls the function it
 * exports by name, so the work is the same code whichever thread runs it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Tells how far a part has got: its rows and bytes read so far. */
export type PartProgress = (rows: number, bytes: number) => void;

/** A part's work: given its input, answers plain data (it crosses threads by structured clone). */
export type PartWork<I, R> = (input: I, progress: PartProgress) => Promise<R>;

export type Settled<R> = { value: R } | { error: unknown };

/** The parent's flags, less those that only mean something for its own entry (--input-type, --eval). */
export function workerExecArgv(): string[] {
  return process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
}

/** What a worker runs: the module (a file URL) and the name of the PartWork it exports. */
export interface PartJob {
  module: string;
  name: string;
}

/** Whether worker threads can be used: not when running from the TypeScript sources (tests). */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./part-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * A worker thread, with the parent's flags where a worker takes them: V8 flags such as
 * --max-semi-space-size are the process's and refused in a worker's execArgv.
 */
export function startWorker(file: string, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  try {
    return new Worker(file, { ...options, execArgv: workerExecArgv() });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(file, { ...options, execArgv: [] });
  }
}

function inWorker<R>(file: string, job: PartJob, input: unknown, progress: PartProgress): Promise<Settled<R>> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(file, { workerData: { job, input } });
    } catch (error) {
      resolve({ error });
      return;
    }
    let settled = false;
    const settle = (s: Settled<R>) => {
      if (settled) return;
      settled = true;
      resolve(s);
      void worker.terminate();
    };
    worker.on('message', (m: { progress?: [number, number] } & Partial<{ value: R; error: unknown }>) => {
      if (m.progress !== undefined) progress(m.progress[0], m.progress[1]);
      else if ('value' in m) settle({ value: m.value as R });
      else settle({ error: m.error });
    });
    worker.on('error', (error) => settle({ error }));
    worker.on('exit', (code) => settle({ error: new Error(`worker stopped (exit ${code})`) }));
  });
}

async function here<I, R>(work: PartWork<I, R>, input: I, progress: PartProgress): Promise<Settled<R>> {
  try {
    return { value: await work(input, progress) };
  } catch (error) {
    return { error };
  }
}

/**
 * Runs `work` on every input, the first in this thread and the others in worker threads
 * running `job` (the same function, imported there), all at once; answers each outcome,
 * in order. Without a built worker (TypeScript sources) every input runs here in turn.
 */
export async function runParts<I, R>(
  job: PartJob,
  work: PartWork<I, R>,
  inputs: readonly I[],
  onProgress?: (part: number, rows: number, bytes: number) => void,
): Promise<Settled<R>[]> {
  const file = workerFile();
  const progress =
    (k: number): PartProgress =>
    (rows, bytes) =>
      onProgress?.(k, rows, bytes);
  if (file === undefined) {
    const out: Settled<R>[] = [];
    for (const [k, input] of inputs.entries()) out.push(await here(work, input, progress(k)));
    return out;
  }
  return Promise.all(
    inputs.map((input, k) => (k === 0 ? here(work, input, progress(k)) : inWorker<R>(file, job, input, progress(k)))),
  );
}
