import type { ChalkInstance } from 'chalk';
import { formatLocation, type Problem } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { displayText } from './text.js';

/** At most this many problems are printed for one error or file; the rest are counted. */
export const PROBLEM_LIMIT = 50;

export interface ProblemStyle {
  t: Translate;
  /** Colours for the location and the warning label (a no-colour chalk off a terminal). */
  color: ChalkInstance;
  /** Lines start with this (two spaces under a heading). */
  indent?: string;
  /** Label each line as a warning. */
  warning?: boolean;
}

/**
 * The one way problems are shown, for errors, warnings and `tree validate` alike:
 * `location: message`, one per line, names made safe for a terminal, then how many were
 * left out, whether cut here or already counted by the reader (`omitted`).
 */
export function problemLines(problems: readonly Problem[], omitted: number, style: ProblemStyle): string[] {
  const indent = style.indent ?? '  ';
  const label = style.warning ? `${style.color.yellow(`${style.t('warning.prefix')}:`)} ` : '';
  const lines = problems.slice(0, PROBLEM_LIMIT).map((p) => {
    const where = formatLocation(p);
    return `${indent}${label}${where ? `${style.color.cyan(displayText(where))}: ` : ''}${displayText(p.message)}`;
  });
  const more = Math.max(0, problems.length - PROBLEM_LIMIT) + omitted;
  if (more > 0)
    lines.push(
      `${indent}${style.t('error.moreProblems', { count: more, limit: Math.min(problems.length, PROBLEM_LIMIT) })}`,
    );
  return lines;
}
