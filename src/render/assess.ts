/** The closing summary of `tree assess`: the ranking, the shortlist, the feasibility checklist, what to run next. */
import type { AssessResult } from '../core/assess/result.js';
import type { Runtime } from '../runtime.js';
import { toJson } from './output.js';
import { renderScore } from './score.js';
import { displayText } from './text.js';

export interface NextCommand {
  command: string;
  what: string;
}

/** The commands that carry the assessment on, each with what it gives. */
export function nextCommands(rt: Runtime, result: AssessResult, workspaceFlag: string): NextCommand[] {
  const w = workspaceFlag === '' ? '' : ` ${workspaceFlag}`;
  const minN = result.ratings === undefined ? '' : ' --min-n 1';
  return [
    { command: `tree score${w}${minN}`, what: rt.t('assess.nextScore') },
    { command: `tree needs${w}`, what: rt.t('assess.nextNeeds') },
    { command: `tree partners${w}`, what: rt.t('assess.nextPartners') },
    { command: `tree report${w} -o out/report.html`, what: rt.t('assess.nextReport') },
  ];
}

/** The summary as text for a terminal or a pipe, or the result as JSON. */
export function renderAssessSummary(
  rt: Runtime,
  result: AssessResult,
  format: 'table' | 'json',
  options: { tty: boolean; next: readonly NextCommand[] },
): string {
  if (format === 'json') return toJson({ ...result, next: options.next.map((n) => n.command) });
  const out: string[] = [];
  const ranking = result.ranking;
  if (ranking) {
    out.push(rt.out.bold(rt.t('assess.rankingTitle')), '');
    out.push(renderScore(rt, ranking, 'table', { tty: options.tty }).trimEnd(), '');
    const activities = ranking.activities;
    const names = (pick: (a: (typeof activities)[number]) => boolean) =>
      activities
        .filter(pick)
        .map((a) => displayText(a.name))
        .join(', ');
    if (ranking.activities.some((a) => a.shortlist))
      out.push(rt.t('assess.shortlistTitle', { names: names((a) => a.shortlist) }));
    if (ranking.activities.some((a) => a.feasibility))
      out.push(rt.t('assess.feasibilityTitle', { names: names((a) => a.feasibility) }));
    out.push(rt.t('assess.checklistTitle'), `  ${rt.t('assess.checklist')}`, '');
  } else if (result.rankingMissing) out.push(displayText(result.rankingMissing.message), '');
  out.push(rt.t('assess.nextTitle'));
  const width = Math.max(...options.next.map((n) => n.command.length));
  for (const n of options.next) out.push(`  ${n.command.padEnd(width)}  ${n.what}`);
  return `${out.join('\n')}\n`;
}
