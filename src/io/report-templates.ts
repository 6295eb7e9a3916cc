/**
 * The report templates: the shipped ones (templates/report/), or a user's folder given with
 * --template, whose files replace the shipped ones of the same name (a folder may restyle
 * only the HTML, say). Templates are read here so that rendering does no I/O.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../context.js';
import type { ReportTemplates } from '../core/report/templates.js';
import { DataError } from '../errors.js';
import { readAssetText } from './assets.js';
import { exists, inputError } from './files.js';

export type { ReportTemplates };

export const TEMPLATE_FILES = ['report.md.liquid', 'report.html.liquid', 'words.json'] as const;

/** Reads the templates: a user's folder first (when given), the shipped file for any it lacks. */
export async function readReportTemplates(ctx: Pick<Context, 'cwd' | 't'>, dir?: string): Promise<ReportTemplates> {
  const texts: Record<string, string> = Object.create(null);
  const shown: Record<string, string> = Object.create(null);
  if (dir !== undefined && !(await exists(path.resolve(ctx.cwd, dir))))
    throw inputError(ctx, dir, Object.assign(new Error('missing'), { code: 'ENOENT' }));
  for (const name of TEMPLATE_FILES) {
    const own = dir === undefined ? undefined : path.join(dir, name);
    if (own !== undefined && (await exists(path.resolve(ctx.cwd, own)))) {
      try {
        texts[name] = await readFile(path.resolve(ctx.cwd, own), 'utf8');
      } catch (error) {
        throw inputError(ctx, own, error);
      }
      shown[name] = own;
    } else {
      texts[name] = await readAssetText(`templates/report/${name}`);
      shown[name] = `templates/report/${name}`;
    }
  }
  let words: Record<string, Record<string, unknown>>;
  try {
    words = JSON.parse(texts['words.json'] as string);
  } catch (error) {
    throw new DataError(
      ctx.t('report.badWords', { file: shown['words.json'] as string, reason: (error as Error).message }),
    );
  }
  return { texts, shown, words };
}
