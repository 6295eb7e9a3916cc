import { runExample } from '../commands/example.js';
import type { Runtime } from '../runtime.js';
import type { ExampleFlags } from './options.js';

/** `tree example [dir]`. */
export async function run(rt: Runtime, dir: string, flags: ExampleFlags): Promise<number> {
  return runExample(rt, dir, flags);
}
