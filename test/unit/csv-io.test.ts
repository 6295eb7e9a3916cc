import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../src/io/csv/decode.js';
import { sniffDelimiter } from '../../src/io/csv/dialect.js';
import { readRecords } from '../../src/io/csv/records.js';
import { openCsvSource } from '../../src/io/csv/source.js';
import { tempDir } from '../helpers/cli.js';
import { testRuntime } from '../helpers/runtime.js';

async function records(text: string, delimiter = ',') {
  const out: { fields: string[]; line: number }[] = [];
  await readRecords(text, delimiter, (fields, line) => out.push({ fields, line }));
  return out;
}

describe('encoding detection', () => {
  async function source(bytes: Buffer) {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), bytes);
    const { rt } = testRuntime({ cwd: dir });
    const src = await openCsvSource(rt, 'in.csv');
    let text = '';
    for await (const chunk of src.open())
      text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    return { detected: src.detected, text, binary: src.binary };
  }

  it('reads Windows-1252 bytes as Windows-1252, not Latin-1 (0x96 is an en dash)', async () => {
    const bytes = Buffer.from([
      0x4b, 0x65, 0x67, 0x69, 0x61, 0x74, 0x61, 0x6e, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9,
    ]);
    const r = await source(bytes);
    expect(r.detected.encoding).toBe('windows1252');
    expect(r.text).toBe('Kegiatan – café');
  });

  it('takes valid UTF-8 as UTF-8 and skips a UTF-8 BOM', async () => {
    const r = await source(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kegiatan – café', 'utf8')]));
    expect(r.detected).toEqual({ encoding: 'utf8', bom: 3 });
    expect(r.text).toBe('Kegiatan – café');
  });

  it('decodes UTF-16 LE with a BOM', async () => {
    const r = await source(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\r\n1;2', 'utf16le')]));
    expect(r.detected.encoding).toBe('utf16le');
    expect(r.text).toBe('a;b\r\n1;2');
  });

  it('calls bytes with NUL binary, and text not', () => {
    expect(looksBinary(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from('activity;market_demand\r\n"x";"3"\r\n'))).toBe(false);
  });
});

describe('delimiter sniffing', () => {
  it('finds ; in a fully quoted Kobo header even when labels contain commas', () => {
    expect(sniffDelimiter('"start";"Kegiatan, usaha";"Penilaian/Permintaan pasar"\r\n"1";"2";"3"')).toBe(';');
  });
  it('finds , tab and | ', () => {
    expect(sniffDelimiter('a,b,c\n1;2,3')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n')).toBe('|');
  });
  it('looks only at the header line', () => {
    expect(sniffDelimiter('a,b\n1;2;3;4;5\n')).toBe(',');
  });
});

describe('CSV records', () => {
  it('numbers lines as an editor does, with CRLF inside quoted fields', async () => {
    const text = '"a";"b"\r\n"1";"x\r\ny"\r\n"2";"3"\r\n';
    expect(await records(text, ';')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'x\r\ny'], line: 2 },
      { fields: ['2', '3'], line: 4 },
    ]);
  });

  it('places an unclosed quote on the line its record starts', async () => {
    await expect(records('a,b\n1,2\n3,"4\n5,6\n')).rejects.toMatchObject({ kind: 'unclosedQuote', line: 3 });
  });

  it('keeps ragged rows for the caller to report', async () => {
    const out = await records('a,b\n1\n1,2,3\n');
    expect(out.map((r) => r.fields.length)).toEqual([2, 1, 3]);
  });
});
