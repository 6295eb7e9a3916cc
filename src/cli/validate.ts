import { Chalk } from 'chalk';
import { validate } from '../commands/validate.js';
import { ExitCode } from '../errors.js';
import { chooseFormat } from '../render/output.js';
import { renderValidation } from '../render/validate.js';
import type { Runtime } from '../runtime.js';
import { delimiterFlag, encodingFlag, parseMap } from './flags.js';
import type { ValidateFlags } from './options.js';
import { outputFor, writeResult } from './output.js';

/** `tree validate`: exit 0 when every file is valid, 3 when any is not. */
export async function run(rt: Runtime, files: string[], flags: ValidateFlags): Promise<number> {
  const format = chooseFormat(rt, flags, ['table', 'md', 'json']) as 'table' | 'md' | 'json';
  const delimiter = delimiterFlag(rt, flags.delimiter);
  const encoding = encodingFlag(rt, flags.encoding);
  const dest = await outputFor(rt, flags, files);
  const report = await validate({
    cwd: rt.cwd,
    env: rt.env,
    stdin: rt.stdin,
    lang: rt.lang,
    files,
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    ...(flags.map === undefined ? {} : { map: parseMap(rt, flags.map) }),
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
  });
  await writeResult(
    rt,
    dest,
    renderValidation(report, format, rt.t, dest.kind === 'stdout' ? rt.out : new Chalk({ level: 0 })),
    format,
  );
  return report.valid ? ExitCode.ok : ExitCode.data;
}
