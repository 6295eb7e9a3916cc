import type { Context } from '../context.js';
import { type FieldDef, type FieldRecord, matchFields, readTable } from './csv/fields.js';
import type { CsvScan } from './csv/scan.js';

/** Kinds of institution a TREE programme partners with (DOMAIN.md, Partners). */
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

/** The partner directory's columns: the whole reader of this CSV kind is this table. */
export const PARTNER_FIELDS: readonly FieldDef[] = [
  {
    id: 'name',
    kind: 'text',
    required: true,
    aliases: ['nama', 'nama_lembaga', 'institution', 'lembaga', 'organisation', 'organization'],
  },
  {
    id: 'type',
    kind: 'choice',
    required: true,
    choices: PARTNER_TYPES,
    aliases: ['jenis', 'jenis_lembaga', 'tipe', 'partner_type'],
  },
  { id: 'services', kind: 'list', aliases: ['layanan', 'jasa'] },
  { id: 'sectors', kind: 'list', aliases: ['sektor', 'skills', 'keterampilan', 'bidang'] },
  { id: 'location', kind: 'text', aliases: ['lokasi', 'alamat', 'address', 'district', 'kabupaten'] },
  { id: 'distance_km', kind: 'number', aliases: ['distance', 'jarak', 'jarak_km'] },
  { id: 'capacity', kind: 'integer', aliases: ['capacity_per_year', 'kapasitas', 'kapasitas_per_tahun'] },
  { id: 'cost', kind: 'text', aliases: ['biaya'] },
  { id: 'contact', kind: 'text', aliases: ['contact_person', 'kontak', 'narahubung'] },
  { id: 'phone', kind: 'text', aliases: ['telepon', 'telp', 'hp', 'no_hp'] },
  { id: 'email', kind: 'text', aliases: ['surel'] },
];

/** True when a header looks like a partner directory: name and type, and services or sectors. */
export function isPartnerHeader(ctx: Context, header: readonly string[]): boolean {
  const { columns } = matchFields(ctx, '', header, PARTNER_FIELDS);
  return columns.has('name') && columns.has('type') && (columns.has('services') || columns.has('sectors'));
}

/** Reads a partner directory: every row checked, each good one handed to `onPartner`. */
export async function readPartners(
  ctx: Context,
  file: string,
  onPartner?: (partner: FieldRecord, line: number) => void,
): Promise<CsvScan> {
  return readTable(ctx, file, PARTNER_FIELDS, onPartner ? { onRecord: onPartner } : {});
}
