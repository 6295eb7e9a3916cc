import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Runtime } from '../runtime.js';

export const FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** The output flags every result-producing command accepts (PRODUCT.md section 4). */
export interface OutputFlags {
  format?: string;
  json?: boolean;
  output?: string;
  /** `--excel [dialect]`: given at all, it means CSV. */
  excel?: boolean | string;
}

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'table',
};

/**
 * Picks the output format: --json or --format, else the -o file's extension, else a table.
 * A format the command cannot produce is a usage error that lists the ones it can.
 */
export function chooseFormat(rt: Runtime, flags: OutputFlags, allowed: readonly Format[]): Format {
  if (flags.json && flags.format !== undefined && flags.format !== 'json') {
    throw new UsageError(rt.t('usage.formatConflict', { format: flags.format }));
  }
  let format: string | undefined = flags.json ? 'json' : flags.format;
  if (format === undefined && flags.output !== undefined && flags.output !== '-') {
    // A name without an extension gets the table; any other extension must name a format
    // this command writes, so `-o ranking.xlsx` is not a text table under a misleading name.
    const ext = path.extname(flags.output).toLowerCase();
    const inferred = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
    const known = Object.entries(BY_EXTENSION)
      .filter(([, f]) => allowed.includes(f))
      .map(([e]) => e);
    if (ext !== '' && (inferred === undefined || !allowed.includes(inferred))) {
      throw new UsageError(rt.t('usage.badExtension', { file: flags.output, ext, known: known.join(', ') }));
    }
    format = inferred;
  }
  if (format === undefined && flags.excel) format = 'csv';
  format ??= 'table';
  if (format === 'markdown') format = 'md';
  if (!(allowed as readonly string[]).includes(format)) {
    throw new UsageError(rt.t('usage.badFormat', { value: format, allowed: allowed.join(', ') }));
  }
  return format as Format;
}

/** Stable JSON text for results: two-space indent and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
