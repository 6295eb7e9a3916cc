/**
 * The closed answers of a household / trainee survey, with the words exports use for them
 * (KoboToolbox and ODK choice names, in Indonesian and English) and what a course can do
 * about each constraint. Answers are compared as names (case, spaces, `_` and `-` ignored).
 */
import type { Labels } from '../assessment.js';
import { normaliseName } from '../names.js';

export interface Term {
  id: string;
  label: Labels;
  /** Spellings in exports, besides the id and the labels. */
  words: readonly string[];
}

export interface Constraint extends Term {
  /** What a course can do about it. */
  action: Labels;
}

const term = (id: string, en: string, idn: string, words: string[]): Term => ({ id, label: { en, id: idn }, words });

export const GENDERS: readonly Term[] = [
  term('female', 'Women', 'Perempuan', ['f', 'p', 'w', 'woman', 'women', 'wanita', 'perempuan', 'girl']),
  term('male', 'Men', 'Laki-laki', ['m', 'l', 'man', 'men', 'pria', 'laki laki', 'lakilaki', 'boy']),
];

export const CONSTRAINTS: readonly Constraint[] = [
  {
    ...term('childcare', 'Childcare', 'Pengasuhan anak', ['pengasuhan_anak', 'mengasuh_anak', 'anak', 'child_care']),
    action: {
      en: 'hold sessions at hours mothers choose, near home, with a childminder or a space for children',
      id: 'adakan sesi pada jam pilihan para ibu, dekat rumah, dengan pengasuh atau ruang untuk anak',
    },
  },
  {
    ...term('transport', 'Transport', 'Transportasi', ['transportasi', 'transportation', 'jarak', 'distance']),
    action: {
      en: 'train in the village (mobile training) or pay for transport',
      id: 'latih di desa (pelatihan keliling) atau tanggung biaya transportasi',
    },
  },
  {
    ...term('cost', 'Cost', 'Biaya', ['biaya', 'fees', 'money', 'uang']),
    action: {
      en: 'free training, with materials and a meal provided',
      id: 'pelatihan gratis, dengan bahan dan makan disediakan',
    },
  },
  {
    ...term('work_time', 'Time away from work', 'Waktu kerja', ['waktu_kerja', 'waktu', 'time', 'work']),
    action: {
      en: 'short sessions outside working and harvest hours, spread over weeks',
      id: 'sesi pendek di luar jam kerja dan musim panen, tersebar beberapa minggu',
    },
  },
  {
    ...term('literacy', 'Reading and writing', 'Baca tulis', ['baca_tulis', 'buta_huruf', 'illiteracy', 'literasi']),
    action: {
      en: 'practical, picture-based material and a literacy module first',
      id: 'materi praktik bergambar dan modul baca tulis lebih dulu',
    },
  },
  {
    ...term('permission', 'Permission of the family', 'Izin keluarga', ['izin', 'izin_keluarga', 'family_permission']),
    action: {
      en: 'meet families first and train close to home, in women-only groups where wanted',
      id: 'temui keluarga lebih dulu dan latih dekat rumah, dalam kelompok khusus perempuan bila diinginkan',
    },
  },
  {
    ...term('accessibility', 'Accessibility', 'Aksesibilitas', [
      'aksesibilitas',
      'disability_access',
      'akses_disabilitas',
    ]),
    action: {
      en: 'an accessible venue, adapted material and an assistant',
      id: 'tempat yang mudah diakses, materi yang disesuaikan dan pendamping',
    },
  },
];

/** "No constraint": an answer, never counted as a constraint. */
export const NO_CONSTRAINT = ['tidak_ada', 'none', 'no_constraint', 'tidak ada'];

export const SUPPORT: readonly Term[] = [
  term('credit', 'Credit', 'Kredit / modal', ['kredit', 'modal', 'pinjaman', 'loan', 'capital']),
  term('equipment', 'Equipment', 'Peralatan', ['peralatan', 'alat', 'tools']),
  term('market_access', 'Market access', 'Akses pasar', ['akses_pasar', 'pemasaran', 'pasar', 'market', 'marketing']),
  term('group_formation', 'Group formation', 'Pembentukan kelompok', ['pembentukan_kelompok', 'kelompok', 'group']),
  term('mentoring', 'Mentoring', 'Pendampingan', ['pendampingan', 'mentor', 'coaching', 'follow_up']),
  term('certification', 'Certification', 'Sertifikasi', ['sertifikasi', 'sertifikat', 'certificate', 'permits']),
];

export const TIMES: readonly Term[] = [
  term('morning', 'Morning', 'Pagi', ['pagi']),
  term('midday', 'Midday', 'Siang', ['siang', 'noon']),
  term('afternoon', 'Afternoon', 'Sore', ['sore']),
  term('evening', 'Evening', 'Malam', ['malam', 'night']),
];

/** Places in the village itself: where most want these, training goes to them (mobile training). */
export const VILLAGE_PLACES = [
  'balai_desa',
  'village_hall',
  'rumah_warga',
  'rumah',
  'home',
  'homes',
  'lokasi_usaha',
  'workplace',
  'desa',
  'dusun',
  'masjid',
  'mosque',
  'sekolah',
  'school',
  'posyandu',
];

/** A lookup from every spelling to the term's id. */
export function termIndex(terms: readonly Term[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const t of terms)
    for (const w of [t.id, t.label.en, t.label.id, ...t.words])
      if (!m.has(normaliseName(w))) m.set(normaliseName(w), t.id);
  return m;
}

export const isVillagePlace = (place: string): boolean =>
  VILLAGE_PLACES.some((p) => normaliseName(p) === normaliseName(place));
