/** How results are laid out on the terminal they are shown on: its width, and what it can draw. */
import type { Runtime } from '../runtime.js';

export interface Layout {
  /** Fit tables to this many columns; undefined: full width (a pipe, a file, or --wide). */
  width?: number;
  /** Score bars: block characters where the terminal shows them, `#` otherwise; none off a terminal. */
  bar?: 'unicode' | 'ascii';
}

/** True where the terminal can be trusted to show block characters. */
function unicode(env: Record<string, string | undefined>): boolean {
  const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
  if (/utf-?8/i.test(locale)) return true;
  // Windows Terminal and VS Code's terminal show them; the old console host may not.
  return env['WT_SESSION'] !== undefined || env['TERM_PROGRAM'] === 'vscode';
}

export function layoutFor(rt: Runtime, toStdout: boolean, wide: boolean | undefined): Layout {
  if (!toStdout || rt.stdout.isTTY !== true) return {};
  return {
    ...(wide === true ? {} : { width: rt.stdout.columns && rt.stdout.columns > 0 ? rt.stdout.columns : 80 }),
    bar: unicode(rt.env) ? 'unicode' : 'ascii',
  };
}
