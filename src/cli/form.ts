import path from 'node:path';
import { type FormFormat, type FormKind, form } from '../commands/form.js';
import { ExitCode } from '../errors.js';
import { ensureDir } from '../io/files.js';
import { checkOutputs, writeOutputs } from '../io/output.js';
import type { Runtime } from '../runtime.js';
import type { FormFlags } from './options.js';
import { printWarnings } from './output.js';

/** `tree form`: the workspace's survey forms, written as one set into forms/ (or --out-dir). */
export async function run(rt: Runtime, _args: unknown, flags: FormFlags): Promise<number> {
  const result = await form({
    cwd: rt.cwd,
    env: rt.env,
    lang: rt.lang,
    ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
    ...(flags.kind === undefined ? {} : { kinds: [flags.kind as FormKind] }),
    format: (flags.format ?? 'xlsx') as FormFormat,
  });
  const base = flags.outDir ?? path.relative(rt.cwd, path.join(path.resolve(rt.cwd, result.dir), 'forms')) ?? 'forms';
  const files = result.forms.flatMap((f) =>
    f.files.map((file) => ({ target: path.join(base || '.', ...file.path.split('/')), content: file.content })),
  );
  for (const dir of new Set(files.map((f) => path.dirname(f.target)))) await ensureDir(rt, dir);
  // Every target is checked before any file is written, and all are renamed into place together.
  const dests = await checkOutputs(
    rt,
    files.map((f) => f.target),
    { force: flags.force === true },
  );
  await writeOutputs(
    rt,
    dests.map((dest, i) => ({ dest, content: (files[i] as (typeof files)[number]).content })),
  );
  for (const f of result.forms) {
    const written = f.files.map((file) => path.join(base || '.', ...file.path.split('/'))).join(', ');
    rt.stderr.write(
      `${rt.t('form.wrote', { form: f.kind, formId: f.model.formId, version: f.model.version, files: written })}\n`,
    );
  }
  if (result.mappingIgnored) printWarnings(rt, [{ message: rt.t('form.mappingIgnored') }]);
  rt.stderr.write(`${rt.t('form.next')}\n`);
  return ExitCode.ok;
}
