/**
 * The closed answers of the community profile, with their words in both languages. The
 * answers keep the value; assessment.json gets the words, in the workspace's language.
 */
import type { Labels } from '../assessment.js';

export interface ChoiceDef {
  value: string;
  label: Labels;
}

const c = (value: string, en: string, id: string): ChoiceDef => ({ value, label: { en, id } });

export const LIVELIHOODS: readonly ChoiceDef[] = [
  c('rainfed_farming', 'Rain-fed farming', 'Pertanian tadah hujan'),
  c('irrigated_rice', 'Irrigated rice', 'Padi sawah irigasi'),
  c('plantation_crops', 'Plantation crops (coconut, coffee, cocoa, rubber)', 'Perkebunan (kelapa, kopi, kakao, karet)'),
  c('livestock', 'Livestock', 'Peternakan'),
  c('fishing', 'Fishing', 'Perikanan tangkap'),
  c('aquaculture', 'Fish farming', 'Budidaya ikan'),
  c('forestry', 'Forestry and timber', 'Kehutanan dan kayu'),
  c('trade', 'Small trade', 'Perdagangan kecil'),
  c('crafts', 'Crafts', 'Kerajinan'),
  c('food_processing', 'Food processing', 'Pengolahan makanan'),
  c('tourism', 'Tourism', 'Pariwisata'),
  c('wage_labour', 'Wage labour', 'Buruh harian'),
  c('migrant_work', 'Migrant work', 'Pekerja migran'),
];

export const INFRASTRUCTURE: Readonly<Record<'roads' | 'electricity' | 'water' | 'telecoms', readonly ChoiceDef[]>> = {
  roads: [
    c('paved', 'Paved, open all year', 'Beraspal, bisa dilalui sepanjang tahun'),
    c('gravel', 'Gravel or earth, open most of the year', 'Batu atau tanah, bisa dilalui hampir sepanjang tahun'),
    c('cut_off', 'Often cut off in the rainy season', 'Sering terputus di musim hujan'),
    c('none', 'No road for vehicles', 'Tidak ada jalan untuk kendaraan'),
  ],
  electricity: [
    c('grid_24h', 'Grid (PLN), day and night', 'Listrik PLN, siang dan malam'),
    c('part_time', 'Some hours a day, or frequent cuts', 'Beberapa jam sehari, atau sering padam'),
    c('solar_genset', 'Solar or generator only', 'Hanya tenaga surya atau genset'),
    c('none', 'None', 'Tidak ada'),
  ],
  water: [
    c('piped', 'Piped water all year', 'Air ledeng sepanjang tahun'),
    c('wells', 'Wells or springs, enough all year', 'Sumur atau mata air, cukup sepanjang tahun'),
    c('dry_season_short', 'Short in the dry season', 'Kurang di musim kemarau'),
    c('scarce', 'Scarce all year', 'Sulit sepanjang tahun'),
  ],
  telecoms: [
    c('4g', 'Mobile internet (4G) in most places', 'Internet seluler (4G) di sebagian besar tempat'),
    c('weak', 'Weak or patchy signal', 'Sinyal lemah atau tidak merata'),
    c('none', 'No signal', 'Tidak ada sinyal'),
  ],
};

export const INSTITUTIONS: readonly ChoiceDef[] = [
  c('cooperative', 'Cooperative (koperasi)', 'Koperasi'),
  c('bumdes', 'Village-owned enterprise (BUMDes)', 'BUMDes'),
  c('savings_group', 'Savings and loan group', 'Kelompok simpan pinjam'),
  c('training_centre', 'Training centre (BLK, BLK Komunitas, LPK)', 'Balai pelatihan (BLK, BLK Komunitas, LPK)'),
  c('microfinance', 'Microfinance institution (LKM)', 'Lembaga keuangan mikro (LKM)'),
  c('bank', 'Bank (KUR lending)', 'Bank (penyalur KUR)'),
  c('ngo', 'NGO', 'LSM'),
  c('women_group', "Women's group (PKK, KWT)", 'Kelompok perempuan (PKK, KWT)'),
];

/** The words of a choice value in a language; an unknown value stands for itself. */
export function choiceLabel(list: readonly ChoiceDef[], value: string, lang: keyof Labels): string {
  return list.find((x) => x.value === value)?.label[lang] ?? value;
}
