/**
 * The XLSForm of a form model as three sheets of rows (`survey`, `choices`, `settings`):
 * what the .xlsx holds, and each CSV sheet. Labels, hints and constraint messages have one
 * column per language (`label::English (en)`, `label::Indonesian (id)`).
 */
import { type FormModel, LANGUAGES, languageName, type Question, ref } from './model.js';

export type Row = readonly string[];

export interface Sheet {
  readonly name: 'survey' | 'choices' | 'settings';
  readonly rows: readonly Row[];
}

const perLanguage = (column: string) => LANGUAGES.map((l) => `${column}::${l.name}`);

export const SURVEY_COLUMNS = [
  'type',
  'name',
  ...perLanguage('label'),
  ...perLanguage('hint'),
  'required',
  'constraint',
  ...perLanguage('constraint_message'),
  'relevant',
] as const;

export const CHOICES_COLUMNS = ['list_name', 'name', ...perLanguage('label')] as const;

export const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'default_language', 'instance_name'] as const;

function questionRow(q: Question): Row {
  const type = q.list === undefined ? q.type : `${q.type} ${q.list}`;
  return [
    type,
    q.name,
    ...LANGUAGES.map((l) => q.label[l.code]),
    ...LANGUAGES.map((l) => q.hint?.[l.code] ?? ''),
    q.required ? 'yes' : '',
    q.constraint ?? '',
    ...LANGUAGES.map((l) => q.constraintMessage?.[l.code] ?? ''),
    q.relevant ?? '',
  ];
}

const empty = (n: number): string[] => new Array<string>(n).fill('');

/** The instance name each submission is listed under in Kobo and Central. */
export function instanceName(model: FormModel): string {
  return model.kind === 'rating'
    ? `concat(${ref('respondent_id')}, ' – ', ${ref('activity')})`
    : `concat(${ref('respondent_id')}, ' – ', ${ref('dusun')})`;
}

export function xlsformSheets(model: FormModel): Sheet[] {
  const survey: Row[] = [[...SURVEY_COLUMNS]];
  const width = SURVEY_COLUMNS.length;
  for (const item of model.items) {
    if (item.kind === 'question') {
      survey.push(questionRow(item));
      continue;
    }
    const open = empty(width);
    open[0] = 'begin_group';
    open[1] = item.name;
    LANGUAGES.forEach((l, i) => {
      open[2 + i] = item.label[l.code];
    });
    survey.push(open);
    for (const q of item.children) survey.push(questionRow(q));
    const close = empty(width);
    close[0] = 'end_group';
    close[1] = item.name;
    survey.push(close);
  }
  const choices: Row[] = [[...CHOICES_COLUMNS]];
  for (const [list, options] of model.choices)
    for (const c of options) choices.push([list, c.name, ...LANGUAGES.map((l) => c.label[l.code])]);
  const settings: Row[] = [
    [...SETTINGS_COLUMNS],
    [
      model.title[model.defaultLanguage],
      model.formId,
      model.version,
      languageName(model.defaultLanguage),
      instanceName(model),
    ],
  ];
  return [
    { name: 'survey', rows: survey },
    { name: 'choices', rows: choices },
    { name: 'settings', rows: settings },
  ];
}

/**
 * One sheet as CSV (comma, UTF-8, LF, quoted where needed), as the XLSForm tools that take
 * CSV sheets read them. Cells are written as they are: a form's constraints and
 * calculations are expressions, not data, and must not be altered.
 */
export function sheetCsv(sheet: Sheet): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) || /^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${sheet.rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
