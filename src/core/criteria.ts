import type { Criterion, Labels } from './assessment.js';

/**
 * The default TREE criteria set (DOMAIN.md): drawn from TREE's screening and community-fit
 * questions. Equal weights; cost criteria are those where a high rating is bad.
 */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'market_demand', label: { en: 'Market demand', id: 'Permintaan pasar' }, weight: 1, direction: 'benefit' },
  {
    id: 'raw_materials',
    label: { en: 'Local raw materials', id: 'Ketersediaan bahan baku' },
    weight: 1,
    direction: 'benefit',
  },
  {
    id: 'skills_base',
    label: { en: 'Existing skills', id: 'Keterampilan yang sudah ada' },
    weight: 1,
    direction: 'benefit',
  },
  {
    id: 'capital_required',
    label: { en: 'Start-up capital required', id: 'Kebutuhan modal awal' },
    weight: 1,
    direction: 'cost',
  },
  { id: 'profitability', label: { en: 'Profitability', id: 'Potensi keuntungan' }, weight: 1, direction: 'benefit' },
  {
    id: 'jobs_created',
    label: { en: 'Jobs created', id: 'Lapangan kerja yang tercipta' },
    weight: 1,
    direction: 'benefit',
  },
  {
    id: 'inclusion',
    label: {
      en: 'Inclusion of women, youth and persons with disabilities',
      id: 'Keterlibatan perempuan, pemuda dan penyandang disabilitas',
    },
    weight: 1,
    direction: 'benefit',
  },
  {
    id: 'environment',
    label: { en: 'Environmental sustainability', id: 'Ramah lingkungan' },
    weight: 1,
    direction: 'benefit',
  },
  {
    id: 'risk',
    label: { en: 'Business and community risk', id: 'Risiko usaha dan sosial' },
    weight: 1,
    direction: 'cost',
  },
];

/** The rated activity field: its id and labels, used to find it in exports. */
export const ACTIVITY_FIELD: { id: string; label: Labels } = {
  id: 'activity',
  label: { en: 'Activity', id: 'Kegiatan usaha' },
};

export const DEFAULT_SCALE = { min: 1, max: 5 } as const;

/** Cells that mean "no answer" rather than a rating (compared trimmed, case-insensitive). */
export const DEFAULT_MISSING: readonly string[] = ['', 'n/a', 'na', '-'];

/** The Indonesian words of the default 1–5 scale, as Kobo choice labels carry them. */
export const SCALE_LABELS_ID = ['sangat rendah', 'rendah', 'sedang', 'tinggi', 'sangat tinggi'] as const;
