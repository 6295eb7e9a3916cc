import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import type { Context } from '../context.js';
import { DataError, type Problem } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { inputError, STDIO } from './files.js';

/*
 * Every JSON input (assessment.json, catalogue files, a JSON weights file) is read and
 * parsed here, with limits that keep hostile files from taking the process down: a size
 * limit (read no further than that), a nesting limit (the parser and the schema validator
 * recurse per level), and work linear in the size of the file and the number of problems.
 */

/** The most a JSON input may hold: no TREE file comes near it (a workspace is a few kB). */
export const JSON_MAX_BYTES = 64 * 1024 * 1024;
/** How deep arrays and objects may nest: a workspace needs 5 levels, a catalogue 4. */
export const JSON_MAX_DEPTH = 64;
/**
 * How many values (numbers, texts, lists, objects) a JSON input may hold: the shipped
 * catalogue has about 2,000. Validation keeps every problem, a few hundred bytes each, and
 * a value can be wrong in two ways: this keeps a hostile file under about 1 GB of memory.
 */
export const JSON_MAX_VALUES = 500_000;

const MiB = 1024 * 1024;
const CHUNK = 1 << 16;

export interface Position {
  line: number;
  column: number;
}

/** The limit as shown in messages: "64 MiB". */
function shownLimit(limit: number): string {
  return limit % MiB === 0 ? `${limit / MiB} MiB` : `${limit} bytes`;
}

function tooLarge(t: Translate, file: string, limit: number): DataError {
  return new DataError(t('json.invalid', { file }), {
    problems: [{ file, message: t('json.tooLarge', { limit: shownLimit(limit) }) }],
  });
}

/**
 * True when the first byte of `chunk` that is not white space (after a UTF-8 BOM at the
 * start of the input) opens an object; undefined when the chunk is all white space.
 */
function opensObject(chunk: Buffer, first: boolean): boolean | undefined {
  let i = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  for (; i < chunk.length; i++) {
    const b = chunk[i] as number;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b;
  }
  return undefined;
}

export interface JsonReadOptions {
  /** The name in messages (default: the file as given). */
  shown?: string;
  /** Only an object is wanted: stop at the first byte that cannot start one, and answer undefined. */
  objectOnly?: boolean;
  /** Default JSON_MAX_BYTES. */
  limit?: number;
}

/**
 * Reads a JSON input (a file, or standard input for `-`) as UTF-8 text, never more than
 * the limit: a bigger file is refused from its size alone, and an endless stream
 * (/dev/zero, a pipe) is read up to the limit and then refused (exit 3). A missing or
 * unreadable file is exit 4.
 */
export async function readJsonInput(
  ctx: Pick<Context, 't' | 'cwd' | 'stdin'>,
  file: string,
  options: JsonReadOptions = {},
): Promise<string | undefined> {
  const limit = options.limit ?? JSON_MAX_BYTES;
  const shown = options.shown ?? file;
  const chunks: Buffer[] = [];
  let total = 0;
  let checked = !options.objectOnly;
  /** Takes one chunk; false when reading should stop because the input is not an object. */
  const take = (chunk: Buffer): boolean => {
    chunks.push(chunk);
    total += chunk.length;
    if (!checked) {
      // Only the new chunk: the ones before it were all white space.
      const verdict = opensObject(chunk, chunks.length === 1);
      if (verdict === false) return false;
      checked = verdict === true;
    }
    if (total > limit) throw tooLarge(ctx.t, shown, limit);
    return true;
  };
  if (file === STDIO) {
    for await (const chunk of ctx.stdin) {
      if (!take(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))) return undefined;
    }
  } else {
    let handle: FileHandle;
    try {
      handle = await open(path.resolve(ctx.cwd, file), 'r');
    } catch (error) {
      throw inputError(ctx, shown, error);
    }
    try {
      const stat = await handle.stat();
      if (stat.isFile() && stat.size > limit) throw tooLarge(ctx.t, shown, limit);
      for (;;) {
        const buffer = Buffer.allocUnsafe(CHUNK);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        if (!take(buffer.subarray(0, bytesRead))) return undefined;
      }
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw inputError(ctx, shown, error);
    } finally {
      await handle.close();
    }
  }
  // Empty, or nothing but white space: not an object either.
  if (!checked) return undefined;
  return Buffer.concat(chunks, total).toString('utf8');
}

/**
 * Where nesting first goes deeper than JSON_MAX_DEPTH (the offset of the bracket that
 * does), or the value count passes JSON_MAX_VALUES; undefined when neither happens. A
 * linear scan that skips strings, so it is safe on any text, valid or not, and runs
 * before anything that recurses per level or keeps something per value.
 */
export function structureLimit(
  text: string,
  maxDepth = JSON_MAX_DEPTH,
  maxValues = JSON_MAX_VALUES,
): { kind: 'tooDeep' | 'tooMany'; offset: number } | undefined {
  let depth = 0;
  // The first value of the text and of each list or object, and one more after each comma.
  let values = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to the next quote not escaped by a backslash.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { kind: 'tooDeep', offset: i };
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      const close = text.charCodeAt(j);
      if (close !== 0x5d && close !== 0x7d && ++values > maxValues) return { kind: 'tooMany', offset: i };
    } else if (c === 0x2c) {
      if (++values > maxValues) return { kind: 'tooMany', offset: i };
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** 1-based line and column of a character offset; CRLF, LF and a lone CR each end a line (as editors count). */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** One thing wrong in a JSON text itself, before any schema: where, and what. */
export type JsonIssue = { position: Position; pointer?: string } & (
  | { kind: 'syntax'; reason: string }
  | { kind: 'tooDeep'; max: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'duplicateKey'; key: string; firstLine: number }
  | { kind: 'notFinite'; text: string }
);

/** An issue as a problem of `file`, in the user's language. */
export function jsonIssueProblem(issue: JsonIssue, file: string, t: Translate): Problem {
  const at = { file, ...issue.position, ...(issue.pointer !== undefined ? { pointer: issue.pointer } : {}) };
  switch (issue.kind) {
    case 'syntax':
      return { ...at, message: t('workspace.invalidJson', { reason: issue.reason }) };
    case 'tooDeep':
      return { ...at, message: t('json.tooDeep', { max: issue.max }) };
    case 'tooMany':
      return { ...at, message: t('json.tooManyValues', { max: issue.max }) };
    case 'duplicateKey':
      return { ...at, message: t('json.duplicateKey', { key: issue.key, line: issue.firstLine }) };
    case 'notFinite':
      return { ...at, message: t('json.notFinite', { text: issue.text }) };
  }
}

export interface ParsedJson {
  value: unknown;
  /** Keys given twice and numbers too large to be numbers: the text parses, but not as its author meant. */
  issues: JsonIssue[];
  /**
   * Locates JSON pointers in the source, for file:line:column in messages: one pass over
   * the text for all of them, so locate every pointer of a report in one call. A property
   * is found at its key, an array item at its value; a pointer that is not in the text
   * (a missing property) at the nearest value above it that is. A key given twice is
   * found where JSON.parse takes it from: its last occurrence.
   */
  locateAll(pointers: readonly string[]): (Position | undefined)[];
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The segments of a JSON pointer; "/" (as schema problems name the root) and "" are the root. */
function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A node of the tree of pointers being located. */
interface PointerNode {
  children?: Map<string, PointerNode>;
  /** The last time this node's value began (a counter), and its parent's at that moment. */
  entered: number;
  parentEntered: number;
  /** Where the pointer is shown when it is found exactly (a property's key) and as an ancestor (its value). */
  exact?: Position;
  value?: Position;
}

interface Frame {
  node: PointerNode | undefined;
  array: boolean;
  index: number;
  /** In an object: the node of the property whose value comes next, and where its key is (0-based). */
  next?: PointerNode | undefined;
  keyLine: number;
  keyCharacter: number;
}

/**
 * Parses strict JSON keeping positions, so schema problems can point at a line. A syntax
 * error, too deep a nesting or too many values is returned alone (what follows is its
 * echo); otherwise the value, with every duplicate key and overflowing number as issues.
 * Linear time, and no syntax tree is kept: pointers are located by another pass.
 */
export function parseJsonWithPositions(text: string): { parsed?: ParsedJson; errors: JsonIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The BOM counts as a character of the first line, as before.
  const shift = body === text ? 0 : 1;
  const pos = (line: number, character: number): Position => ({
    line: line + 1,
    column: character + 1 + (line === 0 ? shift : 0),
  });
  const options = { allowTrailingComma: false, disallowComments: true };

  const limit = structureLimit(body);
  if (limit !== undefined) {
    const max = limit.kind === 'tooDeep' ? JSON_MAX_DEPTH : JSON_MAX_VALUES;
    return { errors: [{ kind: limit.kind, max, position: positionAt(text, limit.offset + shift) }] };
  }

  // Pass 1: syntax, duplicate keys (with the pointer of their object), numbers that overflow.
  let syntax: JsonIssue | undefined;
  let sawValue = false;
  const issues: JsonIssue[] = [];
  // The keys of each open object (with the line of each), the trail of keys and indexes to the current value,
  // and for each open array the index of its next item (-1 for an object).
  const objects: Map<string, number>[] = [];
  const trail: string[] = [];
  const next: number[] = [];
  /** A value begins: in an array, its index joins the trail (in an object, its key already has). */
  const beginValue = () => {
    const last = next.length - 1;
    if (last >= 0 && next[last]! >= 0) trail.push(String(next[last]!++));
  };
  const endValue = () => {
    if (next.length > 0) trail.pop();
  };
  const pointerOf = () => (trail.length === 0 ? '/' : `/${trail.map(escapePointer).join('/')}`);
  visit(
    body,
    {
      onObjectBegin: () => {
        sawValue = true;
        beginValue();
        objects.push(new Map());
        next.push(-1);
      },
      onObjectProperty: (key, _offset, _length, line, character) => {
        const keys = objects[objects.length - 1]!;
        const first = keys.get(key);
        trail.push(key);
        if (first !== undefined)
          issues.push({
            kind: 'duplicateKey',
            key,
            firstLine: first,
            position: pos(line, character),
            pointer: pointerOf(),
          });
        keys.set(key, line + 1);
      },
      onObjectEnd: () => {
        objects.pop();
        next.pop();
        endValue();
      },
      onArrayBegin: () => {
        sawValue = true;
        beginValue();
        next.push(0);
      },
      onArrayEnd: () => {
        next.pop();
        endValue();
      },
      onLiteralValue: (value: unknown, offset, length, line, character) => {
        sawValue = true;
        beginValue();
        if (typeof value === 'number' && !Number.isFinite(value)) {
          issues.push({
            kind: 'notFinite',
            text: body.slice(offset, offset + length),
            position: pos(line, character),
            pointer: pointerOf(),
          });
        }
        endValue();
      },
      onError: (error: ParseErrorCode, _offset, _length, line, character) => {
        syntax ??= { kind: 'syntax', reason: reasonOf(error), position: pos(line, character) };
      },
    },
    options,
  );
  if (!syntax && !sawValue) syntax = { kind: 'syntax', reason: reasonOf(4 as ParseErrorCode), position: pos(0, 0) };
  if (syntax) return { errors: [syntax] };

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // jsonc-parser found nothing wrong but JSON.parse did: say what JSON.parse said.
    return { errors: [{ kind: 'syntax', reason: (error as Error).message, position: pos(0, 0) }] };
  }

  const locateAll = (pointers: readonly string[]): (Position | undefined)[] => {
    const root: PointerNode = { entered: 0, parentEntered: 0 };
    const paths = pointers.map(pointerSegments);
    for (const segments of paths) {
      let node = root;
      for (const s of segments) {
        node.children ??= new Map();
        let child = node.children.get(s);
        if (!child) {
          child = { entered: 0, parentEntered: 0 };
          node.children.set(s, child);
        }
        node = child;
      }
    }
    // Pass 2: follow the text through the tree of pointers, noting where each is.
    let clock = 0;
    const frames: Frame[] = [];
    const parentOfRoot: PointerNode = { entered: 0, parentEntered: 0 };
    /** The node of the value that begins at (line, character), noted as entered; undefined off the tree. */
    const enter = (line: number, character: number): PointerNode | undefined => {
      const frame = frames[frames.length - 1];
      let node: PointerNode | undefined;
      let parent: PointerNode | undefined;
      if (frame === undefined) {
        node = root;
        parent = parentOfRoot;
      } else if (frame.array) {
        parent = frame.node;
        node = parent?.children?.get(String(frame.index));
        frame.index++;
      } else {
        parent = frame.node;
        node = frame.next;
        frame.next = undefined;
      }
      if (node && parent) {
        node.entered = ++clock;
        node.parentEntered = parent.entered;
        node.value = pos(line, character);
        node.exact = frame !== undefined && !frame.array ? pos(frame.keyLine, frame.keyCharacter) : node.value;
      }
      return node;
    };
    const begin = (array: boolean) => (_offset: number, _length: number, line: number, character: number) => {
      frames.push({ node: enter(line, character), array, index: 0, keyLine: 0, keyCharacter: 0 });
    };
    const end = () => {
      frames.pop();
    };
    visit(
      body,
      {
        onObjectBegin: begin(false),
        onArrayBegin: begin(true),
        onObjectEnd: end,
        onArrayEnd: end,
        onObjectProperty: (key, _offset, _length, line, character) => {
          const frame = frames[frames.length - 1]!;
          frame.next = frame.node?.children?.get(key);
          frame.keyLine = line;
          frame.keyCharacter = character;
        },
        onLiteralValue: (_value: unknown, _offset, _length, line, character) => {
          enter(line, character);
        },
      },
      options,
    );
    // A node counts only if it was entered during its parent's last entry: a value given
    // twice (a duplicate key) is located in the occurrence that JSON.parse keeps.
    return paths.map((segments) => {
      let node = root;
      if (node.entered === 0) return undefined;
      for (let i = 0; i < segments.length; i++) {
        const child = node.children?.get(segments[i]!);
        if (!child || child.entered === 0 || child.parentEntered !== node.entered) return node.value;
        node = child;
      }
      return node.exact;
    });
  };
  return {
    errors: [],
    parsed: {
      value,
      issues,
      locateAll,
    },
  };
}

function reasonOf(error: ParseErrorCode): string {
  return printParseErrorCode(error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
