/**
 * The round trip: generate the forms, synthesise the exports KoboToolbox and ODK Central
 * would produce from random answers, and read them with score() and needs() with no
 * mapping at all: the results equal the answers, computed here independently.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { form } from '../../src/commands/form.js';
import { needs } from '../../src/commands/needs.js';
import { score } from '../../src/commands/score.js';
import type { FormModel } from '../../src/core/forms/model.js';
import { questionsOf } from '../../src/core/forms/model.js';
import { loadCatalogue } from '../../src/io/catalogue.js';
import { ROOT } from '../helpers/cli.js';
import { type Answers, type ExportStyle, exportCsv, random } from '../helpers/form-exports.js';

const SEED = 20261128;

/** The example workspace without its column mappings and survey files. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tree-form-'));
  const a = JSON.parse(readFileSync(path.join(ROOT, 'examples/workspace/assessment.json'), 'utf8'));
  delete a.$schema;
  delete a.survey;
  delete a.needs;
  delete a.partners;
  writeFileSync(path.join(dir, 'assessment.json'), JSON.stringify(a, null, 2));
  return dir;
}

async function models(dir: string) {
  const { forms } = await form({ workspace: dir, format: 'xml' });
  const get = (k: string) => (forms.find((f) => f.kind === k) as { model: FormModel }).model;
  return { rating: get('rating'), household: get('household') };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const names = (model: FormModel, list: string) => (model.choices.get(list) ?? []).map((c) => c.name);

const STYLES: readonly ExportStyle[] = ['kobo-xml', 'kobo-labels', 'odk-central'];

describe('round trip: generated form → synthetic export → tree score, no mapping', () => {
  it.each(STYLES)('%s', async (style) => {
    const dir = workspace();
    const { rating } = await models(dir);
    const r = random(SEED);
    const criteria = questionsOf(rating.items)
      .filter((x) => x.groups[0]?.name === 'rating')
      .map((x) => x.question);
    const rows: Answers[] = [];
    for (let i = 0; i < 60; i++) {
      const a: Answers = {
        respondent_id: `R-${i % 15}`,
        gender: pick(r, names(rating, 'gender')),
        age_group: pick(r, names(rating, 'age_group')),
        disability: pick(r, names(rating, 'yes_no')),
        dusun: pick(r, ['Krajan', 'Ngasem', 'Watugajah']),
        activity: pick(r, names(rating, 'activity')),
      };
      for (const c of criteria) a[c.name] = pick(r, names(rating, c.list as string));
      rows.push(a);
    }
    const file = path.join(dir, `ratings-${style}.csv`);
    writeFileSync(file, exportCsv(rating, rows, style, 'id'));
    const report = await score({ workspace: dir, files: [file], minN: 1 });
    expect(report.meta.warnings).toEqual([]);
    const expected = new Map<string, { n: number; sums: Record<string, number> }>();
    for (const a of rows) {
      const e = expected.get(a.activity as string) ?? { n: 0, sums: {} };
      e.n++;
      for (const c of criteria) e.sums[c.name] = (e.sums[c.name] ?? 0) + Number(a[c.name]);
      expected.set(a.activity as string, e);
    }
    const rated = report.activities.filter((x) => x.n > 0);
    expect(rated.map((x) => x.activity).sort()).toEqual([...expected.keys()].sort());
    for (const act of rated) {
      const e = expected.get(act.activity) as { n: number; sums: Record<string, number> };
      expect(act.n).toBe(e.n);
      // score reports means rounded to 3 decimals.
      for (const c of criteria)
        expect(Math.abs((act.criteria[c.name]?.mean as number) - (e.sums[c.name] as number) / e.n)).toBeLessThan(
          0.00051,
        );
    }
    // The segments are found by name too.
    const byGender = await score({ workspace: dir, files: [file], by: ['gender', 'age', 'disability', 'village'] });
    expect(Object.keys(byGender.activities[0]?.segments ?? {}).sort()).toEqual([
      'age',
      'disability',
      'gender',
      'village',
    ]);
  });
});

// Kobo's "Labels" export joins the labels of a select_multiple answer with spaces
// ("Keripik singkong Tiwul instan"), which cannot be split back into answers: the reader
// takes the answers from the export's 0/1 option columns instead.
describe('round trip: generated form → synthetic export → tree needs, no mapping', () => {
  it.each(['kobo-xml', 'kobo-labels', 'odk-central'] as const)('%s', async (style) => {
    const dir = workspace();
    const { household } = await models(dir);
    const catalogue = await loadCatalogue();
    const r = random(SEED + 1);
    const skills = questionsOf(household.items).filter((x) => x.question.name.startsWith('skill_'));
    const activities = names(household, 'activities');
    const rows: Answers[] = [];
    for (let i = 0; i < 50; i++) {
      const wanted = activities.filter(() => r() < 0.3);
      if (wanted.length === 0) wanted.push(pick(r, activities));
      const a: Answers = {
        respondent_id: `H-${i}`,
        gender: pick(r, names(household, 'gender')),
        age: String(15 + Math.floor(r() * 50)),
        disability: r() < 0.1 ? 'yes' : 'no',
        dusun: pick(r, ['Krajan', 'Ngasem']),
        wanted_activities: wanted,
        preferred_time: pick(r, names(household, 'time')),
        preferred_place: pick(r, names(household, 'place')),
        preferred_length_days: String(1 + Math.floor(r() * 10)),
        mobile_training: pick(r, ['yes', 'no']),
        constraints:
          r() < 0.2 ? ['tidak_ada'] : names(household, 'constraint').filter((c) => c !== 'tidak_ada' && r() < 0.3),
        support_wanted: names(household, 'support').filter(() => r() < 0.4),
      };
      // A skill is asked only when its relevance holds: the person wants an activity needing it.
      for (const { question } of skills) {
        const needed = [...(question.relevant ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
        if (needed.some((x) => wanted.includes(x as string))) a[question.name] = String(1 + Math.floor(r() * 5));
      }
      rows.push(a);
    }
    const file = path.join(dir, `households-${style}.csv`);
    writeFileSync(file, exportCsv(household, rows, style, 'id'));
    const report = await needs({ workspace: dir, files: [file] });
    expect(report.meta.people).toBe(rows.length);
    const wantedBy = (id: string) => rows.filter((a) => (a.wanted_activities as string[]).includes(id));
    expect(report.activities.map((x) => x.id).sort()).toEqual(
      activities.filter((id) => wantedBy(id).length > 0).sort(),
    );
    for (const act of report.activities) {
      const people = wantedBy(act.id);
      expect(act.interested.total).toBe(people.length);
      expect(act.interested.byGender.female).toBe(people.filter((a) => a.gender === 'female').length);
      expect(act.interested.disability).toBe(people.filter((a) => a.disability === 'yes').length);
      const required = catalogue.requirementsOf(catalogue.activityById(act.catalogue as string) as never);
      expect(act.skills.map((s) => s.id).sort()).toEqual([...new Set(required.map((q) => q.skill.id))].sort());
      for (const s of act.skills) {
        const answers = people.map((a) => a[`skill_${s.id}`] as string | undefined);
        expect({ skill: s.id, lacking: s.lacking, unknown: s.unknown }).toEqual({
          skill: s.id,
          lacking: answers.filter((x) => x !== undefined && Number(x) <= 2).length,
          unknown: answers.filter((x) => x === undefined).length,
        });
      }
      for (const c of act.constraints)
        expect(c.count, c.id).toBe(people.filter((a) => (a.constraints as string[]).includes(c.id)).length);
      for (const s of act.support)
        expect(s.count, s.id).toBe(people.filter((a) => (a.support_wanted as string[]).includes(s.id)).length);
      expect(act.constraints.length + act.support.length).toBeGreaterThan(0);
    }
  });
});
