import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Problem } from '../../errors.js';
import type { Encoding } from '../csv/decode.js';
import { readSurvey, type RatingSink } from './read.js';

export interface SurveyFilesOptions {
  /** Segment fields to read (`by`). */
  segments?: readonly string[];
  skipInvalid?: boolean;
  delimiter?: string;
  encoding?: Encoding;
  onProgress?: (file: string, rows: number) => void;
}

export interface SurveyFilesResult {
  /** The files as shown in messages. */
  files: string[];
  rows: number;
  ratings: number;
  skipped: number;
  problems: Problem[];
  /** Problems counted past the per-file limit, not listed. */
  omitted: number;
  warnings: Problem[];
}

// Thrown from onRestart to abandon the current pass; never leaves this module.
const RESTART = Symbol('restart');

/**
 * Reads several survey files as one survey, handing every rating to the sink that
 * `begin()` returns. A file taken for UTF-8 from its start may prove to be Windows-1252
 * further on (Excel on Windows): then the pass is abandoned and begun again with a fresh
 * sink and that file read as Windows-1252, so callers never see a half-counted survey.
 * Rare: Excel files show their accents early.
 */
export async function readSurveyFiles(
  ctx: Context,
  files: readonly string[],
  config: Config,
  options: SurveyFilesOptions,
  begin: () => RatingSink,
): Promise<SurveyFilesResult> {
  const windows1252 = new Set<string>();
  for (;;) {
    const result = await readPass(ctx, files, config, options, begin(), windows1252);
    if (result) return result;
  }
}

async function readPass(
  ctx: Context,
  files: readonly string[],
  config: Config,
  options: SurveyFilesOptions,
  sink: RatingSink,
  windows1252: Set<string>,
): Promise<SurveyFilesResult | undefined> {
  const out: SurveyFilesResult = { files: [], rows: 0, ratings: 0, skipped: 0, problems: [], omitted: 0, warnings: [] };
  // The files are one survey: their distinct activities count together against the limit.
  const activities = new Set<string>();
  for (const file of files) {
    const encoding = options.encoding ?? (windows1252.has(file) ? 'windows1252' : undefined);
    let r: Awaited<ReturnType<typeof readSurvey>>;
    try {
      r = await readSurvey(ctx, file, config, {
        skipInvalid: options.skipInvalid === true,
        segments: options.segments ?? [],
        ...(options.delimiter ? { delimiter: options.delimiter } : {}),
        ...(encoding ? { encoding } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        onRestart: () => {
          windows1252.add(file);
          throw RESTART;
        },
        onRating: sink,
        activities,
      });
    } catch (error) {
      if (error === RESTART) return undefined;
      throw error;
    }
    out.files.push(r.file);
    out.problems.push(...r.problems);
    out.omitted += r.moreProblems;
    out.warnings.push(...r.warnings);
    out.rows += r.rows;
    out.ratings += r.ratings;
    out.skipped += r.skipped;
  }
  return out;
}
