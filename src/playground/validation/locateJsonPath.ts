import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { isStackOverflow } from '../../core/questionnaire/isStackOverflow';
import { lineStarts, positionAt, type TextPosition } from '../editor/textLines';
import { parseIssuePath } from './parseIssuePath';

/** Where a path points in a JSON text. */
export interface JsonLocation extends TextPosition {
  /** Offset of the node's start: a property's key, or the value itself in an array or at the root. */
  offset: number;
  /** Length of the node in the text. */
  length: number;
  /** False when the path leads past what the text holds: the location is then its nearest existing parent. */
  exact: boolean;
}

/** A JSON text read once, so that many paths can be located in it. */
export interface JsonDocument {
  text: string;
  /** The syntax tree; undefined for text with no value at all. */
  tree: Node | undefined;
  starts: number[];
}

/**
 * Reads a JSON text for `locateInDocument`, leniently: a tree comes back even for text with syntax
 * errors; none for text nested deeper than the parser's stack (paths in it then point at the start).
 */
export function readJsonDocument(text: string): JsonDocument {
  let tree: Node | undefined;
  try {
    tree = parseTree(text, [], { disallowComments: true });
  } catch (error) {
    // jsonc-parser recurses per level: a 100,000-deep text runs it out of stack. Anything else is a bug to see.
    if (!isStackOverflow(error)) throw error;
  }
  return { text, tree, starts: lineStarts(text) };
}

/** The node a path leads to, or its nearest existing ancestor, with whether the whole path was found. */
function nearestNode(tree: Node, segments: readonly (string | number)[]): { node: Node; exact: boolean } {
  let node = tree;
  for (let depth = 1; depth <= segments.length; depth += 1) {
    const found = findNodeAtLocation(tree, segments.slice(0, depth));
    if (!found) return { node, exact: false };
    node = found;
  }
  return { node, exact: true };
}

/** `locateJsonPath` over a document read once. */
export function locateInDocument(document: JsonDocument, segments: readonly (string | number)[]): JsonLocation {
  if (!document.tree) return { offset: 0, length: 0, ...positionAt(document.starts, 0), exact: segments.length === 0 };
  const { node, exact } = nearestNode(document.tree, segments);
  // A property's value: point at its key, where a reader looks for the name the path ends with.
  const target = node.parent?.type === 'property' ? node.parent : node;
  return { offset: target.offset, length: target.length, ...positionAt(document.starts, target.offset), exact };
}

/**
 * The line and column a path points at in a JSON text: an issue's `segments`, or its readable `path`
 * (`sections[2].questions[4].options[1].points`). A path into a part the text lacks (a missing
 * field) falls back to the nearest part that exists, with `exact: false`.
 * @example locateJsonPath('{\n  "a": [1, 2]\n}', ['a', 1]) // { line: 2, column: 12, offset: 13, length: 1, exact: true }
 */
export function locateJsonPath(text: string, path: string | readonly (string | number)[]): JsonLocation {
  const segments = typeof path === 'string' ? (parseIssuePath(path) ?? []) : path;
  return locateInDocument(readJsonDocument(text), segments);
}
