/** Delimiters a survey export may use, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

const TIE_ORDER = [';', '\t', '|', ','] as const;

/** Names accepted by --delimiter besides the character itself. */
export const DELIMITER_NAMES: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  pipe: '|',
  '\\t': '\t',
};

/** Counts each candidate delimiter outside quotes in one line starting at `from`; returns where the line ends. */
function countLine(text: string, from: number, counts: Map<string, number>): number {
  let quoted = false;
  let i = from;
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  return i;
}

/**
 * Picks the delimiter from the header line and the line after it, counting candidates
 * outside quotes: a delimiter found as often in both lines wins over one that is not
 * (an Excel `;` file leaves a comma in a header label unquoted), then the most frequent.
 * csv-parse's own delimiter_auto is not used: it fails on fully quoted `;` files and on
 * files that start with a BOM.
 */
export function sniffDelimiter(text: string): string {
  const header = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  const second = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let end = countLine(text, 0, header);
  while (end < text.length && (text[end] === '\r' || text[end] === '\n')) end++;
  const hasSecond = end < text.length;
  if (hasSecond) countLine(text, end, second);
  let best: string = ',';
  let bestKey = [0, 0];
  // On a full tie `;` wins: a comma is the likelier stray (decimal commas, label text).
  for (const d of TIE_ORDER) {
    const n = header.get(d) as number;
    if (n === 0) continue;
    const consistent = hasSecond && second.get(d) === n ? 1 : 0;
    if (consistent > (bestKey[0] as number) || (consistent === bestKey[0] && n > (bestKey[1] as number))) {
      best = d;
      bestKey = [consistent, n];
    }
  }
  return best;
}
