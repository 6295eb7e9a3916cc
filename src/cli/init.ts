import { runInit } from '../commands/init.js';
import type { Runtime } from '../runtime.js';
import type { InitFlags } from './options.js';

/** `tree init [dir]`. */
export async function run(rt: Runtime, dir: string, flags: InitFlags): Promise<number> {
  return runInit(rt, dir, flags);
}
