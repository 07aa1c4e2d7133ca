// Turns a path in an object into a place in its YAML text: the key of the field when it exists, or, for a
// missing field, the nearest existing parent key under which it must be added.
import type { LineCounter, Node, Pair } from 'yaml';
import { formatPath, type Path } from '../engine/field.js';
import { isAlias, isMap, isScalar, isSeq, pairAt, pairsOf } from './yaml-nodes.js';

export interface Region {
  line: number;
  column: number;
  endLine: number;
  /** Exclusive, like SARIF's endColumn. */
  endColumn: number;
  /** Byte offsets of the same region. */
  start: number;
  end: number;
  /** True when the path itself exists; false when the region is the parent it must be added under. */
  exact: boolean;
}

type Ranged = { range?: [number, number, number] | null };

export function locate(root: Node | null, path: Path, lineCounter: LineCounter): Region | undefined {
  if (!root) return undefined;
  let node: Node | null = root;
  let lastPair: Pair | undefined;
  let depth = 0;
  for (; depth < path.length && node; depth++) {
    const seg = path[depth];
    if (typeof seg === 'number' && isSeq(node)) {
      const item = node[seg] as Node | undefined;
      if (!item) break;
      node = item;
      lastPair = undefined;
    } else if (typeof seg === 'string' && isMap(node)) {
      const pair = pairAt(node, seg);
      if (!pair) break;
      lastPair = pair;
      node = (pair.value as Node | null) ?? null;
      if (!node) {
        depth++;
        break;
      }
    } else break;
  }
  const exact = depth === path.length;
  // The deepest thing found is a list item (a container): point at its name, or its first key.
  if (!lastPair && node && isMap(node)) {
    const pairs = pairsOf(node);
    lastPair = pairs.find((p) => isScalar(p.key) && p.key.value === 'name') ?? pairs[0];
  }
  const key = lastPair?.key as Ranged | undefined;
  const value = lastPair?.value as (Ranged & Node) | null | undefined;
  const anchor = key?.range ?? (node as Ranged | null)?.range;
  if (!anchor) return undefined;
  const start = anchor[0];
  // A scalar field is shown whole (`privileged: true`); a collection by its key alone.
  const end = exact && value && isScalar(value) && value.range ? value.range[1] : anchor[1];
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, start, end, exact };
}

/**
 * Why an edit at `path` cannot be written into this YAML, if it cannot: the path goes through an alias, or
 * through an anchored node whose aliases would change too.
 */
export function aliasBlocking(root: Node | null, path: Path): string | undefined {
  let node: Node | null | undefined = root;
  for (let depth = 0; node; depth++) {
    if (isAlias(node)) return `${formatPath(path)} goes through the alias *${node.source}; edit the anchored node instead`;
    if (node.anchor) return `${formatPath(path)} is inside the anchor &${node.anchor}; editing it would change every alias of it too`;
    if (depth === path.length) return undefined;
    const seg = path[depth];
    if (typeof seg === 'number') node = isSeq(node) ? (node[seg] as Node | undefined) : undefined;
    else node = isMap(node) ? (pairsOf(node).find((p) => isScalar(p.key) && p.key.value === seg)?.value as Node | null | undefined) : undefined;
  }
  return undefined;
}
