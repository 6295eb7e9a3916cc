/** The summary of a report batch: each village's top activities, the needs and partners shared by several. */
import { escapeCell, toMarkdownTable } from './markdown.js';
import { toJson } from './output.js';
import { escapeHtml } from './report.js';

/** One village of a batch: where its report went and what the summary compares. */
export interface BatchLine {
  workspace: string;
  village: string;
  out: string;
  /** Top activities, best first, and those marked for a feasibility study. */
  top: string[];
  feasibility: string[];
  /** Skills lacked (gap > 0) in the shortlisted activities, by name. */
  needs: string[];
  /** Partners on the shortlist of any need. */
  partners: string[];
}

export interface BatchSummary {
  villages: BatchLine[];
  failures: { workspace: string; message: string }[];
  /** Skills lacking in the shortlisted activities of several villages, most villages first. */
  commonNeeds: { name: string; villages: number }[];
  /** Partners shortlisted in several villages. */
  sharedPartners: { name: string; villages: number }[];
}

/** Counts in how many villages each name appears; those in two or more, most first. */
function shared(lines: readonly BatchLine[], pick: (l: BatchLine) => string[]) {
  const count = new Map<string, number>();
  for (const l of lines) for (const n of new Set(pick(l))) count.set(n, (count.get(n) ?? 0) + 1);
  return [...count]
    .filter(([, n]) => n >= 2)
    .map(([name, villages]) => ({ name, villages }))
    .sort((a, b) => b.villages - a.villages || a.name.localeCompare(b.name));
}

export function batchSummary(villages: BatchLine[], failures: BatchSummary['failures']): BatchSummary {
  return {
    villages,
    failures,
    commonNeeds: shared(villages, (l) => l.needs),
    sharedPartners: shared(villages, (l) => l.partners),
  };
}

export function renderBatchSummary(
  s: BatchSummary,
  format: 'md' | 'html' | 'json',
  words: (k: string) => string,
): string {
  if (format === 'json') return toJson(s);
  const villageRows = [
    [words('village'), words('top'), words('feasibility'), words('report')],
    ...s.villages.map((v) => [v.village, v.top.join(', '), v.feasibility.join(', '), v.out]),
  ];
  const counted = (list: { name: string; villages: number }[], head: string) => [
    [head, words('villages')],
    ...list.map((x) => [x.name, x.villages]),
  ];
  if (format === 'md') {
    const out = [`# ${words('title')}`, '', toMarkdownTable(villageRows), ''];
    out.push(`## ${words('commonNeeds')}`, '', toMarkdownTable(counted(s.commonNeeds, words('skill'))), '');
    out.push(`## ${words('sharedPartners')}`, '', toMarkdownTable(counted(s.sharedPartners, words('partner'))), '');
    if (s.failures.length > 0)
      out.push(
        `## ${words('failures')}`,
        '',
        ...s.failures.map((f) => `- ${escapeCell(f.workspace)}: ${escapeCell(f.message)}`),
        '',
      );
    return `${out.join('\n')}\n`;
  }
  const table = (rows: (string | number)[][]) =>
    `<table>${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${escapeHtml(String(c))}</th>` : `<td>${escapeHtml(String(c))}</td>`)).join('')}</tr>`).join('\n')}</table>`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(words('title'))}</title>
<style>body{font-family:Arial,sans-serif;max-width:180mm;margin:auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;overflow-wrap:anywhere}th{background:#e8f5e9}</style>
</head><body>
<h1>${escapeHtml(words('title'))}</h1>
${table(villageRows)}
<h2>${escapeHtml(words('commonNeeds'))}</h2>
${table(counted(s.commonNeeds, words('skill')))}
<h2>${escapeHtml(words('sharedPartners'))}</h2>
${table(counted(s.sharedPartners, words('partner')))}
${s.failures.length > 0 ? `<h2>${escapeHtml(words('failures'))}</h2><ul>${s.failures.map((f) => `<li>${escapeHtml(f.workspace)}: ${escapeHtml(f.message)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
