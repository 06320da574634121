import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { fromPointer } from '../validate/diagnostic';

/** The text of a file with what is needed to turn offsets and pointers into lines and columns. */
export interface SourceText {
  text: string;
  /** Offsets at which each line starts. */
  lineStarts: number[];
  /** The syntax tree, built only when a diagnostic needs locating (it is slow on large files). */
  root?: Node | null;
}

/** The syntax tree of the source, built on first use. */
export function treeOf(source: SourceText): Node | undefined {
  if (source.root === undefined) {
    source.root = parseTree(source.text, [], { disallowComments: true, allowTrailingComma: false }) ?? null;
  }
  return source.root ?? undefined;
}

/** Indexes the line starts of a text. */
export function indexLines(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

/** Converts an offset into a 1-based line and column. */
export function lineColumnAt(source: SourceText, offset: number): { line: number; column: number } {
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * Finds where a JSON pointer points in the source: the property's key when the value is
 * an object member, or the nearest existing ancestor when the value is absent.
 */
export function offsetOfPointer(source: SourceText, pointer: string): number {
  const root = treeOf(source);
  if (!root) return 0;
  const path = fromPointer(pointer);
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) {
      const parent = node.parent;
      return parent?.type === 'property' ? parent.offset : node.offset;
    }
  }
  return root.offset;
}

/** Line and column of a JSON pointer in the source. */
export function locatePointer(source: SourceText, pointer: string): { line: number; column: number } {
  return lineColumnAt(source, offsetOfPointer(source, pointer));
}
