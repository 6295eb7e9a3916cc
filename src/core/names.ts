/**
 * Compares names the way survey tools vary them: ignoring case, spaces, underscores,
 * hyphens and dots (`Market Demand`, `market_demand`, `market-demand` are one name).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}
