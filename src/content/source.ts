/**
 * Reads a lesson file's YAML, keeping where every value came from, so that
 * any later finding can be reported at file:line:col. Bounded: a huge file or
 * an alias bomb is refused with a message, never expanded.
 */
import { isMap, isSeq, LineCounter, parseDocument, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { Issue } from './issues.js';
import { reservedKeyMessage, reservedKeys } from './reserved-keys.js';
import { ESCAPE_NAMES, swallowedEscapes, valueOffsets } from './yaml-scalars.js';

export type Path = readonly (string | number)[];

export const MAX_FILE_BYTES = 512 * 1024;

export interface Source {
  readonly file: string;
  readonly data: unknown;
  /** The position of the value at `path` (or of its key, for `key: true`). */
  at(path: Path, options?: { key?: boolean; offset?: number }): { line: number; col: number };
  issue(path: Path, message: string, options?: { key?: boolean; offset?: number; severity?: 'warning' }): Issue;
  /** The text of the value at `path` exactly as written ("4.10", where the parsed number is 4.1). */
  written(path: Path): string | undefined;
  /** An issue at character `index` of the string at `path` as YAML decoded it (quotes, folds and escapes undone). */
  issueAtChar(path: Path, index: number, message: string, options?: { severity?: 'warning' }): Issue;
}

export type Loaded =
  | {
      readonly ok: true;
      readonly source: Source;
      /** Findings about the text as YAML read it: escapes in double quotes that swallowed a LaTeX backslash. */
      readonly warnings: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: Issue[] };

function nodeAt(doc: Document, path: Path, key: boolean): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (let k = 0; k < path.length; k++) {
    const segment = path[k]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) return node;
      node = key && k === path.length - 1 ? pair.key : pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] ?? node;
    } else {
      break;
    }
  }
  return node as YamlNode | undefined;
}

export function loadSource(file: string, text: string): Loaded {
  if (text.length > MAX_FILE_BYTES)
    return {
      ok: false,
      issues: [
        {
          file,
          line: 1,
          col: 1,
          severity: 'error',
          message: `The file is larger than ${MAX_FILE_BYTES / 1024} KB; split it into several lessons.`,
        },
      ],
    };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  if (doc.errors.length > 0)
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        file,
        ...position(e.pos[0]),
        severity: 'error' as const,
        message: `YAML: ${e.message.split('\n')[0]!}${/escape sequence/i.test(e.message) ? '. In double quotes a backslash starts an escape: write \\\\ for a LaTeX backslash, or use single quotes or a block (|).' : ''}`,
      })),
    };
  const reserved = reservedKeys(doc);
  if (reserved.length > 0)
    return {
      ok: false,
      issues: reserved.map((r) => ({
        file,
        ...position(r.offset),
        severity: 'error' as const,
        message: reservedKeyMessage(r.key),
      })),
    };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return {
      ok: false,
      issues: [{ file, line: 1, col: 1, severity: 'error', message: `YAML: ${(e as Error).message}` }],
    };
  }
  const source: Source = {
    file,
    data,
    at(path, options = {}) {
      const node = nodeAt(doc, path, options.key ?? false);
      const start = node?.range?.[0] ?? 0;
      // A quoted scalar starts at its quote; an offset into its text skips it.
      const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
      return position(start + (options.offset === undefined ? 0 : options.offset + quoted));
    },
    written(path) {
      const node = nodeAt(doc, path, false);
      const range = node?.range;
      return range && node !== nodeAt(doc, path.slice(0, -1), false) ? text.slice(range[0], range[1]) : undefined;
    },
    issue(path, message, options = {}) {
      return { file, ...source.at(path, options), severity: options.severity ?? 'error', message };
    },
    issueAtChar(path, index, message, options = {}) {
      const node = nodeAt(doc, path, false);
      const range = node?.range;
      const offset =
        isScalar(node) && range && typeof node.value === 'string'
          ? range[0] + (valueOffsets(text.slice(range[0], range[1]), node.type, node.value)[index] ?? 0)
          : (range?.[0] ?? 0);
      return { file, ...position(offset), severity: options.severity ?? 'error', message };
    },
  };
  const warnings = swallowedEscapes(doc, text).map((s): Issue => ({
    file,
    ...position(s.offset),
    severity: 'warning',
    message: `YAML read "\\${s.escape}" in this double-quoted string as ${ESCAPE_NAMES[s.escape]!}, so “${s.meant}” lost its backslash. Write \\${s.meant}, or use single quotes or a block (|).`,
  }));
  return { ok: true, source, warnings };
}
