/** Delimiters a survey export may use, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Names accepted by --delimiter besides the character itself. */
export const DELIMITER_NAMES: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|', '\\t': '\t' };

/**
 * Picks the delimiter from the header line by counting candidates outside quotes.
 * csv-parse's own delimiter_auto is not used: it fails on fully quoted `;` files and on
 * files that start with a BOM.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (ch === '\n' || ch === '\r') break;
    const n = counts.get(ch);
    if (n !== undefined) counts.set(ch, n + 1);
  }
  let best: string = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
