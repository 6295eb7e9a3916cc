/**
 * Compares names the way survey tools vary them: ignoring case, spaces, underscores,
 * hyphens and dots (`Market Demand`, `market_demand`, `market-demand` are one name).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.-]/g, '');
}

/**
 * Text as a user reads it: every run of white space (no-break spaces and line breaks too)
 * one space, trimmed. A header spanning two lines reads as one line.
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text compared as a user would type it: spaces collapsed, case ignored. Answer words
 * ("Very  needed\u00a0" is "very needed") and mapped column names are compared so.
 */
export function foldText(text: string): string {
  return collapseSpace(text).toLowerCase();
}
