/**
 * The XLSForm workbooks: read back with exceljs into the same rows as the CSV sheets, and
 * converted sheet by sheet to CSV by LibreOffice (headless), as a spreadsheet user would
 * open them. Without `soffice` (Debian's libreoffice-calc, installed by .ci/run) the
 * LibreOffice test is skipped with a note.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { form } from '../../src/commands/form.js';
import { xlsformSheets } from '../../src/core/forms/xlsform.js';
import { readWorkbook } from '../../src/io/xlsx.js';
import { ROOT } from '../helpers/cli.js';

const WS = `${ROOT}/examples/workspace`;
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (soffice === '')
  console.warn(
    'soffice not found: the LibreOffice conversion of the XLSForms is skipped (apt-get install libreoffice-calc)',
  );

describe('the .xlsx XLSForms', () => {
  it('read back with exceljs into the same rows, sheet by sheet', async () => {
    const { forms } = await form({ workspace: WS });
    for (const f of forms) {
      const sheets = await readWorkbook(f.files[0]?.content as Buffer);
      expect(sheets).toEqual(xlsformSheets(f.model).map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })));
    }
  });

  it.skipIf(soffice === '')(
    'convert to CSV in LibreOffice headless, every sheet, without error',
    async () => {
      const { forms } = await form({ workspace: WS });
      const dir = mkdtempSync(path.join(tmpdir(), 'tree-form-lo-'));
      for (const f of forms) {
        const file = path.join(dir, `${f.kind}.xlsx`);
        writeFileSync(file, f.files[0]?.content as Buffer);
        const sheets = xlsformSheets(f.model);
        // Filter options: comma, double quote, UTF-8 (76), first line 1, ..., sheet -1 = every sheet to its own file.
        execFileSync(
          soffice,
          [
            '--headless',
            `-env:UserInstallation=file://${dir}/profile`,
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
            '--outdir',
            dir,
            file,
          ],
          { stdio: 'pipe', timeout: 120_000 },
        );
        for (const sheet of sheets) {
          const out = readdirSync(dir).find((n) => n === `${f.kind}-${sheet.name}.csv`);
          expect(out, `${f.kind}-${sheet.name}.csv in ${readdirSync(dir).join(', ')}`).toBeDefined();
          const text = readFileSync(path.join(dir, out as string), 'utf8');
          expect(text.split(/\r?\n/)[0]).toBe(sheet.rows[0]?.join(','));
          expect(text).toContain(sheet.rows[1]?.[1] ?? '');
        }
      }
    },
    180_000,
  );
});
