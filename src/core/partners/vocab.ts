/**
 * The words of a partner directory: kinds of institution and the services they offer,
 * as people write them in English and Indonesian, and the needs of a new activity that
 * TREE plans partners for, with the services and kinds of institution that meet each.
 */
import type { Labels } from '../assessment.js';
import { normaliseName } from '../names.js';

export const PARTNER_TYPES = [
  'training_provider',
  'microfinance',
  'bank',
  'cooperative',
  'bumdes',
  'ngo',
  'government',
  'buyer',
  'bds',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Other names of each kind: BLK and LPK are training providers, LKM and BMT microfinance, and so on. */
export const TYPE_WORDS: Readonly<Record<PartnerType, readonly string[]>> = {
  training_provider: [
    'blk',
    'blk_komunitas',
    'blkk',
    'lpk',
    'training_centre',
    'training_center',
    'balai_pelatihan',
    'lembaga_pelatihan',
    'pelatihan',
  ],
  microfinance: [
    'lkm',
    'bmt',
    'credit_union',
    'cu',
    'koperasi_simpan_pinjam',
    'ksp',
    'lembaga_keuangan_mikro',
    'keuangan_mikro',
  ],
  bank: ['bank_kur', 'kur', 'bpr', 'bri', 'perbankan'],
  cooperative: ['koperasi', 'coop'],
  bumdes: ['bum_desa', 'badan_usaha_milik_desa'],
  ngo: ['lsm', 'yayasan', 'ngo', 'nonprofit', 'organisasi_masyarakat'],
  government: ['dinas', 'disnaker', 'pemerintah', 'government_office', 'pemda', 'kementerian'],
  buyer: ['trader', 'pembeli', 'pengepul', 'pedagang', 'offtaker', 'eksportir'],
  bds: ['business_development_service', 'layanan_pengembangan_usaha', 'konsultan', 'pendamping_usaha'],
};

export const SERVICES = [
  'skills_training',
  'business_training',
  'credit',
  'equipment',
  'market_linkage',
  'group_formation',
  'certification',
  'mentoring',
] as const;
export type Service = (typeof SERVICES)[number];

export const SERVICE_WORDS: Readonly<Record<Service, readonly string[]>> = {
  skills_training: [
    'pelatihan_keterampilan',
    'pelatihan_teknis',
    'technical_training',
    'vocational_training',
    'pelatihan',
  ],
  business_training: ['pelatihan_usaha', 'pelatihan_kewirausahaan', 'entrepreneurship', 'siyb'],
  credit: ['kredit', 'kur', 'pinjaman', 'modal', 'loan', 'loans', 'microcredit', 'savings_and_credit'],
  equipment: ['peralatan', 'bantuan_alat', 'alat', 'tools', 'equipment_grant'],
  market_linkage: ['akses_pasar', 'pemasaran', 'market_access', 'marketing', 'pembelian', 'buying', 'offtake'],
  group_formation: ['pembentukan_kelompok', 'kelompok', 'groups'],
  certification: ['sertifikasi', 'izin', 'perizinan', 'permits', 'pirt', 'halal', 'nib', 'bpom'],
  mentoring: ['pendampingan', 'mentor', 'coaching', 'follow_up'],
};

/** What a new activity needs from partners (DOMAIN.md, Partners; issue: the partner shortlist). */
export const NEEDS = [
  'technical_training',
  'business_training',
  'credit',
  'equipment',
  'market_access',
  'group_formation',
  'certification',
] as const;
export type PartnerNeed = (typeof NEEDS)[number];

export interface NeedDef {
  /** The service that meets it. */
  service: Service;
  /** Kinds of institution suited to it, best first. */
  types: readonly PartnerType[];
  label: Labels;
}

export const NEED_DEFS: Readonly<Record<PartnerNeed, NeedDef>> = {
  technical_training: {
    service: 'skills_training',
    types: ['training_provider', 'government', 'ngo', 'bds'],
    label: { en: 'Technical training', id: 'Pelatihan teknis' },
  },
  business_training: {
    service: 'business_training',
    types: ['training_provider', 'bds', 'government', 'ngo', 'cooperative'],
    label: { en: 'Business training', id: 'Pelatihan usaha' },
  },
  credit: {
    service: 'credit',
    types: ['microfinance', 'bank', 'cooperative', 'bumdes'],
    label: { en: 'Credit', id: 'Kredit / modal' },
  },
  equipment: {
    service: 'equipment',
    types: ['government', 'ngo', 'bumdes', 'cooperative'],
    label: { en: 'Equipment', id: 'Peralatan' },
  },
  market_access: {
    service: 'market_linkage',
    types: ['buyer', 'cooperative', 'bumdes', 'bds', 'government'],
    label: { en: 'Market access', id: 'Akses pasar' },
  },
  group_formation: {
    service: 'group_formation',
    types: ['ngo', 'government', 'cooperative', 'bumdes'],
    label: { en: 'Group formation', id: 'Pembentukan kelompok' },
  },
  certification: {
    service: 'certification',
    types: ['government', 'training_provider', 'bds'],
    label: { en: 'Permits and certification', id: 'Perizinan dan sertifikasi' },
  },
};

/** What kind of institution would fill a need nobody in the directory meets. */
export const FILL: Readonly<Record<PartnerNeed, Labels>> = {
  technical_training: {
    en: 'a training centre (BLK, BLK Komunitas or an LPK) or the Disnaker',
    id: 'balai pelatihan (BLK, BLK Komunitas atau LPK) atau Disnaker',
  },
  business_training: {
    en: 'a business development service, an LPK or the Dinas Koperasi dan UKM',
    id: 'layanan pengembangan usaha, LPK atau Dinas Koperasi dan UKM',
  },
  credit: { en: 'a microfinance institution (LKM, BMT) or a bank offering KUR', id: 'LKM, BMT atau bank penyalur KUR' },
  equipment: {
    en: 'a government programme (Dinas), an NGO or the BUMDes',
    id: 'program pemerintah (Dinas), LSM atau BUMDes',
  },
  market_access: {
    en: 'a buyer or trader, a cooperative or the BUMDes',
    id: 'pembeli atau pedagang, koperasi atau BUMDes',
  },
  group_formation: { en: 'an NGO, the Dinas PMD or a cooperative', id: 'LSM, Dinas PMD atau koperasi' },
  certification: {
    en: 'the Dinas Kesehatan (PIRT), the halal body, the OSS office (NIB) or BPOM',
    id: 'Dinas Kesehatan (PIRT), lembaga halal, layanan OSS (NIB) atau BPOM',
  },
};

function index<K extends string>(words: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const m = new Map<string, K>();
  for (const k of Object.keys(words) as K[]) for (const w of [k, ...words[k]]) m.set(normaliseName(w), k);
  return m;
}

const types = index(TYPE_WORDS);
const services = index(SERVICE_WORDS);

/** The kind a directory's `type` cell names, or undefined. */
export const partnerTypeOf = (text: string): PartnerType | undefined => types.get(normaliseName(text));
/** The service a directory's `services` item names, or undefined. */
export const serviceOf = (text: string): Service | undefined => services.get(normaliseName(text));

/** Cost bands; an amount in rupiah per trainee is banded: 0 free, up to 500,000 low, up to 2,000,000 medium. */
export const COSTS = ['free', 'low', 'medium', 'high'] as const;
export type Cost = (typeof COSTS)[number];
const COST_WORDS: Readonly<Record<Cost, readonly string[]>> = {
  free: ['gratis', 'free', 'tanpa_biaya', '0'],
  low: ['rendah', 'murah', 'low'],
  medium: ['sedang', 'menengah', 'medium'],
  high: ['tinggi', 'mahal', 'high'],
};
const costs = index(COST_WORDS);

export function costOf(text: string): Cost | undefined {
  const word = costs.get(normaliseName(text));
  if (word !== undefined) return word;
  const digits = text.replace(/[.\s]/g, '').replace(/^rp/i, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const amount = Number(digits);
  return amount === 0 ? 'free' : amount <= 500_000 ? 'low' : amount <= 2_000_000 ? 'medium' : 'high';
}
