/** The training-need report in the formats of `tree needs`: table, Markdown, CSV (one table at a time) and JSON. */
import type { SkillKind } from '../core/catalogue.js';
import type { NeedsActivity, NeedsReport } from '../core/needs/report.js';
import { CONSTRAINTS, SUPPORT, type Term, TIMES } from '../core/needs/vocab.js';
import type { MessageKey } from '../i18n/index.js';
import type { Runtime } from '../runtime.js';
import { type Cell, type ExcelDialect, toCsv } from './csv.js';
import { escapeCell, toMarkdownTable } from './markdown.js';
import { toJson } from './output.js';
import { fitTable, fittedNote, wrapToWidth } from './table.js';
import { displayText } from './text.js';

/** The CSV tables `--table` can name; `modules` (one row per activity × module) by default. */
export const NEEDS_TABLES = ['modules', 'activities', 'skills', 'plan', 'constraints', 'support'] as const;
export type NeedsTable = (typeof NEEDS_TABLES)[number];

export interface NeedsRenderOptions {
  excel?: ExcelDialect;
  table?: NeedsTable;
  /** Fit tables to this many columns (a terminal's width); undefined keeps full width. */
  width?: number;
}

const pct = (f: number) => `${Math.round(f * 100)}%`;
const gapText = (g: number | null) => (g === null ? '' : pct(g));

function termLabel(rt: Runtime, terms: readonly Term[], id: string): string {
  return terms.find((t) => t.id === id)?.label[rt.lang] ?? id;
}

const kindName = (rt: Runtime, kind: SkillKind) => rt.t(`needs.kind.${kind}` as MessageKey);

function planText(rt: Runtime, a: NeedsActivity): { when: string; where: string } {
  const none = rt.t('needs.unknownPlan');
  return {
    when: a.plan.time === undefined ? none : termLabel(rt, TIMES, a.plan.time),
    // Choice names (`balai_desa`) read as words.
    where: a.plan.place?.replace(/_/g, ' ') ?? none,
  };
}

function summary(rt: Runtime, report: NeedsReport): string {
  return rt.t('needs.summary', {
    people: report.meta.people,
    files: report.meta.files.length,
    count: report.activities.length,
    scope: rt.t(`needs.scope.${report.meta.scope}` as MessageKey),
  });
}

function inclusionLines(rt: Runtime, a: NeedsActivity): string[] {
  return a.inclusion.map((c) => {
    const group = rt.t(`needs.group.${c.group}` as MessageKey);
    const share = pct(c.share);
    if (c.target === undefined) return rt.t('needs.inclusionNoTarget', { group, share });
    if (c.met) return rt.t('needs.inclusionMet', { group, share, target: pct(c.target) });
    return rt.t('needs.inclusionShort', {
      group,
      share,
      target: pct(c.target),
      suggestion: rt.t(`needs.suggest.${c.group}` as MessageKey),
    });
  });
}

function interestedLine(rt: Runtime, report: NeedsReport, a: NeedsActivity): string {
  const i = a.interested;
  return rt.t('needs.interested', {
    total: i.total,
    female: i.byGender.female,
    male: i.byGender.male,
    youth: i.youth,
    min: report.meta.youth.min,
    max: report.meta.youth.max,
    disability: i.disability,
  });
}

function planLine(rt: Runtime, a: NeedsActivity): string {
  const { when, where } = planText(rt, a);
  return rt.t('needs.plan', {
    groups: a.plan.groups,
    size: a.plan.groupSize,
    time: when,
    place: where,
    days: a.plan.lengthDays ?? rt.t('needs.unknownPlan'),
    hours: a.plan.hours,
  });
}

/** The overview: one row per activity. */
function overviewRows(rt: Runtime, report: NeedsReport): Cell[][] {
  const header = [
    rt.t('needs.col.activity'),
    rt.t('needs.col.interested'),
    rt.t('needs.col.women'),
    rt.t('needs.col.youth'),
    rt.t('needs.col.disability'),
    rt.t('needs.col.topModules'),
    rt.t('needs.col.groups'),
    rt.t('needs.col.plan'),
  ];
  const rows: Cell[][] = report.activities.map((a) => {
    const top = [...a.modules]
      .sort((x, y) => y.priority - x.priority)
      .slice(0, 3)
      .map((m) => `${m.name} ${pct(m.trainees / Math.max(1, a.interested.total))}`)
      .join(', ');
    const { when, where } = planText(rt, a);
    return [
      a.name,
      a.interested.total,
      a.interested.byGender.female,
      a.interested.youth,
      a.interested.disability,
      top,
      a.plan.groups,
      `${when}, ${where}${a.plan.mobile ? ` (${rt.t('needs.mobileShort')})` : ''}`,
    ];
  });
  return [header, ...rows];
}

function skillRows(rt: Runtime, a: NeedsActivity): Cell[][] {
  return [
    [
      rt.t('needs.col.skill'),
      rt.t('needs.col.kind'),
      rt.t('needs.col.lacking'),
      rt.t('needs.col.unknown'),
      rt.t('needs.col.gap'),
      rt.t('needs.col.hours'),
    ],
    ...a.skills.map((s) => [s.name, kindName(rt, s.kind), s.lacking, s.unknown, gapText(s.gap), s.hours ?? '']),
  ];
}

function countedRows(
  rt: Runtime,
  list: NeedsActivity['constraints'],
  terms: readonly Term[],
  head: string,
  action: boolean,
): Cell[][] {
  return [
    [head, rt.t('needs.col.people'), ...(action ? [rt.t('needs.col.action')] : [])],
    ...list.map((c) => {
      const term = terms.find((t) => t.id === c.id);
      const act = (term as { action?: { en: string; id: string } } | undefined)?.action?.[rt.lang] ?? '';
      return [termLabel(rt, terms, c.id), `${c.count} (${pct(c.share)})`, ...(action ? [act] : [])];
    }),
  ];
}

function markdown(rt: Runtime, report: NeedsReport): string {
  const out: string[] = [`# ${rt.t('needs.title')}`, '', escapeCell(summary(rt, report)), ''];
  out.push(toMarkdownTable(overviewRows(rt, report), [1, 2, 3, 4, 6]), '');
  for (const a of report.activities) {
    out.push(`## ${escapeCell(a.name)}`, '');
    if (a.interested.total === 0) {
      out.push(rt.t('needs.noneInterested'), '');
      continue;
    }
    out.push(escapeCell(interestedLine(rt, report, a)), '');
    out.push(`### ${rt.t('needs.skills')}`, '', toMarkdownTable(skillRows(rt, a), [2, 3, 4, 5]), '');
    out.push(`### ${rt.t('needs.modules')}`, '');
    let kind: SkillKind | undefined;
    for (const m of a.modules) {
      if (m.kind !== kind) {
        kind = m.kind;
        out.push(`- **${kindName(rt, m.kind)}**`);
      }
      const hours = m.hours === undefined ? '' : `, ${m.hours} ${rt.t('needs.col.hours').toLowerCase()}`;
      out.push(`  - ${escapeCell(m.name)}: ${m.trainees} ${rt.t('needs.col.trainees').toLowerCase()}${hours}`);
    }
    out.push('', escapeCell(planLine(rt, a)));
    if (a.plan.mobile) out.push('', rt.t('needs.planMobile'));
    out.push('', `### ${rt.t('needs.inclusion')}`, '', ...inclusionLines(rt, a).map((l) => `- ${escapeCell(l)}`), '');
    if (a.constraints.length > 0)
      out.push(
        `### ${rt.t('needs.constraints')}`,
        '',
        toMarkdownTable(countedRows(rt, a.constraints, CONSTRAINTS, rt.t('needs.col.constraint'), true)),
        '',
      );
    if (a.support.length > 0)
      out.push(
        `### ${rt.t('needs.support')}`,
        '',
        toMarkdownTable(countedRows(rt, a.support, SUPPORT, rt.t('needs.col.support'), false)),
        '',
      );
  }
  out.push(`_${escapeCell(rt.t('needs.gapNote', { at: report.meta.lackingAtMost }))}_`, '');
  return `${out.join('\n')}\n`;
}

function table(rt: Runtime, report: NeedsReport, width?: number): string {
  const overview = fitTable(overviewRows(rt, report), {
    numeric: [1, 2, 3, 4, 6],
    // The modules and the plan are read in the sections below: on a narrow terminal they give way.
    fit: [
      { shrink: true, min: 14 },
      {},
      { priority: 3 },
      { priority: 2 },
      { priority: 1 },
      { shrink: true, min: 20, priority: 5 },
      { priority: 4 },
      { shrink: true, min: 14, priority: 6 },
    ],
    ...(width === undefined ? {} : { maxWidth: width }),
  });
  const out: string[] = [rt.out.bold(rt.t('needs.title')), '', `${overview.text}${fittedNote(rt, overview)}`];
  for (const a of report.activities) {
    if (a.interested.total === 0) continue;
    // Names, places and answers come from the survey: made safe for the terminal here, outside the tables.
    out.push(rt.out.bold(displayText(a.name)), `  ${interestedLine(rt, report, a)}`);
    const skills = fitTable(skillRows(rt, a), {
      numeric: [2, 3, 4, 5],
      fit: [{ shrink: true, min: 14 }, { shrink: true, min: 8, priority: 1 }, {}, { priority: 2 }, {}, { priority: 3 }],
      ...(width === undefined ? {} : { maxWidth: width - 2 }),
    });
    for (const line of `${skills.text}${fittedNote(rt, skills)}`.trimEnd().split('\n')) out.push(`  ${line}`);
    out.push(`  ${displayText(planLine(rt, a))}`);
    if (a.plan.mobile) out.push(`  ${rt.t('needs.planMobile')}`);
    for (const l of inclusionLines(rt, a)) out.push(`  ${l}`);
    const cs = a.constraints.slice(0, 3).map((c) => `${termLabel(rt, CONSTRAINTS, c.id)} ${c.count}`);
    if (cs.length > 0) out.push(`  ${rt.t('needs.constraints')}: ${displayText(cs.join(', '))}`);
    const ss = a.support.slice(0, 3).map((c) => `${termLabel(rt, SUPPORT, c.id)} ${c.count}`);
    if (ss.length > 0) out.push(`  ${rt.t('needs.support')}: ${displayText(ss.join(', '))}`);
    out.push('');
  }
  out.push(displayText(summary(rt, report)), rt.t('needs.gapNote', { at: report.meta.lackingAtMost }));
  return wrapToWidth(`${out.join('\n')}\n`, width);
}

/** One CSV table; numbers stay numbers (shares as fractions), so a spreadsheet can compute with them. */
function csvRows(report: NeedsReport, which: NeedsTable): Cell[][] {
  const per = <T>(rows: (a: NeedsActivity) => T[], cells: (a: NeedsActivity, x: T) => Cell[]) =>
    report.activities.flatMap((a) => rows(a).map((x) => cells(a, x)));
  switch (which) {
    case 'activities':
      return [
        ['activity_id', 'activity', 'interested', 'female', 'male', 'other_gender', 'youth', 'disability'],
        ...report.activities.map((a) => [
          a.id,
          a.name,
          a.interested.total,
          a.interested.byGender.female,
          a.interested.byGender.male,
          a.interested.byGender.other,
          a.interested.youth,
          a.interested.disability,
        ]),
      ];
    case 'skills':
      return [
        ['activity_id', 'activity', 'skill_id', 'skill', 'kind', 'lacking', 'unknown', 'held', 'gap', 'hours'],
        ...per(
          (a) => a.skills,
          (a, s) => [a.id, a.name, s.id, s.name, s.kind, s.lacking, s.unknown, s.held, s.gap, s.hours],
        ),
      ];
    case 'plan':
      return [
        ['activity_id', 'activity', 'groups', 'group_size', 'time', 'place', 'length_days', 'mobile', 'hours'],
        ...report.activities.map((a) => [
          a.id,
          a.name,
          a.plan.groups,
          a.plan.groupSize,
          a.plan.time,
          a.plan.place,
          a.plan.lengthDays,
          a.plan.mobile,
          a.plan.hours,
        ]),
      ];
    case 'constraints':
    case 'support':
      return [
        ['activity_id', 'activity', which === 'constraints' ? 'constraint' : 'support', 'people', 'share'],
        ...per(
          (a) => a[which],
          (a, c) => [a.id, a.name, c.id, c.count, c.share],
        ),
      ];
    default:
      return [
        ['activity_id', 'activity', 'kind', 'skill_id', 'skill', 'hours', 'trainees', 'gap', 'priority'],
        ...per(
          (a) => a.modules,
          (a, m) => [
            a.id,
            a.name,
            m.kind,
            m.skill,
            m.name,
            m.hours,
            m.trainees,
            a.skills.find((s) => s.id === m.skill)?.gap,
            m.priority,
          ],
        ),
      ];
  }
}

export function renderNeeds(
  rt: Runtime,
  report: NeedsReport,
  format: 'table' | 'md' | 'csv' | 'json',
  options: NeedsRenderOptions = {},
): string {
  if (format === 'json') return toJson(report);
  if (format === 'csv')
    return toCsv(
      csvRows(report, options.table ?? 'modules'),
      options.excel === undefined ? {} : { excel: options.excel },
    );
  if (format === 'md') return markdown(rt, report);
  return table(rt, report, options.width);
}
