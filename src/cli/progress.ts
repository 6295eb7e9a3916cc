/**
 * One progress line on stderr while a long read runs: the file, the share done, rows per
 * second and the time left, updated a few times a second and cleared at the end. Only on
 * a terminal, not in CI, not with --quiet, and only once a read has lasted a second.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Destination } from '../io/output.js';
import { terminalText } from '../render/text.js';
import type { Runtime } from '../runtime.js';
import { type OutputFlags, outputFor } from './output.js';

export interface Progress {
  onProgress?: (p: { file: string; rows: number; bytes: number }) => void;
  /** Clears the line; call when the read ends, however it ends. */
  done(): void;
}

const SHOW_AFTER_MS = 1000;
const EVERY_MS = 250;

export function progressLine(rt: Runtime, quiet: boolean | undefined, clock: () => number = Date.now): Progress {
  const ci = rt.env['CI'] !== undefined && rt.env['CI'] !== '' && rt.env['CI'] !== 'false';
  if (quiet === true || ci || rt.stderr.isTTY !== true) return { done() {} };
  const started = clock();
  const sizes = new Map<string, number | undefined>();
  let shown = false;
  let last = 0;
  const size = (file: string) => {
    if (!sizes.has(file)) {
      try {
        const s = statSync(path.resolve(rt.cwd, file));
        sizes.set(file, s.isFile() ? s.size : undefined);
      } catch {
        sizes.set(file, undefined);
      }
    }
    return sizes.get(file);
  };
  const rate = new Intl.NumberFormat(rt.lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 });
  return {
    onProgress({ file, rows, bytes }) {
      const now = clock();
      if (now - started < SHOW_AFTER_MS || now - last < EVERY_MS) return;
      last = now;
      const seconds = (now - started) / 1000;
      const total = size(file);
      const share = total === undefined || total === 0 ? undefined : Math.min(1, bytes / total);
      const left = share === undefined || share === 0 ? undefined : Math.max(0, Math.round(seconds / share - seconds));
      const parts = [
        terminalText(file),
        ...(share === undefined ? [] : [`${Math.round(share * 100)}%`]),
        rt.t('progress.rate', { rows: rate.format(rows / seconds) }),
        ...(left === undefined ? [] : [rt.t('progress.left', { seconds: left })]),
      ];
      const width = rt.stderr.columns && rt.stderr.columns > 0 ? rt.stderr.columns - 1 : 79;
      rt.stderr.write(`\r\u001b[K${parts.join('  ').slice(0, width)}`);
      shown = true;
    },
    done() {
      if (shown) rt.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** What a reading command takes from its shell: the progress callback, and the hook that checks -o. */
export interface ReadHooks {
  onProgress?: (p: { file: string; rows: number; bytes: number }) => void;
  beforeRead: (files: readonly string[]) => Promise<void>;
}

/**
 * Runs a command that reads survey files with a progress line, checking the -o target
 * against its inputs once they are known and before any is read, so a ranking never
 * replaces its own survey and a long run never ends in a refusal.
 */
export async function readWithOutput<R>(
  rt: Runtime,
  flags: OutputFlags & { quiet?: boolean },
  run: (hooks: ReadHooks) => Promise<R>,
): Promise<{ result: R; dest: Destination }> {
  let dest: Destination | undefined;
  const progress = progressLine(rt, flags.quiet);
  try {
    const result = await run({
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
      beforeRead: async (inputs) => {
        dest = await outputFor(rt, flags, inputs);
      },
    });
    return { result, dest: dest as Destination };
  } finally {
    progress.done();
  }
}
