import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { createContext } from '../../src/context.js';
import { type FieldDef, type FieldRecord, readTable } from '../../src/io/csv/fields.js';
import { isPartnerHeader, readPartners } from '../../src/io/partners.js';
import { tempDir } from '../helpers/cli.js';

const ctx = createContext({ env: {} }, 'en');

function csv(name: string, text: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

const FIELDS: readonly FieldDef[] = [
  { id: 'name', kind: 'text', required: true, aliases: ['nama'] },
  { id: 'members', kind: 'integer', aliases: ['anggota'] },
  { id: 'share', kind: 'number' },
  { id: 'women_only', kind: 'boolean', aliases: ['khusus_perempuan'] },
  { id: 'kind', kind: 'choice', choices: ['group', 'cooperative'] },
  { id: 'needs', kind: 'list', choices: ['credit', 'equipment', 'market_access'] },
];

describe('readTable: any CSV read by a field list', () => {
  it('finds columns by alias past Kobo/ODK group prefixes and reads every kind, Kobo style and Excel style', async () => {
    const { file } = csv(
      'groups.csv',
      '\uFEFFgrp-nama;info/anggota;share;khusus_perempuan;kind;needs;_uuid\r\n"Kelompok Mawar";12;"3,5";ya;Cooperative;credit market_access;u1\r\nTani Maju;;-;tidak;group;;u2\r\n',
    );
    const records: FieldRecord[] = [];
    const scan = await readTable(ctx, file, FIELDS, { onRecord: (r) => records.push({ ...r }) });
    expect(scan.problems).toEqual([]);
    expect(records).toEqual([
      {
        name: 'Kelompok Mawar',
        members: 12,
        share: 3.5,
        women_only: true,
        kind: 'cooperative',
        needs: ['credit', 'market_access'],
      },
      { name: 'Tani Maju', women_only: false, kind: 'group' },
    ]);
  });

  it('reports each bad cell at its line and column, and a missing required column once', async () => {
    const { file } = csv(
      'bad.csv',
      'name,members,women_only,kind,needs\nA,twelve,maybe,club,credit loans\n,3,yes,group,\n',
    );
    const scan = await readTable(ctx, file, FIELDS);
    expect(scan.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 2],
      [2, 3],
      [2, 4],
      [2, 5],
      [3, 1],
    ]);
    expect(scan.problems[3]?.message).toMatch(
      /"loans" is not one of the values of needs: use one of credit, equipment, market_access/,
    );
    expect(scan.problems[4]?.message).toMatch(/name is empty/);
    const none = await readTable(ctx, csv('none.csv', 'members\n3\n').file, FIELDS);
    expect(none.problems).toHaveLength(1);
    expect(none.problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/no column for name/) });
  });

  it('treats hostile column names and values as plain text', async () => {
    const { file } = csv('odd.csv', 'constructor,__proto__,name\nx,y,"=HYPERLINK(""a"")"\n');
    const records: FieldRecord[] = [];
    const scan = await readTable(ctx, file, FIELDS, { onRecord: (r) => records.push(r) });
    expect(scan.problems).toEqual([]);
    expect(records[0]?.['name']).toBe('=HYPERLINK("a")');
    expect(Object.getPrototypeOf(records[0])).toBeNull();
  });
});

describe('the partner directory is a field list', () => {
  it('is recognised with Kobo group prefixes and Indonesian headers', () => {
    expect(isPartnerHeader(ctx, ['grp/name', 'grp/type', 'grp/services'])).toBe(true);
    expect(isPartnerHeader(ctx, ['Nama lembaga', 'Jenis', 'Layanan'])).toBe(true);
    expect(isPartnerHeader(ctx, ['respondent', 'activity', 'market_demand'])).toBe(false);
  });

  it('reads partners with typed fields, and tree validate checks such a directory', async () => {
    const { dir, file } = csv(
      'mitra.csv',
      'grp/name,grp/type,grp/services,grp/distance_km,grp/capacity_per_year\nBLK Wonosari,Training provider,skills_training certification,"12,5",480\nKSP Maju,lender,credit,3,\n',
    );
    const partners: FieldRecord[] = [];
    const scan = await readPartners(ctx, file, (p) => partners.push({ ...p }));
    expect(partners).toEqual([
      {
        name: 'BLK Wonosari',
        type: 'training_provider',
        services: ['skills_training', 'certification'],
        distance_km: 12.5,
        capacity: 480,
      },
    ]);
    expect(scan.problems).toMatchObject([
      { line: 3, column: 2, message: expect.stringMatching(/"lender" is not one of the values of type/) },
    ]);
    const report = await validate({ cwd: dir, env: {}, lang: 'en', files: ['mitra.csv'] });
    expect(report.files[0]).toMatchObject({
      kind: 'partners',
      valid: false,
      problems: [{ file: 'mitra.csv', line: 3, column: 2 }],
    });
  });
});
