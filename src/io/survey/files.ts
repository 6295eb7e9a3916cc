import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Problem } from '../../errors.js';
import { type Encoding, encodingName } from '../csv/decode.js';
import { type RatingSink, readSurvey } from './read.js';

export interface SurveyFilesOptions {
  /** Segment fields to read (`by`). */
  segments?: readonly string[];
  skipInvalid?: boolean;
  delimiter?: string;
  encoding?: Encoding;
  onProgress?: (file: string, rows: number, bytes: number) => void;
}

export interface SurveyFilesResult {
  /** The files as shown in messages. */
  files: string[];
  /** The encoding each file was read in, by its shown name (`utf-8`, `windows-1252`, ...). */
  encodings: Record<string, string>;
  rows: number;
  ratings: number;
  skipped: number;
  problems: Problem[];
  /** Problems counted past the per-file limit, not listed. */
  omitted: number;
  warnings: Problem[];
}

/**
 * Reads several survey files as one survey, handing every rating to the sink that
 * `begin()` returns, in one pass: each file is read once, its encoding decided as it is
 * read (see openCsvSource), so standard input and pipes can be among them.
 */
export async function readSurveyFiles(
  ctx: Context,
  files: readonly string[],
  config: Config,
  options: SurveyFilesOptions,
  begin: () => RatingSink,
): Promise<SurveyFilesResult> {
  const sink = begin();
  // Keyed by file names: no prototype to collide with.
  const encodings = Object.create(null) as Record<string, string>;
  const out: SurveyFilesResult = {
    files: [],
    encodings,
    rows: 0,
    ratings: 0,
    skipped: 0,
    problems: [],
    omitted: 0,
    warnings: [],
  };
  // The files are one survey: their distinct activities count together against the limit.
  const activities = new Set<string>();
  for (const file of files) {
    const r = await readSurvey(ctx, file, config, {
      skipInvalid: options.skipInvalid === true,
      segments: options.segments ?? [],
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onRating: sink,
      activities,
    });
    out.files.push(r.file);
    if (r.encoding !== '') encodings[r.file] = encodingName(r.encoding);
    out.problems.push(...r.problems);
    out.omitted += r.moreProblems;
    out.warnings.push(...r.warnings);
    out.rows += r.rows;
    out.ratings += r.ratings;
    out.skipped += r.skipped;
  }
  return out;
}
