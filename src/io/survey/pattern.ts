/*
 * The column-name patterns of wide surveys (`survey.wide.pattern`): `{activity}`, an
 * optional `{criterion}`, `*` for any text, and literal text between them. Matched without
 * regular expressions, in time linear in the header's length: a pattern is a few literals
 * between wildcards, and each literal is looked for once, left to right (the leftmost
 * place of each literal is the one that leaves most room for the rest, so nothing is ever
 * tried twice). A hostile header cannot make it backtrack.
 */

import { collapseSpace } from '../../core/names.js';

/** One piece of a pattern: literal text (folded, see fold), or a wildcard. */
type Token = { kind: 'text'; text: string } | { kind: 'activity' } | { kind: 'criterion' } | { kind: 'any' };

export interface WidePattern {
  source: string;
  tokens: Token[];
  /** The pattern names {criterion}: each column rates one activity on one criterion. */
  hasCriterion: boolean;
}

/**
 * Text as patterns compare it: lower case, `_` as a space, so that `market_demand` and
 * `Market demand` are one name. Keeps the length of its (collapsed) input, so a place in
 * the folded text is the same place in the collapsed one.
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '_') out += ' ';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

/** Parses a pattern: `{activity}`, `{criterion}` and `*` are wildcards, the rest literal text. */
export function parsePattern(source: string): WidePattern {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', text: fold(text.replace(/\s+/g, ' ')) });
    text = '';
  };
  for (let i = 0; i < source.length; ) {
    if (source.startsWith('{activity}', i)) {
      flush();
      tokens.push({ kind: 'activity' });
      i += '{activity}'.length;
    } else if (source.startsWith('{criterion}', i)) {
      flush();
      tokens.push({ kind: 'criterion' });
      i += '{criterion}'.length;
    } else if (source[i] === '*') {
      flush();
      // `**` is one `*`.
      if (tokens.at(-1)?.kind !== 'any') tokens.push({ kind: 'any' });
      i++;
    } else {
      text += source[i];
      i++;
    }
  }
  flush();
  // Spaces at either end of the pattern are not asked of a trimmed header.
  const first = tokens[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = tokens.at(-1);
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return {
    source,
    tokens: tokens.filter((t) => t.kind !== 'text' || t.text !== ''),
    hasCriterion: tokens.some((t) => t.kind === 'criterion'),
  };
}

/** A header prepared once for every criterion name it is matched against. */
export interface PreparedHeader {
  /** Collapsed (see collapseSpace): what activity names are cut from. */
  text: string;
  /** The same, folded (see fold). */
  folded: string;
}

export function prepareHeader(header: string): PreparedHeader {
  const text = collapseSpace(header);
  return { text, folded: fold(text) };
}

/** Folds a criterion name (id or label) for matching: `market_demand` → `market demand`. */
export function foldName(name: string): string {
  return fold(collapseSpace(name));
}

/**
 * The activity a header names under the pattern, with `criterion` (a folded name, see
 * foldName) in place of `{criterion}`; undefined when it does not match. The whole header
 * must match; `*` and `{activity}` take as little as they can, left to right, except that
 * the last of them reaches the last literal, which must end the header. A pattern that
 * starts with literal text may also start after a group path (`grp/` + the pattern).
 */
export function matchActivity(pattern: WidePattern, header: PreparedHeader, criterion = ''): string | undefined {
  // {criterion} becomes text, joined with the text around it: one literal, looked for once.
  const pieces: Token[] = [];
  for (const t of pattern.tokens) {
    const piece: Token = t.kind === 'criterion' ? { kind: 'text', text: criterion } : t;
    const before = pieces.at(-1);
    if (piece.kind === 'text' && before?.kind === 'text')
      pieces[pieces.length - 1] = { kind: 'text', text: before.text + piece.text };
    else pieces.push(piece);
  }
  const first = pieces[0];
  if (first?.kind === 'text') {
    const direct = matchFrom(pieces, header, 0);
    if (direct !== undefined) return direct;
    // A group path in front: the pattern's text right after the first `/` that precedes it.
    const at = header.folded.indexOf(`/${first.text}`);
    return at < 0 ? undefined : matchFrom(pieces, header, at + 1);
  }
  return matchFrom(pieces, header, 0);
}

function matchFrom(pieces: readonly Token[], header: PreparedHeader, start: number): string | undefined {
  const { folded, text } = header;
  let pos = start;
  let i = 0;
  // The literal that ends the pattern, if any, is anchored at the end of the header.
  const last = pieces.at(-1);
  const tail = last?.kind === 'text' ? last.text : undefined;
  const end = tail === undefined ? folded.length : folded.length - tail.length;
  if (tail !== undefined && (end < start || !folded.endsWith(tail))) return undefined;
  const stop = tail === undefined ? pieces.length : pieces.length - 1;
  let activity: [number, number] | undefined;
  // The wildcard waiting for the next literal to say where it ends.
  let open: { kind: 'activity' | 'any'; from: number } | undefined;
  const close = (to: number): boolean => {
    if (open === undefined) return true;
    if (open.kind === 'activity') {
      if (to <= open.from) return false;
      activity = [open.from, to];
    }
    open = undefined;
    return true;
  };
  for (; i < stop; i++) {
    const piece = pieces[i] as Token;
    if (piece.kind === 'text') {
      if (open === undefined) {
        if (!folded.startsWith(piece.text, pos) || pos + piece.text.length > end) return undefined;
        pos += piece.text.length;
        continue;
      }
      // A non-empty activity starts at least one character on.
      const from = open.kind === 'activity' ? open.from + 1 : open.from;
      const at = folded.indexOf(piece.text, from);
      if (at < 0 || at + piece.text.length > end) return undefined;
      if (!close(at)) return undefined;
      pos = at + piece.text.length;
    } else {
      // Two wildcards in a row: the first takes nothing (`*{activity}` is `{activity}`).
      if (open !== undefined && !close(pos)) return undefined;
      open = { kind: piece.kind === 'activity' ? 'activity' : 'any', from: pos };
    }
  }
  if (open !== undefined) {
    if (!close(end)) return undefined;
  } else if (pos !== end) return undefined;
  if (activity === undefined) return undefined;
  const name = text.slice(activity[0], activity[1]).trim();
  return name === '' ? undefined : name;
}

/**
 * True when group paths may sit in front of the pattern's activity: it starts with
 * `{activity}` and names `{criterion}`, as Kobo's groups per activity do. With
 * `{activity}` only, the activity is exactly what the pattern leaves (start the pattern
 * with `*` or the group path to leave a group out).
 */
export function groupsInFront(pattern: WidePattern): boolean {
  return pattern.hasCriterion && pattern.tokens[0]?.kind === 'activity';
}

/**
 * Drops the group names in front of an activity name, for a pattern that starts with
 * `{activity}` and names `{criterion}` (Kobo's `grp_rating/keripik/market_demand`): a
 * leading `name/` without spaces is a group, as Kobo and ODK group names have none. A
 * name whose part before `/` holds a space (`Using GitHub actions and CI/CD`) stays whole.
 */
export function dropGroupNames(pattern: WidePattern, activity: string): string {
  if (!groupsInFront(pattern)) return activity;
  // One walk from the left: `start` is where the name begins once the groups before it are dropped.
  let start = 0;
  for (let i = 0; i < activity.length; i++) {
    const ch = activity[i] as string;
    if (/\s/.test(ch)) break;
    if (ch === '/') {
      if (i === start || i === activity.length - 1) break;
      start = i + 1;
    }
  }
  return activity.slice(start);
}

/**
 * The group path every activity name starts with, when there are two or more names and
 * they share one (Kobo's "Labels" export: `Penilaian kegiatan/Keripik singkong/...`);
 * '' otherwise. Only whole path segments, ending in `/`.
 */
export function commonGroupPath(names: readonly string[]): string {
  if (names.length < 2) return '';
  let prefix = names[0] as string;
  for (const n of names) {
    let k = 0;
    while (k < prefix.length && k < n.length && prefix[k] === n[k]) k++;
    prefix = prefix.slice(0, k);
    if (prefix === '') return '';
  }
  const slash = prefix.lastIndexOf('/');
  if (slash <= 0) return '';
  const path = prefix.slice(0, slash + 1);
  // Every name must keep something after the path.
  return names.every((n) => n.length > path.length) ? path : '';
}
