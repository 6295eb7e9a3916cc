import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset; CRLF and LF both end a line. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

export interface ParsedJson {
  value: unknown;
  /** Locates a JSON pointer in the source, for file:line:column in error messages. */
  locate(pointer: string): Position | undefined;
}

export interface JsonSyntaxError {
  position: Position;
  reason: string;
}

/**
 * Parses strict JSON keeping positions, so schema problems can point at a line.
 * Returns every syntax error instead of stopping at the first.
 */
export function parseJsonWithPositions(text: string): { parsed?: ParsedJson; errors: JsonSyntaxError[] } {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body === text ? 0 : 1;
  const root = parseTree(body, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || root === undefined) {
    const list = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError];
    // Only the first syntax error is trustworthy: the ones after it are its echoes.
    const first = list[0] as ParseError;
    const reason = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return { errors: [{ position: positionAt(text, first.offset + shift), reason }] };
  }
  const value: unknown = JSON.parse(body);
  return {
    errors: [],
    parsed: {
      value,
      locate(pointer) {
        const path = pointer
          .split('/')
          .slice(1)
          .filter((p) => p !== '')
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        // Walk up to the nearest node that exists: a missing property is reported at its parent.
        for (let n = path.length; n >= 0; n--) {
          const node: Node | undefined = findNodeAtLocation(root, path.slice(0, n));
          if (node) {
            // For a property's value, point at its key: that is where a user looks.
            const at = node.parent?.type === 'property' && n === path.length ? node.parent.offset : node.offset;
            return positionAt(text, at + shift);
          }
        }
        return undefined;
      },
    },
  };
}
