import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { ENCODING_ALIASES, type Encoding } from './decode.js';
import { DELIMITERS } from './dialect.js';

const ENCODINGS = new Set<string>(Object.values(ENCODING_ALIASES));

/**
 * Checks the CSV settings a script passes (the CLI has already turned names like "tab"
 * into characters): a usage error names the bad one, rather than a misread file later.
 */
export function checkCsvSettings(
  ctx: Context,
  settings: { delimiter?: string | undefined; encoding?: Encoding | undefined },
): void {
  if (settings.delimiter !== undefined && !(DELIMITERS as readonly string[]).includes(settings.delimiter)) {
    throw new UsageError(ctx.t('flag.badDelimiter', { value: settings.delimiter }));
  }
  if (settings.encoding !== undefined && !ENCODINGS.has(settings.encoding))
    throw new UsageError(ctx.t('flag.badEncoding', { value: settings.encoding }));
}
