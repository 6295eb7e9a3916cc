/**
 * A real terminal for end-to-end tests: a detached tmux session on a socket of its own,
 * driven with send-keys and read with capture-pane. Nothing here waits a fixed time:
 * waitFor polls the screen until the expected text shows (or gives up with the screen in
 * the error message).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** True when a tmux binary can be run. */
export function hasTmux(): boolean {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return r.status === 0;
}

/** Single-quotes a word for the shell line tmux runs. */
export const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export interface TmuxOptions {
  width?: number;
  height?: number;
  /** The environment of the tmux server, hence of the command. Not the test's own: CI=true would make the CLI non-interactive. */
  env?: Record<string, string>;
}

/** The default environment: a UTF-8 terminal, no CI, nothing from the test runner. */
export function terminalEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? tmpdir(),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TERM: 'xterm-256color',
    SHELL: '/bin/sh',
    ...extra,
  };
}

export class Tmux {
  /** The socket name (`tmux -L`), unique to this instance. */
  readonly socket = `tree-e2e-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'tree-tmux-'));
  private readonly config = path.join(this.dir, 'tmux.conf');
  private readonly env: Record<string, string>;
  private started = false;

  constructor(private readonly options: TmuxOptions = {}) {
    // The socket goes in this instance's own folder (TMUX_TMPDIR), removed with it by kill().
    this.env = { ...(options.env ?? terminalEnv()), TMUX_TMPDIR: this.dir };
    // No user configuration; the pane stays readable after its command ends; no status line.
    writeFileSync(
      this.config,
      ['set -g remain-on-exit on', 'set -g status off', 'set -g history-limit 10000', ''].join('\n'),
    );
  }

  private tmux(args: string[]): string {
    const r = spawnSync('tmux', ['-u', '-f', this.config, '-L', this.socket, ...args], {
      env: this.env,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  }

  /** Starts `command` (a shell line) in a new session, in `cwd`. */
  start(command: string, cwd: string): void {
    const { width = 120, height = 50 } = this.options;
    this.tmux(['new-session', '-d', '-s', 'e2e', '-x', String(width), '-y', String(height), '-c', cwd, command]);
    this.started = true;
  }

  /** Types text as it is (send-keys -l): no key names are read in it. */
  type(text: string): void {
    this.tmux(['send-keys', '-t', 'e2e', '-l', text]);
  }

  /** Presses keys by name: Enter, Space, Down, C-c. */
  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', 'e2e', ...keys]);
  }

  /** The visible screen; with `all`, the scrollback too. Wrapped lines are joined. */
  screen(all = false): string {
    return this.tmux(['capture-pane', '-p', '-J', '-t', 'e2e', ...(all ? ['-S', '-'] : [])]);
  }

  /**
   * Polls the screen until `expected` shows in it; returns that screen. Gives up after
   * `timeout` ms with the last screen in the error, so a failure says what was shown.
   */
  async waitFor(
    expected: string | RegExp | ((screen: string) => boolean),
    { timeout = 20_000, all = false }: { timeout?: number; all?: boolean } = {},
  ): Promise<string> {
    const test =
      typeof expected === 'function'
        ? expected
        : typeof expected === 'string'
          ? (s: string) => s.includes(expected)
          : (s: string) => expected.test(s);
    const end = Date.now() + timeout;
    for (;;) {
      const shown = this.screen(all);
      if (test(shown)) return shown;
      if (Date.now() > end)
        throw new Error(`waited ${timeout} ms for ${String(expected)}; the screen shows:\n${shown}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Ends the server and everything in it; safe to call twice. */
  kill(): void {
    if (this.started)
      spawnSync('tmux', ['-f', this.config, '-L', this.socket, 'kill-server'], { env: this.env, encoding: 'utf8' });
    this.started = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
