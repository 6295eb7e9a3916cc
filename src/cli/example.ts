import { example } from '../commands/example.js';
import { ExitCode } from '../errors.js';
import type { Runtime } from '../runtime.js';
import type { ExampleFlags } from './options.js';

/** `tree example [dir]`: writes the example and says what to try next. */
export async function run(rt: Runtime, dir: string, flags: ExampleFlags): Promise<number> {
  const result = await example({ cwd: rt.cwd, env: rt.env, lang: rt.lang, dir, force: flags.force === true });
  rt.stderr.write(
    `${rt.t('example.created', { village: result.village, dir: result.dir })}\n${rt.t('example.next', { dir: result.dir })}\n`,
  );
  return ExitCode.ok;
}
