/** The report as CSV: one file per table, each formula-safe (see toCsv), numbers as numbers. */
import type { ReportModel } from '../core/report/model.js';
import { type Cell, type ExcelDialect, toCsv } from './csv.js';

/** File name → CSV text. Tables whose data is missing are left out; the JSON says why. */
export function reportCsvFiles(model: ReportModel, excel?: ExcelDialect): Record<string, string> {
  const tables: Record<string, Cell[][]> = {};
  if ('data' in model.ranking)
    tables['ranking.csv'] = [
      ['rank', 'activity_id', 'activity', 'score', 'ci_low', 'ci_high', 'n', 'shortlist', 'feasibility', 'flags'],
      ...model.ranking.data.lines.map((l) => [
        l.rank,
        l.id,
        l.name,
        l.score,
        l.low,
        l.high,
        l.n,
        l.shortlist,
        l.feasibility,
        l.flags.join(' '),
      ]),
    ];
  if ('data' in model.genders)
    tables['genders.csv'] = [
      ['activity_id', 'activity', 'women_rank', 'women_score', 'men_rank', 'men_score'],
      ...model.genders.data.map((g) => [g.id, g.name, g.women?.rank, g.women?.score, g.men?.rank, g.men?.score]),
    ];
  if ('data' in model.sensitivity)
    tables['sensitivity.csv'] = [
      ['activity_id', 'activity', 'in_shortlist', 'rank_min', 'rank_max'],
      ...model.sensitivity.data.map((s) => [s.id, s.name, s.inShortlist, s.rankMin, s.rankMax]),
    ];
  if ('data' in model.needs) {
    const acts = model.needs.data.activities;
    tables['needs-skills.csv'] = [
      ['activity_id', 'activity', 'skill_id', 'skill', 'kind', 'lacking', 'unknown', 'gap', 'hours'],
      ...acts.flatMap((a) =>
        a.skills.map((s) => [a.id, a.name, s.id, s.name, s.kind, s.lacking, s.unknown, s.gap, s.hours]),
      ),
    ];
    tables['needs-plan.csv'] = [
      [
        'activity_id',
        'activity',
        'interested',
        'women',
        'youth',
        'disability',
        'groups',
        'time',
        'place',
        'length_days',
        'mobile',
        'hours',
      ],
      ...acts.map((a) => [
        a.id,
        a.name,
        a.interested.total,
        a.interested.byGender.female,
        a.interested.youth,
        a.interested.disability,
        a.plan.groups,
        a.plan.time,
        a.plan.place,
        a.plan.lengthDays,
        a.plan.mobile,
        a.plan.hours,
      ]),
    ];
  }
  if ('data' in model.partners) {
    const acts = model.partners.data.activities;
    tables['partners.csv'] = [
      ['activity_id', 'activity', 'need', 'rank', 'partner', 'score', 'reasons', 'contact', 'phone', 'email'],
      ...acts.flatMap((a) =>
        a.needs.flatMap((n) =>
          n.partners.map((p, i) => [
            a.id,
            a.name,
            n.need,
            i + 1,
            p.name,
            p.score,
            p.reasons.join('; '),
            p.contact,
            p.phone,
            p.email,
          ]),
        ),
      ),
    ];
    tables['gaps.csv'] = [
      ['activity_id', 'activity', 'need', 'kind', 'reason', 'fill'],
      ...acts.flatMap((a) => a.gaps.map((g) => [a.id, a.name, g.need, g.kind, g.reason, g.fill])),
    ];
  }
  tables['sources.csv'] = [['source', 'file', 'rows'], ...model.annex.sources.map((s) => [s.what, s.file, s.rows])];
  tables['warnings.csv'] = [
    ['file', 'line', 'column', 'message'],
    ...model.annex.warnings.map((w) => [w.file, w.line, w.column, w.message]),
  ];
  const out: Record<string, string> = {};
  for (const [name, rows] of Object.entries(tables)) out[name] = toCsv(rows, excel === undefined ? {} : { excel });
  return out;
}
