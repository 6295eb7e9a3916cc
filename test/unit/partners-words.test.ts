import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * The words a partner directory is written in, as directories in Indonesia write them.
 * The module is loaded afresh inside each test, not imported at the top: its word lists
 * are built when it loads, and a mutation run can only tell which tests check them if the
 * load happens inside those tests.
 */
const load = () => import('../../src/core/partners/vocab.js');
beforeEach(() => {
  vi.resetModules();
});

const TYPES: Record<string, string[]> = {
  training_provider: [
    'BLK',
    'BLK Komunitas',
    'BLKK',
    'LPK',
    'training centre',
    'training center',
    'Balai Pelatihan',
    'Lembaga Pelatihan',
    'pelatihan',
  ],
  microfinance: [
    'LKM',
    'BMT',
    'credit union',
    'CU',
    'Koperasi Simpan Pinjam',
    'KSP',
    'Lembaga Keuangan Mikro',
    'keuangan mikro',
  ],
  bank: ['bank', 'Bank KUR', 'KUR', 'BPR', 'BRI', 'perbankan'],
  cooperative: ['cooperative', 'koperasi', 'coop'],
  bumdes: ['BUMDes', 'BUM Desa', 'Badan Usaha Milik Desa'],
  ngo: ['LSM', 'Yayasan', 'NGO', 'nonprofit', 'organisasi masyarakat'],
  government: ['government', 'Dinas', 'Disnaker', 'pemerintah', 'government office', 'Pemda', 'Kementerian'],
  buyer: ['buyer', 'trader', 'pembeli', 'pengepul', 'pedagang', 'offtaker', 'eksportir'],
  bds: ['BDS', 'business development service', 'layanan pengembangan usaha', 'konsultan', 'pendamping usaha'],
};

const SERVICES: Record<string, string[]> = {
  skills_training: [
    'skills training',
    'pelatihan keterampilan',
    'pelatihan teknis',
    'technical training',
    'vocational training',
    'pelatihan',
  ],
  business_training: ['business training', 'pelatihan usaha', 'pelatihan kewirausahaan', 'entrepreneurship', 'SIYB'],
  credit: ['credit', 'kredit', 'KUR', 'pinjaman', 'modal', 'loan', 'loans', 'microcredit', 'savings and credit'],
  equipment: ['equipment', 'peralatan', 'bantuan alat', 'alat', 'tools', 'equipment grant'],
  market_linkage: [
    'market linkage',
    'akses pasar',
    'pemasaran',
    'market access',
    'marketing',
    'pembelian',
    'buying',
    'offtake',
  ],
  group_formation: ['group formation', 'pembentukan kelompok', 'kelompok', 'groups'],
  certification: ['certification', 'sertifikasi', 'izin', 'perizinan', 'permits', 'PIRT', 'halal', 'NIB', 'BPOM'],
  mentoring: ['mentoring', 'pendampingan', 'mentor', 'coaching', 'follow-up'],
};

const COSTS: Record<string, string[]> = {
  free: ['free', 'gratis', 'tanpa biaya', '0'],
  low: ['low', 'rendah', 'murah'],
  medium: ['medium', 'sedang', 'menengah'],
  high: ['high', 'tinggi', 'mahal'],
};

describe('directory words', () => {
  it('reads every usual name of each kind of institution', async () => {
    const { partnerTypeOf } = await load();
    for (const [type, words] of Object.entries(TYPES))
      for (const w of words) expect([w, partnerTypeOf(w)]).toEqual([w, type]);
    expect(partnerTypeOf('')).toBeUndefined();
  });

  it('reads every usual name of each service', async () => {
    const { serviceOf } = await load();
    for (const [service, words] of Object.entries(SERVICES))
      for (const w of words) expect([w, serviceOf(w)]).toEqual([w, service]);
    expect(serviceOf('')).toBeUndefined();
  });

  it('reads every cost word, and amounts in rupiah written with dots or spaces', async () => {
    const { costOf } = await load();
    for (const [cost, words] of Object.entries(COSTS)) for (const w of words) expect([w, costOf(w)]).toEqual([w, cost]);
    expect(costOf('')).toBeUndefined();
    expect(costOf('Rp 1.500.000')).toBe('medium');
    expect(costOf('RP750 000')).toBe('medium');
    expect(costOf('Rp. 100.000')).toBe('low');
    expect(costOf('100rp')).toBeUndefined();
    expect(costOf('1-000')).toBeUndefined();
  });
});

describe('what each need calls for', () => {
  it('names the service that meets it and the kinds of institution suited to it, best first', async () => {
    const { NEED_DEFS } = await load();
    const defs = Object.fromEntries(Object.entries(NEED_DEFS).map(([need, d]) => [need, [d.service, d.types]]));
    expect(defs).toEqual({
      technical_training: ['skills_training', ['training_provider', 'government', 'ngo', 'bds']],
      business_training: ['business_training', ['training_provider', 'bds', 'government', 'ngo', 'cooperative']],
      credit: ['credit', ['microfinance', 'bank', 'cooperative', 'bumdes']],
      equipment: ['equipment', ['government', 'ngo', 'bumdes', 'cooperative']],
      market_access: ['market_linkage', ['buyer', 'cooperative', 'bumdes', 'bds', 'government']],
      group_formation: ['group_formation', ['ngo', 'government', 'cooperative', 'bumdes']],
      certification: ['certification', ['government', 'training_provider', 'bds']],
    });
  });

  it('labels every need, and says who would fill it, in both languages', async () => {
    const { FILL, NEED_DEFS, NEEDS } = await load();
    for (const need of NEEDS)
      for (const text of [NEED_DEFS[need].label.en, NEED_DEFS[need].label.id, FILL[need].en, FILL[need].id])
        expect([need, typeof text, text.trim().length > 3]).toEqual([need, 'string', true]);
    // The two languages are not the same words, except where a name is a name in both.
    expect(NEEDS.filter((n) => NEED_DEFS[n].label.en === NEED_DEFS[n].label.id)).toEqual([]);
    expect(NEEDS.filter((n) => FILL[n].en === FILL[n].id)).toEqual([]);
  });
});
