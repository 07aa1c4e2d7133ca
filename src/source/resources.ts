// The Kubernetes objects in a document, in file order: a List's items, or the object itself. analyze() and the
// fixer both count resources this way, so a finding's resourceIndex names the same object for both.
import type { Document, Node } from 'yaml';
import type { ParsedSource } from './parse.js';
import { nodeAt, rootOf } from './yaml-nodes.js';

export interface Resource {
  value: Record<string, unknown>;
  /** Its node in the YAML tree, or null for object input. */
  node: Node | null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Anything with a string `kind`; other YAML (CI files, Helm values) is not ours to judge. */
export function isKubernetesObject(v: unknown): v is Record<string, unknown> {
  return isPlainObject(v) && typeof v.kind === 'string';
}

export function resourcesOf(value: unknown, doc: Document.Parsed | null): Resource[] {
  if (!isKubernetesObject(value)) return [];
  if (Array.isArray(value.items) && (value.kind as string).endsWith('List')) {
    return value.items.flatMap((item, i) =>
      isKubernetesObject(item) ? [{ value: item, node: doc ? (nodeAt(rootOf(doc), ['items', i]) ?? null) : null }] : [],
    );
  }
  return [{ value, node: doc ? rootOf(doc) : null }];
}

export function sourceResources(parsed: ParsedSource): Resource[] {
  return parsed.documents.flatMap(({ doc, value }) => resourcesOf(value, doc));
}
