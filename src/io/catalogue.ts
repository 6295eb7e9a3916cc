import path from 'node:path';
import {
  type Activity,
  CAPITAL_HIGH_ABOVE,
  CAPITAL_LOW_BELOW,
  type Catalogue,
  type CatalogueIssue,
  type CatalogueList,
  checkCatalogue,
  duplicateIds,
  makeCatalogue,
  mergeById,
  type Skill,
} from '../core/catalogue.js';
import { DataError, type Problem } from '../errors.js';
import { type Translate, translator } from '../i18n/index.js';
import { readAssetText } from './assets.js';
import { jsonIssueProblem, type ParsedJson, parseJsonWithPositions, readJsonInput } from './json-locate.js';
import { CATALOGUE_SCHEMA_FILE, describeSchemaErrors, schemaValidator } from './schema.js';

/** The shipped catalogue files, relative to the package root. */
export const SHIPPED_CATALOGUE: Readonly<Record<CatalogueList, string>> = {
  activities: 'templates/activities.json',
  skills: 'templates/skills.json',
};

export interface CatalogueOptions {
  /** A user's activity file (relative to cwd) extending the shipped catalogue. */
  activities?: string;
  /** A user's skill file (relative to cwd) extending the shipped catalogue. */
  skills?: string;
  cwd?: string;
  /** Language of problem messages; English when omitted. */
  t?: Translate;
}

interface Source {
  list: CatalogueList;
  /** As shown in problems: the asset path, or the path the user gave. */
  file: string;
  text: string;
  /** A shipped file: checked against the schema by the test suite, so not at every run. */
  shipped?: boolean;
}

/** Where an entry came from, so a problem found after merging points into its own file. */
interface Origin {
  file: string;
  index: number;
  parsed: ParsedJson;
}

/**
 * Reads the shipped activity and skill catalogues and, when given, a user's files on top:
 * a user entry with a shipped id replaces that entry whole (in its place), a new id is
 * added at the end. Every file is checked against its schema definition and for duplicate
 * ids; then skill references are checked across the merged lists, since a user's activity
 * may use a shipped skill and the other way round. All problems are thrown together.
 */
export function loadCatalogue(options: CatalogueOptions = {}): Promise<Catalogue> {
  // The shipped catalogue never changes while the process runs: checked once, it serves
  // every later call (a report reads it for needs and for partners, a batch per village).
  if (options.activities === undefined && options.skills === undefined) {
    shipped ??= readCatalogue(options).catch((error: unknown) => {
      shipped = undefined;
      throw error;
    });
    return shipped;
  }
  return readCatalogue(options);
}

let shipped: Promise<Catalogue> | undefined;

async function readCatalogue(options: CatalogueOptions): Promise<Catalogue> {
  const t = options.t ?? translator('en');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // Read everything first, so a missing file is reported before any content problem.
  const sources: Source[] = [];
  for (const list of ['activities', 'skills'] as const) {
    sources.push({
      list,
      file: SHIPPED_CATALOGUE[list],
      text: await readAssetText(SHIPPED_CATALOGUE[list]),
      shipped: true,
    });
    const user = options[list];
    if (user !== undefined) sources.push({ list, file: user, text: await readUserFile(user, cwd, t) });
  }

  // Problems with a pointer are located together at the end: one pass over each file.
  const problems: (Problem | Pending)[] = [];
  const origins = new Map<object, Origin>();
  const lists: { activities: Activity[]; skills: Skill[] } = { activities: [], skills: [] };
  for (const source of sources) {
    const parsed = await parseList(source, t, problems);
    if (!parsed) continue;
    const entries = parsed.value as { id: string }[];
    for (const [index, entry] of entries.entries()) origins.set(entry, { file: source.file, index, parsed });
    for (const issue of duplicateIds(source.list, entries))
      problems.push(describeIssue(issue, { file: source.file, parsed }, t));
    if (source.list === 'activities') lists.activities = mergeById(lists.activities, parsed.value as Activity[]);
    else lists.skills = mergeById(lists.skills, parsed.value as Skill[]);
  }
  if (problems.length === 0) {
    const skillFile = new Map(lists.skills.map((s) => [s.id, origins.get(s)?.file ?? '']));
    for (const issue of checkCatalogue(lists)) {
      const origin = origins.get(lists[issue.list][issue.index] as object) as Origin;
      // The check saw merged lists; move the pointer to the entry's index in its own file.
      const moved = {
        ...issue,
        index: origin.index,
        pointer: `/${origin.index}${issue.pointer.slice(`/${issue.index}`.length)}`,
      };
      problems.push(describeIssue(moved, origin, t, (id) => skillFile.get(id) ?? ''));
    }
  }
  if (problems.length > 0)
    throw new DataError(t('catalogue.invalid', { count: problems.length }), {
      problems: sortByPlace(placeAll(problems), sources),
    });
  return makeCatalogue(lists);
}

/** A user's file, read with the limits of every JSON input (too large: exit 3; missing: exit 4). */
async function readUserFile(file: string, cwd: string, t: Translate): Promise<string> {
  // The absolute path: a user file named "-" is a file here, not standard input.
  return (await readJsonInput({ t, cwd, stdin: process.stdin }, path.resolve(cwd, file), { shown: file })) as string;
}

/** Parses one file and checks it against its list's schema definition; problems go to `problems`. */
async function parseList(
  source: Source,
  t: Translate,
  problems: (Problem | Pending)[],
): Promise<ParsedJson | undefined> {
  // Loading the schema validator costs a fifth of a second, more than the rest of a small
  // survey's run; the shipped files are valid (the test suite checks them) and only need
  // locating when a user's file contradicts them, so their positions are found then.
  if (source.shipped) return trustedJson(source.text);
  const { parsed, errors } = parseJsonWithPositions(source.text);
  if (!parsed) {
    for (const e of errors) problems.push(jsonIssueProblem(e, source.file, t));
    return undefined;
  }
  // Duplicate keys and numbers too large: listed, but the file is still checked.
  for (const issue of parsed.issues) problems.push(jsonIssueProblem(issue, source.file, t));
  const validate = await schemaValidator(CATALOGUE_SCHEMA_FILE, `#/$defs/${source.list}`);
  if (validate(parsed.value)) return parsed;
  for (const p of describeSchemaErrors(validate.errors ?? [], t))
    problems.push(place({ file: source.file, parsed }, p.pointer, p.message));
  validate.errors = null;
  return undefined;
}

/** A shipped file, parsed; its text is walked for positions only if a problem is placed in it. */
function trustedJson(text: string): ParsedJson {
  let located: ParsedJson | undefined;
  return {
    value: JSON.parse(text),
    issues: [],
    locateAll(pointers) {
      located ??= parseJsonWithPositions(text).parsed as ParsedJson;
      return located.locateAll(pointers);
    },
  };
}

/** A problem at a JSON pointer of a parsed file, located later with the others of that file. */
interface Pending {
  at: { file: string; parsed: ParsedJson };
  pointer: string;
  message: string;
}

function place(at: { file: string; parsed: ParsedJson }, pointer: string, message: string): Pending {
  return { at, pointer, message };
}

/** Locates every pending problem, one pass per file. */
function placeAll(list: readonly (Problem | Pending)[]): Problem[] {
  const byFile = new Map<ParsedJson, number[]>();
  list.forEach((p, i) => {
    if (!('at' in p)) return;
    const indexes = byFile.get(p.at.parsed);
    if (indexes) indexes.push(i);
    else byFile.set(p.at.parsed, [i]);
  });
  const out = list.map((p) =>
    'at' in p ? { file: p.at.file, pointer: p.pointer, message: p.message } : p,
  ) as Problem[];
  for (const [parsed, indexes] of byFile) {
    const positions = parsed.locateAll(indexes.map((i) => (list[i] as Pending).pointer));
    indexes.forEach((i, k) => {
      const pos = positions[k];
      if (pos) Object.assign(out[i] as Problem, { line: pos.line, column: pos.column });
    });
  }
  return out;
}

function describeIssue(
  issue: CatalogueIssue,
  at: { file: string; parsed: ParsedJson },
  t: Translate,
  skillFile: (id: string) => string = () => '',
): Pending {
  switch (issue.code) {
    case 'duplicateId':
      return place(at, issue.pointer, t('catalogue.duplicateId', { id: issue.id, first: `/${issue.firstIndex}/id` }));
    case 'unknownSkill':
      return place(at, issue.pointer, t('catalogue.unknownSkill', { skill: issue.skill }));
    case 'kindMismatch':
      // Naming the skill's file matters when a user's skill file changed a shipped skill's kind.
      return place(
        at,
        issue.pointer,
        t('catalogue.kindMismatch', {
          skill: issue.skill,
          kind: issue.kind,
          actual: issue.actual,
          file: skillFile(issue.skill),
        }),
      );
    case 'duplicateSkill':
      return place(
        at,
        issue.pointer,
        t('catalogue.duplicateSkill', { skill: issue.skill, first: `/${issue.index}${issue.first}` }),
      );
    case 'capitalRange':
      return place(at, issue.pointer, t('catalogue.capitalRange', { min: rupiah(issue.min), max: rupiah(issue.max) }));
    case 'capitalBand':
      return place(
        at,
        issue.pointer,
        t('catalogue.capitalBand', {
          band: issue.band,
          expected: issue.expected,
          midpoint: rupiah(issue.midpoint),
          low: rupiah(CAPITAL_LOW_BELOW),
          high: rupiah(CAPITAL_HIGH_ABOVE),
        }),
      );
  }
}

/** Rupiah as Indonesians write them, in either language: digits grouped with dots, no decimals. */
const rupiah = (n: number): string => `Rp ${String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, '.')}`;

/** Problems by file, in the order the files were read, then by line and column. */
function sortByPlace(problems: Problem[], sources: readonly Source[]): Problem[] {
  const order = (p: Problem) => sources.findIndex((s) => s.file === p.file);
  return problems.sort(
    (a, b) => order(a) - order(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The catalogue a workspace works with: the shipped one, with the files of `catalogue` in assessment.json on top. */
export function workspaceCatalogue(ws: {
  ctx: { cwd: string; t: Translate };
  assessment?: { catalogue?: { activities?: string; skills?: string } };
  resolve(relative: string): string;
}): Promise<Catalogue> {
  const own = ws.assessment?.catalogue ?? {};
  return loadCatalogue({
    cwd: ws.ctx.cwd,
    t: ws.ctx.t,
    ...(own.activities === undefined ? {} : { activities: ws.resolve(own.activities) }),
    ...(own.skills === undefined ? {} : { skills: ws.resolve(own.skills) }),
  });
}
