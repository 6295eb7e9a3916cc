/** Weights given on the command line or in a file: criterion id → weight. */
export type WeightMap = Record<string, number>;

/** What is wrong with one weight; `line` is its line in a weights file. */
export type WeightProblem = (
  | { kind: 'syntax'; part: string }
  | { kind: 'negative'; id: string; value: string }
  | { kind: 'unknown'; id: string }
  | { kind: 'duplicate'; id: string }
) & { line?: number };

/** Reads one weight; decimal commas are decimals, as everywhere else. */
function weightValue(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

export interface WeightEntry {
  /** The text it came from, for messages. */
  part: string;
  id?: string;
  value?: string | number;
  /** Its line in a weights file, for messages. */
  line?: number;
}

/**
 * Splits `market_demand=2,risk=0.5` into entries (also `;`-separated, since a decimal
 * comma makes a comma list ambiguous: `risk=0,5;inclusion=2`).
 */
export function splitWeightList(spec: string): WeightEntry[] {
  const separator = spec.includes(';') ? ';' : ',';
  return spec
    .split(separator)
    .filter((p) => p.trim() !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? { part } : { part, id: part.slice(0, eq).trim(), value: part.slice(eq + 1) };
    });
}

/**
 * Checks weight entries from any source: a number of at least zero for a known id, each id
 * once (`a=2,a=3` is a mistake to point out, not a choice of the last).
 */
export function collectWeights(
  entries: readonly WeightEntry[],
  known?: ReadonlySet<string>,
): { weights: WeightMap; problems: WeightProblem[] } {
  // Ids come from files and flags: a null prototype keeps "constructor" or "__proto__" plain keys.
  const weights: WeightMap = Object.create(null) as WeightMap;
  const problems: WeightProblem[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const at = e.line === undefined ? {} : { line: e.line };
    if (e.id === undefined || e.id === '' || e.value === undefined) {
      problems.push({ kind: 'syntax', part: e.part, ...at });
      continue;
    }
    if (seen.has(e.id)) {
      problems.push({ kind: 'duplicate', id: e.id, ...at });
      continue;
    }
    seen.add(e.id);
    const v = typeof e.value === 'number' ? e.value : weightValue(e.value);
    if (!Number.isFinite(v)) problems.push({ kind: 'syntax', part: e.part, ...at });
    else if (v < 0) problems.push({ kind: 'negative', id: e.id, value: String(e.value), ...at });
    else if (known && !known.has(e.id)) problems.push({ kind: 'unknown', id: e.id, ...at });
    else weights[e.id] = v;
  }
  return { weights, problems };
}
