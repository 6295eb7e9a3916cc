import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/render/csv.js';
import { toMarkdownTable } from '../../src/render/markdown.js';
import { toTable } from '../../src/render/table.js';

describe('CSV output', () => {
  it('neutralises cells that a spreadsheet would run as formulas, keeping their text', () => {
    for (const cell of ['=1+1', '+62 812', '-x', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(cell)).toBe(`'${cell}`);
    expect(neutralise('Keripik singkong')).toBe('Keripik singkong');
  });
  it('leaves numbers as numbers, negative ones too', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=cmd', -3.5],
      ]),
    ).toBe("a,b\n'=cmd,-3.5\n");
  });
  it('writes the Indonesian Excel dialect: BOM, semicolons, decimal commas, CRLF', () => {
    expect(
      toCsv(
        [
          ['kegiatan', 'skor'],
          ['Keripik; singkong', 75.92],
        ],
        { excel: 'id' },
      ),
    ).toBe('\uFEFFkegiatan;skor\r\n"Keripik; singkong";75,92\r\n');
  });
});

describe('tables', () => {
  it('aligns columns and right-aligns numbers', () => {
    expect(
      toTable(
        [
          ['activity', 'score'],
          ['tiwul', 7.5],
          ['keripik singkong', 75.25],
        ],
        { numeric: [1] },
      ),
    ).toBe('activity          score\n────────────────  ─────\ntiwul               7.5\nkeripik singkong  75.25\n');
  });
  it('escapes pipes in Markdown', () => {
    expect(
      toMarkdownTable(
        [
          ['a', 'n'],
          ['x|y', 2],
        ],
        [1],
      ),
    ).toBe('| a | n |\n| --- | ---: |\n| x\\|y | 2 |\n');
  });
});

describe('text from surveys on a terminal', () => {
  it('cannot carry terminal control codes or break a table row', () => {
    const out = toTable([['activity'], ['evil\u001b[2J\u001b]0;pwned\u0007'], ['two\nlines']]);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out.trimEnd().split('\n')).toHaveLength(4);
    expect(out).toContain('two lines');
    expect(toMarkdownTable([['a'], ['x\u001by']])).toBe('| a |\n| --- |\n| x\uFFFDy |\n');
  });
});
