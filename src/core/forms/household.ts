/**
 * The household / trainee survey form (input of `tree needs`): one submission per person.
 * Names are the ids or aliases of HOUSEHOLD_FIELDS and of each skill (skillField), and its
 * labels are aliases too, so the reader finds every column without a mapping in either
 * export style. A skill is asked only of people who want an activity that requires it.
 */
import type { Labels } from '../assessment.js';
import { CONSTRAINTS, NO_CONSTRAINT, SUPPORT, TIMES } from '../needs/vocab.js';
import { type Choice, type FormItem, type FormModel, formIdOf, type Question, ref, withVersion } from './model.js';
import { type FormActivity, GENDER_CHOICES, respondentGroup, YES_NO } from './rating.js';

export interface FormSkill {
  id: string;
  label: Labels;
  /** Activity choice names (ids) that require the skill: the question is asked when one is wanted. */
  activities: readonly string[];
}

export interface HouseholdFormInput {
  place: string;
  village?: string;
  defaultLanguage: keyof Labels;
  /** The interests offered: workspace opportunities, else the catalogue's activities. */
  activities: readonly FormActivity[];
  /** Skills the shortlisted activities require, in catalogue order. */
  skills: readonly FormSkill[];
}

/** Self-ratings as numbers only: the needs reader takes 1–5 (or yes / no), and labels export as they read. */
export const SKILL_LEVELS: readonly Choice[] = [1, 2, 3, 4, 5].map((n) => ({
  name: String(n),
  label: { en: String(n), id: String(n) },
}));

/** Where a course can be held: the first three are in the village (the needs report reads them as such). */
export const PLACES: readonly Choice[] = [
  { name: 'balai_desa', label: { en: 'Village hall', id: 'Balai desa' } },
  { name: 'rumah_warga', label: { en: 'Homes', id: 'Rumah warga' } },
  { name: 'lokasi_usaha', label: { en: 'Workplace', id: 'Lokasi usaha' } },
  { name: 'blk', label: { en: 'Training centre (BLK) in town', id: 'BLK / lembaga pelatihan di kota' } },
];

const NONE: Choice = { name: NO_CONSTRAINT[0] as string, label: { en: 'None', id: 'Tidak ada' } };

const q = (question: Omit<Question, 'kind'>): Question => ({ kind: 'question', ...question });

/** `selected(${wanted_activities}, 'a') or …`: the person wants one of these activities. */
function wantsAny(activities: readonly string[]): string {
  return activities.map((a) => `selected(${ref('wanted_activities')}, '${a}')`).join(' or ');
}

export function householdForm(input: HouseholdFormInput): FormModel {
  const choices = new Map<string, Choice[]>([
    ['gender', [...GENDER_CHOICES]],
    ['yes_no', [...YES_NO]],
    ['activities', input.activities.map((a) => ({ name: a.id, label: a.label }))],
    ['skill_level', [...SKILL_LEVELS]],
    ['time', TIMES.map((t) => ({ name: t.id, label: t.label }))],
    ['place', [...PLACES]],
    ['constraint', [...CONSTRAINTS.map((c) => ({ name: c.id, label: c.label })), NONE]],
    ['support', SUPPORT.map((s) => ({ name: s.id, label: s.label }))],
  ]);
  const offered = new Set(input.activities.map((a) => a.id));
  const skills: Question[] = input.skills.flatMap((s) => {
    const wantedBy = s.activities.filter((a) => offered.has(a));
    if (wantedBy.length === 0) return [];
    return [
      q({
        type: 'select_one',
        name: `skill_${s.id}`,
        list: 'skill_level',
        label: s.label,
        hint: {
          en: 'How well can you do this now? 1 = not at all, 2 = a little, 3 = with help, 4 = on my own, 5 = well enough to teach others',
          id: 'Seberapa bisa Anda melakukannya sekarang? 1 = belum bisa, 2 = sedikit, 3 = dengan bantuan, 4 = sendiri, 5 = bisa mengajari orang lain',
        },
        relevant: wantsAny(wantedBy),
      }),
    ];
  });
  const items: FormItem[] = [
    respondentGroup(
      q({
        type: 'integer',
        name: 'age',
        label: { en: 'Age', id: 'Umur' },
        hint: { en: 'In years', id: 'Dalam tahun' },
        required: true,
        constraint: '. >= 10 and . <= 100',
        constraintMessage: { en: 'An age from 10 to 100', id: 'Umur dari 10 sampai 100' },
      }),
    ),
    q({
      type: 'text',
      name: 'current_activity',
      label: { en: 'Main work now', id: 'Pekerjaan utama saat ini' },
    }),
    q({
      type: 'select_multiple',
      name: 'wanted_activities',
      list: 'activities',
      label: { en: 'Activities wanted', id: 'Kegiatan diminati' },
      hint: {
        en: 'Which of these would you like to take up? Choose all that apply',
        id: 'Kegiatan mana yang ingin Anda jalankan? Pilih semua yang sesuai',
      },
      required: true,
    }),
    ...(skills.length > 0
      ? [{ kind: 'group' as const, name: 'skills', label: { en: 'Skills', id: 'Keterampilan' }, children: skills }]
      : []),
    {
      kind: 'group',
      name: 'training',
      label: { en: 'Training', id: 'Pelatihan' },
      children: [
        q({
          type: 'select_one',
          name: 'preferred_time',
          list: 'time',
          label: { en: 'Preferred time', id: 'Waktu pelatihan' },
        }),
        q({
          type: 'select_one',
          name: 'preferred_place',
          list: 'place',
          label: { en: 'Preferred place', id: 'Tempat pelatihan' },
        }),
        q({
          type: 'integer',
          name: 'preferred_length_days',
          label: { en: 'Preferred length days', id: 'Lama pelatihan' },
          hint: { en: 'Days of training at most', id: 'Paling lama berapa hari pelatihan' },
          constraint: '. >= 1 and . <= 60',
          constraintMessage: { en: 'From 1 to 60 days', id: 'Dari 1 sampai 60 hari' },
        }),
        q({
          type: 'select_one',
          name: 'mobile_training',
          list: 'yes_no',
          label: { en: 'Mobile training', id: 'Pelatihan keliling' },
          hint: {
            en: 'Would you join if the trainers came to the village?',
            id: 'Apakah Anda ikut bila pelatih datang ke desa?',
          },
        }),
        q({
          type: 'select_multiple',
          name: 'constraints',
          list: 'constraint',
          label: { en: 'Constraints', id: 'Kendala' },
          hint: {
            en: 'What could keep you from attending? Choose all that apply',
            id: 'Apa yang bisa menghalangi Anda ikut? Pilih semua yang sesuai',
          },
          constraint: `not(selected(., '${NONE.name}') and count-selected(.) > 1)`,
          constraintMessage: {
            en: '"None" cannot go with another constraint',
            id: '"Tidak ada" tidak bisa dipilih bersama kendala lain',
          },
        }),
        q({
          type: 'select_multiple',
          name: 'support_wanted',
          list: 'support',
          label: { en: 'Support wanted', id: 'Dukungan pasca pelatihan' },
          hint: {
            en: 'Support wanted after the training. Choose all that apply',
            id: 'Dukungan yang diinginkan setelah pelatihan. Pilih semua yang sesuai',
          },
        }),
      ],
    },
  ];
  const where = input.village ? ` – ${input.village}` : '';
  return withVersion({
    kind: 'household',
    formId: formIdOf('household', input.place),
    title: {
      en: `TREE household and trainee survey${where}`,
      id: `Survei rumah tangga dan calon peserta TREE${where}`,
    },
    defaultLanguage: input.defaultLanguage,
    items,
    choices,
  });
}
