/**
 * Synthetic exports of a generated form, as KoboToolbox and ODK Central write them, from
 * answers by question name: Kobo "XML values and headers" (`;`, every cell quoted, CRLF,
 * group paths with `/`, metadata `_id`, `_uuid`, ...), Kobo's default "Labels" export
 * (headers are group and question labels joined with `/`, answers are choice labels) and
 * ODK Central (`,`, LF, groups joined with `-`, its metadata). select_multiple: the
 * answers in one column, then one 1/0 column per option (Kobo; empty when unanswered).
 */
import { type FormModel, questionsOf } from '../../src/core/forms/model.js';

export type Answers = Record<string, string | string[] | undefined>;
export type ExportStyle = 'kobo-xml' | 'kobo-labels' | 'odk-central';

const quoteAll = (c: string) => `"${c.replace(/"/g, '""')}"`;
const quoteSome = (c: string) => (/[",\n\r]/.test(c) ? quoteAll(c) : c);

export function exportCsv(
  model: FormModel,
  rows: readonly Answers[],
  style: ExportStyle,
  lang: 'en' | 'id' = 'id',
): string {
  const labels = style === 'kobo-labels';
  const sep = style === 'odk-central' ? '-' : '/';
  const header: string[] = style === 'odk-central' ? ['SubmissionDate'] : ['start', 'end'];
  const cells: ((a: Answers, i: number) => string)[] =
    style === 'odk-central'
      ? [() => '2026-11-28T10:00:00.000Z']
      : [() => '2026-11-28T09:00:00', () => '2026-11-28T09:10:00'];
  for (const { question, groups } of questionsOf(model.items)) {
    const name = [...groups, question].map((x) => (labels ? x.label[lang] : x.name)).join(sep);
    const choices = question.list === undefined ? [] : (model.choices.get(question.list) ?? []);
    const shown = (value: string) => (labels ? (choices.find((c) => c.name === value)?.label[lang] ?? value) : value);
    header.push(name);
    if (question.type === 'select_multiple') {
      cells.push((a) => ((a[question.name] as string[] | undefined) ?? []).map(shown).join(' '));
      if (style !== 'odk-central')
        for (const c of choices) {
          header.push(`${name}/${labels ? c.label[lang] : c.name}`);
          cells.push((a) => {
            const v = a[question.name] as string[] | undefined;
            return v === undefined ? '' : v.includes(c.name) ? '1' : '0';
          });
        }
    } else cells.push((a) => shown((a[question.name] as string | undefined) ?? ''));
  }
  if (style === 'odk-central') {
    header.push(
      'meta-instanceID',
      'KEY',
      'SubmitterID',
      'SubmitterName',
      'AttachmentsPresent',
      'AttachmentsExpected',
      'Status',
      'ReviewState',
      'DeviceID',
      'Edits',
      'FormVersion',
    );
    cells.push(
      (_a, i) => `uuid:${i}`,
      (_a, i) => `uuid:${i}`,
      () => '5',
      () => 'enumerator',
      () => '0',
      () => '0',
      () => '',
      () => '',
      () => '',
      () => '0',
      () => model.version,
    );
  } else {
    header.push(
      'meta/instanceID',
      '_id',
      '_uuid',
      '_submission_time',
      '_validation_status',
      '_notes',
      '_status',
      '_submitted_by',
      '__version__',
      '_tags',
      '_index',
    );
    cells.push(
      (_a, i) => `uuid:${i}`,
      (_a, i) => String(1000 + i),
      (_a, i) => `uuid-${i}`,
      () => '2026-11-28T10:00:00',
      () => '',
      () => '',
      () => 'submitted_via_web',
      () => '',
      () => model.version,
      () => '',
      (_a, i) => String(i + 1),
    );
  }
  const lines = [header, ...rows.map((a, i) => cells.map((f) => f(a, i)))];
  return style === 'odk-central'
    ? `${lines.map((l) => l.map(quoteSome).join(',')).join('\n')}\n`
    : `${lines.map((l) => l.map(quoteAll).join(';')).join('\r\n')}\r\n`;
}

/** A small seeded generator, so a failing case can be run again: the one the sensitivity analysis uses. */
export { mulberry32 as random } from '../../src/core/stats.js';
