import type { Context } from '../context.js';
import type { Partner } from '../core/partners/match.js';
import {
  COSTS,
  costOf,
  PARTNER_TYPES,
  type PartnerType,
  SERVICE_WORDS,
  SERVICES,
  type Service,
  TYPE_WORDS,
} from '../core/partners/vocab.js';
import { type FieldDef, type FieldRecord, matchFields, readTable } from './csv/fields.js';
import type { CsvReadOptions, CsvScan } from './csv/scan.js';

export { PARTNER_TYPES };

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
    words: TYPE_WORDS,
    aliases: ['jenis', 'jenis_lembaga', 'tipe', 'partner_type'],
  },
  { id: 'services', kind: 'list', choices: SERVICES, words: SERVICE_WORDS, aliases: ['layanan', 'jasa'] },
  {
    id: 'sectors',
    kind: 'list',
    aliases: ['sektor', 'skills', 'keterampilan', 'bidang', 'covers', 'activities', 'kegiatan'],
  },
  {
    id: 'location',
    kind: 'text',
    aliases: ['lokasi', 'alamat', 'address', 'district', 'kabupaten', 'village', 'desa'],
  },
  { id: 'distance_km', kind: 'number', aliases: ['distance', 'jarak', 'jarak_km'] },
  { id: 'capacity', kind: 'integer', aliases: ['capacity_per_year', 'kapasitas', 'kapasitas_per_tahun'] },
  {
    id: 'cost',
    kind: 'text',
    aliases: ['biaya'],
    parse: costOf,
    allowed: `${COSTS.join(', ')}, or an amount in rupiah`,
  },
  { id: 'languages', kind: 'list', aliases: ['language', 'bahasa'] },
  {
    id: 'accessible',
    kind: 'boolean',
    aliases: ['accessibility', 'aksesibel', 'ramah_disabilitas', 'disability_access'],
  },
  { id: 'women_only', kind: 'boolean', aliases: ['women_only_groups', 'khusus_perempuan', 'kelompok_perempuan'] },
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
  options: CsvReadOptions & { map?: Readonly<Record<string, string>> } = {},
): Promise<CsvScan> {
  return readTable(ctx, file, PARTNER_FIELDS, { ...options, ...(onPartner ? { onRecord: onPartner } : {}) });
}

/** A checked row as the matching takes it. */
export function partnerOf(r: FieldRecord, line: number): Partner {
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const num = (k: string) => (typeof r[k] === 'number' ? (r[k] as number) : undefined);
  const bool = (k: string) => (typeof r[k] === 'boolean' ? (r[k] as boolean) : undefined);
  const list = (k: string) => (Array.isArray(r[k]) ? (r[k] as string[]) : []);
  const p: Partner = {
    line,
    name: str('name') as string,
    type: str('type') as PartnerType,
    services: [...new Set(list('services') as Service[])],
    covers: list('sectors'),
    languages: list('languages'),
  };
  const optional = {
    location: str('location'),
    distanceKm: num('distance_km'),
    capacity: num('capacity'),
    cost: str('cost') as Partner['cost'],
    accessible: bool('accessible'),
    womenOnly: bool('women_only'),
    contact: str('contact'),
    phone: str('phone'),
    email: str('email'),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (p as unknown as Record<string, unknown>)[k] = v;
  return p;
}
