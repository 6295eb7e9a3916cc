/**
 * The whole assessment report as data: what every format (Markdown, HTML, CSV, JSON)
 * renders. Built from the workspace and the results of score(), needs() and partners(),
 * never by re-doing their work; a section whose data is missing carries what to run or
 * collect instead of vanishing.
 */
import type { Problem } from '../../errors.js';
import type { Assessment, Criterion, SessionRecord } from '../assessment.js';
import { genderOf } from '../needs/analysis.js';
import type { NeedsReport } from '../needs/report.js';
import type { PartnersReport } from '../partners/report.js';
import type { ScoreReport } from '../score/report.js';

export interface RankedLine {
  rank: number | null;
  id: string;
  name: string;
  score: number | null;
  low: number | null;
  high: number | null;
  n: number;
  shortlist: boolean;
  feasibility: boolean;
  flags: string[];
}

export interface GenderLine {
  id: string;
  name: string;
  women: { rank: number | null; score: number | null } | null;
  men: { rank: number | null; score: number | null } | null;
}

/** A section's data, or why it is missing and what to do. */
export type Section<T> = { data: T } | { missing: string };

export interface ReportModel {
  lang: 'en' | 'id';
  generated: string;
  village: string;
  district?: string;
  province?: string;
  session?: SessionRecord;
  community: Assessment['community'];
  method: {
    criteria: { id: string; label: string; weight: number; direction: 'benefit' | 'cost' }[];
    scale: [number, number];
    ci: string;
  };
  ranking: Section<{
    lines: RankedLine[];
    files: string[];
    rows: number;
    shortlistSize: number;
    feasibilitySize: number;
  }>;
  genders: Section<GenderLine[]>;
  sensitivity: Section<
    { id: string; name: string; inShortlist: number; rankMin: number | null; rankMax: number | null }[]
  >;
  needs: Section<NeedsReport>;
  partners: Section<PartnersReport>;
  targets: { women?: number; youth?: number; disability?: number; youthAge: { min: number; max: number } };
  annex: { sources: { what: string; file: string; rows?: number }[]; warnings: Problem[] };
}

export interface ModelInput {
  lang: 'en' | 'id';
  generated: string;
  assessment: Assessment;
  criteria: readonly Criterion[];
  scale: { min: number; max: number };
  ranking: ScoreReport | { missing: string };
  /** The same ranking with `--by gender`, when the survey has a gender segment. */
  byGender: ScoreReport | { missing: string };
  sensitivity: ScoreReport | { missing: string };
  needs: NeedsReport | { missing: string };
  partners: PartnersReport | { missing: string };
  ci: string;
}

const isMissing = (x: object): x is { missing: string } => 'missing' in x;

function genderLines(report: ScoreReport): GenderLine[] | undefined {
  const values = report.meta.segments['gender'];
  const women = values?.find((v) => genderOf(v) === 'female');
  const men = values?.find((v) => genderOf(v) === 'male');
  if (women === undefined || men === undefined) return undefined;
  const at = (a: ScoreReport['activities'][number], v: string) => {
    const s = a.segments['gender']?.[v];
    return s === undefined ? null : { rank: s.rank, score: s.score };
  };
  return report.activities.map((a) => ({ id: a.activity, name: a.name, women: at(a, women), men: at(a, men) }));
}

export function buildReportModel(input: ModelInput, noGender: string): ReportModel {
  const a = input.assessment;
  const c = a.community ?? {};
  const sources: ReportModel['annex']['sources'] = [];
  const warnings: Problem[] = [];
  let ranking: ReportModel['ranking'];
  if (isMissing(input.ranking)) ranking = { missing: input.ranking.missing };
  else {
    const r = input.ranking;
    for (const f of r.meta.files) sources.push({ what: 'ratings', file: f });
    if (r.meta.files.length > 0) (sources[sources.length - 1] as { rows?: number }).rows = r.meta.rows;
    warnings.push(...r.meta.warnings);
    ranking = {
      data: {
        lines: r.activities.map((x) => ({
          rank: x.rank,
          id: x.activity,
          name: x.name,
          score: x.score,
          low: x.ci95?.[0] ?? null,
          high: x.ci95?.[1] ?? null,
          n: x.n,
          shortlist: x.shortlist,
          feasibility: x.feasibility,
          flags: x.flags,
        })),
        files: r.meta.files,
        rows: r.meta.rows,
        shortlistSize: r.meta.shortlist,
        feasibilitySize: r.meta.feasibility,
      },
    };
  }
  let genders: ReportModel['genders'];
  if (isMissing(input.byGender)) genders = { missing: input.byGender.missing };
  else {
    const lines = genderLines(input.byGender);
    genders = lines === undefined ? { missing: noGender } : { data: lines };
  }
  const sensitivity: ReportModel['sensitivity'] = isMissing(input.sensitivity)
    ? { missing: input.sensitivity.missing }
    : {
        data: input.sensitivity.activities.flatMap((x) =>
          x.sensitivity === undefined
            ? []
            : [
                {
                  id: x.activity,
                  name: x.name,
                  inShortlist: x.sensitivity.inShortlist,
                  rankMin: x.sensitivity.rankMin,
                  rankMax: x.sensitivity.rankMax,
                },
              ],
        ),
      };
  const needs: ReportModel['needs'] = isMissing(input.needs) ? { missing: input.needs.missing } : { data: input.needs };
  if (!isMissing(input.needs)) {
    for (const f of input.needs.meta.files) sources.push({ what: 'households', file: f, rows: input.needs.meta.rows });
    warnings.push(...input.needs.meta.warnings);
  }
  const partners: ReportModel['partners'] = isMissing(input.partners)
    ? { missing: input.partners.missing }
    : { data: input.partners };
  if (!isMissing(input.partners)) {
    sources.push({ what: 'partners', file: input.partners.meta.directory, rows: input.partners.meta.partners });
    // The partners' own needs() warnings are the needs section's: listed once.
    warnings.push(...input.partners.meta.warnings.filter((w) => !warnings.some((x) => x.message === w.message)));
  }
  const it = a.targetGroups?.inclusionTargets ?? {};
  return {
    lang: input.lang,
    generated: input.generated,
    village: c.village ?? '',
    ...(c.district === undefined ? {} : { district: c.district }),
    ...(c.province === undefined ? {} : { province: c.province }),
    ...(a.session === undefined ? {} : { session: a.session }),
    community: c,
    method: {
      criteria: input.criteria.map((x) => ({
        id: x.id,
        label: x.label[input.lang],
        weight: x.weight,
        direction: x.direction,
      })),
      scale: [input.scale.min, input.scale.max],
      ci: input.ci,
    },
    ranking,
    genders,
    sensitivity,
    needs,
    partners,
    targets: { ...it, youthAge: a.targetGroups?.youthAge ?? { min: 15, max: 29 } },
    annex: { sources, warnings },
  };
}
