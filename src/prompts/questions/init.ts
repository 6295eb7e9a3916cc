/** The questions of `tree init`: where the assessment happens, and its language. */
import type { Lang } from '../../i18n/index.js';
import { defineQuestions, type Question } from '../questions.js';

/** Init's questions; `lang` (the language of this run) is the default workspace language. */
export function initQuestions(lang: Lang): readonly Question[] {
  return defineQuestions([
    {
      id: 'community.village',
      kind: 'text',
      flag: '--village',
      required: true,
      message: { en: 'Village (desa / kelurahan) name', id: 'Nama desa / kelurahan' },
      hint: {
        en: 'TREE assesses one community at a time: the desa or kelurahan whose people will be trained.',
        id: 'TREE menilai satu komunitas pada satu waktu: desa atau kelurahan yang warganya akan dilatih.',
      },
    },
    {
      id: 'community.district',
      kind: 'text',
      flag: '--district',
      message: { en: 'District / regency (kabupaten / kota)', id: 'Kabupaten / kota' },
      hint: {
        en: 'Where the local government offices (dinas) and training centres that can be partners are.',
        id: 'Tempat dinas pemerintah daerah dan balai pelatihan yang dapat menjadi mitra.',
      },
    },
    {
      id: 'community.province',
      kind: 'text',
      flag: '--province',
      message: { en: 'Province', id: 'Provinsi' },
      hint: {
        en: 'Provincial offices and programmes can fund and support the training.',
        id: 'Dinas dan program provinsi dapat mendanai dan mendukung pelatihan.',
      },
    },
    {
      id: 'language',
      kind: 'select',
      flag: '--lang',
      message: { en: 'Language of prompts and reports', id: 'Bahasa untuk pertanyaan dan laporan' },
      hint: {
        en: 'Saved in the workspace; --lang still changes it for one run.',
        id: 'Disimpan di ruang kerja; --lang tetap dapat mengubahnya untuk satu kali jalan.',
      },
      choices: [
        { value: 'en', label: { en: 'English (en)', id: 'English (en)' } },
        { value: 'id', label: { en: 'Bahasa Indonesia (id)', id: 'Bahasa Indonesia (id)' } },
      ],
      default: lang,
    },
  ]);
}
