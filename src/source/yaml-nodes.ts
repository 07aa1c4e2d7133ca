// The few questions podguard asks of a `yaml` syntax tree, in one place: what a node is, its entries, and the node
// at a path. Locations, the fixer and the renderers all walk trees with these.
import { Alias, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';

export const isMap = (n: unknown): n is YAMLMap => n instanceof YAMLMap;
export const isSeq = (n: unknown): n is YAMLSeq => n instanceof YAMLSeq;
export const isScalar = (n: unknown): n is Scalar => n instanceof Scalar;
export const isAlias = (n: unknown): n is Alias => n instanceof Alias;
export const isPair = (n: unknown): n is Pair => n instanceof Pair;

/** A map's pairs in source order. */
export function pairsOf(map: YAMLMap): Pair[] {
  return [...map.pairs()] as Pair[];
}

/** The pair whose key is the scalar `key` (a number key matches its digits, as Kubernetes' JSON would). */
export function pairAt(map: YAMLMap, key: string): Pair | undefined {
  for (const p of map.pairs()) if (isScalar(p.key) && String(p.key.value) === key) return p as Pair;
  return undefined;
}

/** The document's root node, or null for an empty document. */
export function rootOf(doc: Document): Node | null {
  return (doc.value as Node | undefined) ?? null;
}

/** The node at `path` (map keys and list indexes) below `root`, if there is one. */
export function nodeAt(root: Node | null, path: Array<string | number>): Node | undefined {
  let node: Node | null | undefined = root;
  for (const seg of path) {
    if (typeof seg === 'number') node = isSeq(node) ? (node[seg] as Node | undefined) : undefined;
    else node = isMap(node) ? ((pairAt(node, seg)?.value as Node | null | undefined) ?? undefined) : undefined;
    if (!node) return undefined;
  }
  return node ?? undefined;
}
