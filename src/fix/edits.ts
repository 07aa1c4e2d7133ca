// Applies the rules' edits to a plain object (Pulumi inputs, cdk8s output). The YAML surfaces apply the same
// edits to source text instead (apply-yaml.ts), keeping comments and layout.
import { formatPath, type Edit, type Path } from '../engine/field.js';
import type { Finding } from '../engine/finding.js';

type Container = Record<string | number, unknown>;

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

/** One edit per (op, path, value): several findings often propose the same change (e.g. pod-level runAsNonRoot). */
export function uniqueEdits(findings: Finding[]): Edit[] {
  const seen = new Map<string, Edit>();
  for (const f of findings) for (const e of f.fix ?? []) seen.set(editKey(e), e);
  return [...seen.values()];
}

export function editKey(e: Edit): string {
  return `${e.op} ${formatPath(e.path)} ${'value' in e ? JSON.stringify(e.value) : ''}`;
}

/** Returns a copy of `object` with the edits applied; missing parents are created as objects. */
export function applyEdits<T>(object: T, edits: Edit[]): T {
  const copy = structuredClone(object);
  for (const e of edits) applyEdit(copy, e);
  return copy;
}

function parentOf(root: unknown, path: Path, create: boolean): Container | undefined {
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    if (!isContainer(node[seg])) {
      if (!create || typeof seg === 'number') return undefined;
      node[seg] = {};
    }
    node = node[seg];
  }
  return isContainer(node) ? node : undefined;
}

function applyEdit(root: unknown, e: Edit): void {
  const last = e.path[e.path.length - 1];
  const parent = parentOf(root, e.path, e.op !== 'remove' && e.op !== 'removeItem');
  if (!parent) return;
  switch (e.op) {
    case 'set':
      parent[last] = structuredClone(e.value);
      break;
    case 'append': {
      const list = Array.isArray(parent[last]) ? (parent[last] as unknown[]) : (parent[last] = []) as unknown[];
      if (!list.includes(e.value)) list.push(e.value);
      break;
    }
    case 'removeItem':
      if (Array.isArray(parent[last])) parent[last] = (parent[last] as unknown[]).filter((item) => item !== e.value);
      break;
    case 'remove':
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
      break;
  }
}
