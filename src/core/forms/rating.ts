/**
 * The opportunity rating form. Each submission rates ONE activity on every criterion, so
 * every export (KoboToolbox, ODK Central, either header style) is already the long format
 * `tree score` reads: one row per (respondent, activity). A respondent who rates five
 * activities fills the form five times with the same respondent id. No repeat: repeats
 * export to separate sheets or files joined by keys, which a CSV reader cannot follow.
 *
 * Names are those the survey reader finds without a mapping: `activity`, one question per
 * criterion id, and the segments `respondent_id`, `gender`, `age_group`, `disability`,
 * `dusun` in a `respondent` group. Labels are the criteria's and the activity field's own
 * labels, so KoboToolbox's "Labels" export is read by label too.
 */
import type { Criterion, Labels, ScaleRange } from '../assessment.js';
import { ACTIVITY_FIELD, SCALE_LABELS_ID } from '../criteria.js';
import { type Choice, type FormItem, type FormModel, formIdOf, type Question, withVersion } from './model.js';

/** The English words of the default 1–5 scale (ratingValue reads them; a test checks it). */
export const SCALE_WORDS_EN = ['very low', 'low', 'medium', 'high', 'very high'] as const;

export interface FormActivity {
  id: string;
  label: Labels;
}

export interface RatingFormInput {
  /** Village or workspace name: makes the form id. */
  place: string;
  /** Shown in the title. */
  village?: string;
  defaultLanguage: keyof Labels;
  criteria: readonly Criterion[];
  scale: ScaleRange & { labels?: Readonly<Record<string, number>> };
  activities: readonly FormActivity[];
  /** The youth band of the target groups: the first age group. */
  youthAge: { min: number; max: number };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The choices of a scale: value the number, label the number and its word (`4 - Tinggi`),
 * which the survey reader turns back into the number in a "Labels" export. Words come from
 * survey.scale.labels (the first word given for each number), else the default 1–5 words.
 */
export function scaleChoices(
  scale: ScaleRange,
  labels: Readonly<Record<string, number>> | undefined,
  isDefault: boolean,
): Choice[] {
  const own = new Map<number, string>();
  for (const [word, n] of Object.entries(labels ?? {})) if (!own.has(n)) own.set(n, word.trim());
  const out: Choice[] = [];
  for (let n = scale.min; n <= scale.max; n++) {
    const word = own.get(n);
    const en = word ?? (isDefault ? SCALE_WORDS_EN[n - 1] : undefined);
    const id = word ?? (isDefault ? SCALE_LABELS_ID[n - 1] : undefined);
    out.push({
      name: String(n),
      label: {
        en: en === undefined ? String(n) : `${n} - ${capital(en)}`,
        id: id === undefined ? String(n) : `${n} - ${capital(id)}`,
      },
    });
  }
  return out;
}

export const YES_NO: readonly Choice[] = [
  { name: 'yes', label: { en: 'Yes', id: 'Ya' } },
  { name: 'no', label: { en: 'No', id: 'Tidak' } },
];

export const GENDER_CHOICES: readonly Choice[] = [
  { name: 'female', label: { en: 'Female', id: 'Perempuan' } },
  { name: 'male', label: { en: 'Male', id: 'Laki-laki' } },
];

/** Age groups: the youth band first, then to 59, then 60 and over; values like `15_29`, which the readers take. */
export function ageGroups(youth: { min: number; max: number }): Choice[] {
  const groups: Choice[] = [{ name: `${youth.min}_${youth.max}`, label: bands(youth.min, youth.max) }];
  if (youth.max + 1 <= 59) groups.push({ name: `${youth.max + 1}_59`, label: bands(youth.max + 1, 59) });
  groups.push({ name: '60_plus', label: { en: '60 and over', id: '60 ke atas' } });
  return groups;
}
const bands = (a: number, b: number): Labels => ({ en: `${a}–${b}`, id: `${a}–${b}` });

/** The respondent group both forms open with (segments for --by and the inclusion counts). */
export function respondentGroup(age: Question): FormItem {
  return {
    kind: 'group',
    name: 'respondent',
    label: { en: 'Respondent', id: 'Responden' },
    children: [
      {
        kind: 'question',
        type: 'text',
        name: 'respondent_id',
        label: { en: 'Respondent ID', id: 'ID responden' },
        hint: {
          en: 'The same code each time this person answers (e.g. KR-014)',
          id: 'Kode yang sama setiap kali orang ini menjawab (mis. KR-014)',
        },
        required: true,
      },
      {
        kind: 'question',
        type: 'select_one',
        name: 'gender',
        list: 'gender',
        label: { en: 'Gender', id: 'Jenis kelamin' },
        required: true,
      },
      age,
      {
        kind: 'question',
        type: 'select_one',
        name: 'disability',
        list: 'yes_no',
        label: { en: 'Disability', id: 'Disabilitas' },
        hint: {
          en: 'Has a lot of difficulty, or cannot do at all: seeing, hearing, walking, remembering, self-care or communicating',
          id: 'Mengalami banyak kesulitan atau sama sekali tidak bisa: melihat, mendengar, berjalan, mengingat, merawat diri atau berkomunikasi',
        },
        required: true,
      },
      {
        kind: 'question',
        type: 'text',
        name: 'dusun',
        label: { en: 'Dusun', id: 'Dusun' },
        hint: { en: 'Hamlet of the village where the person lives', id: 'Dusun tempat tinggal responden' },
      },
    ],
  };
}

/** The rating form of a workspace. */
export function ratingForm(input: RatingFormInput): FormModel {
  const isDefault = input.scale.min === 1 && input.scale.max === 5;
  const choices = new Map<string, Choice[]>();
  choices.set('gender', [...GENDER_CHOICES]);
  choices.set('age_group', ageGroups(input.youthAge));
  choices.set('yes_no', [...YES_NO]);
  choices.set(
    'activity',
    input.activities.map((a) => ({ name: a.id, label: a.label })),
  );
  choices.set('scale', scaleChoices(input.scale, input.scale.labels, isDefault));
  const ratings: Question[] = input.criteria.map((c) => {
    const own = c.scale !== undefined && (c.scale.min !== input.scale.min || c.scale.max !== input.scale.max);
    const range = own ? (c.scale as ScaleRange) : input.scale;
    const list = own ? `scale_${c.id}` : 'scale';
    if (own) choices.set(list, scaleChoices(range, undefined, range.min === 1 && range.max === 5));
    const cost = c.direction === 'cost';
    const hint: Labels = {
      en: [c.description?.en, cost ? `${range.max} = very high (a high rating counts against the activity)` : undefined]
        .filter(Boolean)
        .join('. '),
      id: [c.description?.id, cost ? `${range.max} = sangat tinggi (nilai tinggi mengurangi skor kegiatan)` : undefined]
        .filter(Boolean)
        .join('. '),
    };
    return {
      kind: 'question',
      type: 'select_one',
      name: c.id,
      list,
      label: c.label,
      ...(hint.en === '' && hint.id === '' ? {} : { hint: { en: hint.en || hint.id, id: hint.id || hint.en } }),
      required: true,
      constraint: `. >= ${range.min} and . <= ${range.max}`,
      constraintMessage: {
        en: `A rating from ${range.min} to ${range.max}`,
        id: `Nilai dari ${range.min} sampai ${range.max}`,
      },
    };
  });
  const items: FormItem[] = [
    respondentGroup({
      kind: 'question',
      type: 'select_one',
      name: 'age_group',
      list: 'age_group',
      label: { en: 'Age group', id: 'Kelompok umur' },
      required: true,
    }),
    {
      kind: 'question',
      type: 'select_one',
      name: ACTIVITY_FIELD.id,
      list: 'activity',
      label: ACTIVITY_FIELD.label,
      hint: {
        en: 'The one activity rated in this submission: fill in the form again for the next',
        id: 'Satu kegiatan yang dinilai dalam isian ini: isi formulir lagi untuk kegiatan berikutnya',
      },
      required: true,
    },
    { kind: 'group', name: 'rating', label: { en: 'Rating', id: 'Penilaian' }, children: ratings },
  ];
  const where = input.village ? ` – ${input.village}` : '';
  return withVersion({
    kind: 'rating',
    formId: formIdOf('rating', input.place),
    title: { en: `TREE opportunity rating${where}`, id: `Penilaian peluang usaha TREE${where}` },
    defaultLanguage: input.defaultLanguage,
    items,
    choices,
  });
}
