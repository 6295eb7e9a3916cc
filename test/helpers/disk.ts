import { spawnSync } from 'node:child_process';
import { tempDir } from './cli.js';

/**
 * A 64 KiB file system to fill, where the machine lets us mount one (Linux as root, as CI
 * runs); undefined elsewhere, and the test says it is skipped. Unmount it with unmount().
 */
export function smallDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = tempDir('tree-full-');
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0 ? dir : undefined;
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}
