/**
 * `tree form` as a function: the survey instruments of a workspace (the opportunity rating
 * form and the household / trainee survey form) as models and as file contents: XLSForm
 * workbooks (.xlsx), the XLSForm sheets as CSV, or ODK XForms (.xml). Nothing is written:
 * the caller decides where the files go.
 */

import type { Buffer } from 'node:buffer';
import path from 'node:path';
import type { ContextOptions } from '../context.js';
import { activityResolver, opportunityNames } from '../core/activities.js';
import { YOUTH_AGE } from '../core/assess/answers.js';
import type { Labels, Opportunity } from '../core/assessment.js';
import type { Catalogue } from '../core/catalogue.js';
import { type FormSkill, householdForm } from '../core/forms/household.js';
import { FORM_KINDS, type FormKind, type FormModel } from '../core/forms/model.js';
import { type FormActivity, ratingForm } from '../core/forms/rating.js';
import { xform } from '../core/forms/xform.js';
import { sheetCsv, xlsformSheets } from '../core/forms/xlsform.js';
import { UsageError } from '../errors.js';
import { workspaceCatalogue } from '../io/catalogue.js';
import { openWorkspace } from '../io/workspace.js';
import { workbookBytes } from '../io/xlsx.js';

export type FormFormat = 'xlsx' | 'csv' | 'xml';
export const FORM_FORMATS: readonly FormFormat[] = ['xlsx', 'csv', 'xml'];
export { FORM_KINDS, type FormKind, type FormModel };

export interface FormRequest extends ContextOptions {
  workspace?: string;
  /** Which forms (default: both). */
  kinds?: readonly FormKind[];
  /** Default xlsx. */
  format?: FormFormat;
}

export interface FormFile {
  /** Relative to the forms folder, with forward slashes: `rating.xlsx`, `rating/survey.csv`, `rating.xml`. */
  path: string;
  content: string | Buffer;
}

export interface FormOutput {
  kind: FormKind;
  model: FormModel;
  files: FormFile[];
}

export interface FormResult {
  forms: FormOutput[];
  /** The workspace folder (where `forms/` goes by default). */
  dir: string;
  format: FormFormat;
  /**
   * The workspace maps survey columns (survey.columns) while the rating form is written:
   * its exports need no mapping, and that one would point at columns they do not have.
   */
  mappingIgnored: boolean;
}

const labelsOf = (o: Opportunity): Labels => {
  const [first] = opportunityNames(o);
  if (typeof o.name === 'string') return { en: o.name, id: o.name };
  return { en: o.name.en ?? first ?? o.id, id: o.name.id ?? first ?? o.id };
};

/** The candidate activities: the workspace's opportunities, else its shortlist or the whole catalogue. */
function candidates(opportunities: readonly Opportunity[], shortlist: readonly string[], catalogue: Catalogue) {
  if (opportunities.length > 0) return opportunities.map((o) => ({ id: o.id, label: labelsOf(o) }));
  const listed = shortlist.map((s) => catalogue.activityByName(s)).filter((a) => a !== undefined);
  const chosen = listed.length > 0 ? listed : catalogue.activities;
  return [...new Map(chosen.map((a) => [a.id, { id: a.id, label: { en: a.name.en, id: a.name.id } }])).values()];
}

/** Skills required by the activities in scope, each with the offered activities that require it. */
function skillsFor(
  activities: readonly FormActivity[],
  scope: ReadonlySet<string>,
  catalogueOf: (id: string) => string | undefined,
  catalogue: Catalogue,
): FormSkill[] {
  const bySkill = new Map<string, { label: Labels; activities: string[] }>();
  for (const a of activities) {
    if (!scope.has(a.id)) continue;
    const cat = catalogueOf(a.id);
    const activity = cat === undefined ? undefined : catalogue.activityById(cat);
    if (activity === undefined) continue;
    for (const r of catalogue.requirementsOf(activity)) {
      const entry = bySkill.get(r.skill.id) ?? {
        label: { en: r.skill.label.en, id: r.skill.label.id },
        activities: [],
      };
      if (!entry.activities.includes(a.id)) entry.activities.push(a.id);
      bySkill.set(r.skill.id, entry);
    }
  }
  // Catalogue order, so the form reads the same whatever order the activities came in.
  return catalogue.skills.flatMap((s) => {
    const e = bySkill.get(s.id);
    return e === undefined ? [] : [{ id: s.id, label: e.label, activities: e.activities }];
  });
}

async function filesOf(model: FormModel, format: FormFormat): Promise<FormFile[]> {
  if (format === 'xml') return [{ path: `${model.kind}.xml`, content: xform(model) }];
  const sheets = xlsformSheets(model);
  if (format === 'csv') return sheets.map((s) => ({ path: `${model.kind}/${s.name}.csv`, content: sheetCsv(s) }));
  return [{ path: `${model.kind}.xlsx`, content: await workbookBytes(sheets) }];
}

/** The survey forms of a workspace (or of the defaults and the catalogue when there is none). */
export async function form(request: FormRequest = {}): Promise<FormResult> {
  const ws = await openWorkspace(request);
  const format = request.format ?? 'xlsx';
  if (!FORM_FORMATS.includes(format))
    throw new UsageError(ws.ctx.t('usage.badFormat', { value: format, allowed: FORM_FORMATS.join(', ') }));
  const kinds = request.kinds !== undefined && request.kinds.length > 0 ? request.kinds : FORM_KINDS;
  for (const k of kinds)
    if (!FORM_KINDS.includes(k))
      throw new UsageError(ws.ctx.t('form.unknownKind', { value: k, allowed: FORM_KINDS.join(', ') }));
  const a = ws.assessment;
  const catalogue = await workspaceCatalogue(ws);
  const opportunities = a?.opportunities ?? [];
  const shortlist = a?.shortlist?.activities ?? [];
  const activities = candidates(opportunities, shortlist, catalogue);
  const village = a?.community?.village;
  const place = village ?? path.basename(ws.dir);
  const defaultLanguage = a?.language ?? ws.lang;
  const forms: FormOutput[] = [];
  for (const kind of FORM_KINDS.filter((k) => kinds.includes(k))) {
    let model: FormModel;
    if (kind === 'rating') {
      model = ratingForm({
        place,
        ...(village === undefined ? {} : { village }),
        defaultLanguage,
        criteria: ws.config.criteria,
        scale: ws.config.scale,
        activities,
        youthAge: a?.targetGroups?.youthAge ?? YOUTH_AGE,
      });
    } else {
      const resolve = activityResolver(opportunities);
      const catalogueOf = (id: string): string | undefined =>
        opportunities.find((o) => o.id === id)?.catalogue ?? catalogue.activityById(id)?.id;
      const resolved = shortlist.map((s) => {
        const r = resolve(s);
        return opportunities.some((o) => o.id === r) ? r : (catalogue.activityByName(s)?.id ?? r);
      });
      const scope = new Set(resolved.length > 0 ? resolved : activities.map((x) => x.id));
      model = householdForm({
        place,
        ...(village === undefined ? {} : { village }),
        defaultLanguage,
        activities,
        skills: skillsFor(activities, scope, catalogueOf, catalogue),
      });
    }
    forms.push({ kind, model, files: await filesOf(model, format) });
  }
  const columns = a?.survey?.columns ?? {};
  const mapped = Object.values(columns).some((v) =>
    typeof v === 'string' ? v !== '' : Object.keys(v ?? {}).length > 0,
  );
  return { forms, dir: ws.dir, format, mappingIgnored: kinds.includes('rating') && mapped };
}
