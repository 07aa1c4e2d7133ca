import type { Edit, Path } from './field.js';
import type { ResourceRef } from './pod-view.js';
import type { FixSafety, Level, PssLevel } from './rule.js';

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  /** The file as given, or null for object input without a name. */
  file: string | null;
  /** 1-based; null when the input had no source text (objects from Pulumi or cdk8s). */
  line: number | null;
  column: number | null;
  endLine: number | null;
  /** Exclusive. */
  endColumn: number | null;
  /** Null only for findings about the file itself (invalid-yaml). */
  resource: ResourceRef | null;
  container: string | null;
  /** Path within the resource, e.g. spec.template.spec.containers[0].securityContext.privileged. */
  path: string;
  pssCheck: string | null;
  pssLevel: PssLevel | null;
  fixable: boolean;
  /** How safe the fix is to apply unasked (see FixSafety); null when there is no fix. */
  fixSafety: FixSafety | null;
  /** The path as segments, for surfaces that work on objects (edits, the policy pack). */
  pathSegments?: Path;
  /** True when the verdict rests on a value not known yet (Pulumi preview): a surface should not enforce it. */
  unknown?: boolean;
  /**
   * Who the finding is about, independent of line numbers and list order: the resource, the rule, and the path with
   * each index of a named item (container, volume, sysctl) replaced by its name. Equal across a base and a head
   * version of a file when the finding is the same one.
   */
  identity?: string;
  /** Set when a waiver covers the finding: it stays in the output but no longer counts. */
  suppressed?: { by: 'annotation' | 'comment' | 'config'; reason: string; until: string | null; exemption?: number };
  /** The rule's message id (tests assert ids, not prose). */
  messageId?: string;
  /** The edits that resolve the finding; paths are within the resource. */
  fix?: Edit[];
  /** Byte offsets of the region in the source text, for the fix engine and the Action. */
  offsets?: [number, number];
  /** False when the field is missing and the position is the parent it belongs under. */
  exact?: boolean;
  /** Index of the resource in its file (documents and List items, in order), to tie edits to objects. */
  resourceIndex?: number;
  /** The path of the container the finding lies in, when it lies in one. */
  containerPath?: Path;
  /**
   * For a field a container inherits from the pod and does not set itself: the pod-level field the verdict rests on
   * (e.g. spec.securityContext.runAsNonRoot), so a surface can tell that a pod value decides it.
   */
  restsOn?: Path;
  /** For a finding about a configured exemption: its index in the run's exemption list. */
  exemption?: number;
}

/** Something a user should know about a run that is not a finding: a file skipped, a fallback taken, a tool missing. */
export interface Note {
  /** The file or folder it is about, when it is about one. */
  file?: string;
  message: string;
}

export interface Summary {
  files: number;
  resources: number;
  errors: number;
  warnings: number;
}

export function emptySummary(): Summary {
  return { files: 0, resources: 0, errors: 0, warnings: 0 };
}

const LEVEL_RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

export function atLeast(level: Level, threshold: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[threshold];
}

/** The fixed output order: file, line, column, rule id, path. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file ?? '', b.file ?? '') ||
    (a.resourceIndex ?? 0) - (b.resourceIndex ?? 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.path, b.path)
  );
}

// Code-unit order, not locale order: the output must not depend on the machine's locale.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The name that tells an object from its neighbours: its name, else its generateName with a "*" (the API server
 * appends a random suffix), else "".
 */
export function identifyingName(r: Pick<ResourceRef, 'name' | 'generateName'>): string {
  return r.name ?? (r.generateName !== undefined ? `${r.generateName}*` : '');
}

/** An object as people read it: `Deployment "web"`, `Job with generateName "batch-"` or `Pod without a name`. */
export function resourceLabel(r: Pick<ResourceRef, 'kind' | 'name' | 'generateName'>): string {
  if (r.name !== null) return `${r.kind} "${r.name}"`;
  return r.generateName !== undefined ? `${r.kind} with generateName "${r.generateName}"` : `${r.kind} without a name`;
}

/** The path with every index of a named list item written as its name: containers[web] instead of containers[0]. */
export function namedPath(object: unknown, path: Path): string {
  let node = object;
  let out = '';
  for (const seg of path) {
    const next = Array.isArray(node) || (typeof node === 'object' && node !== null) ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number') {
      const name = typeof next === 'object' && next !== null ? (next as { name?: unknown }).name : undefined;
      out += typeof name === 'string' ? `[${JSON.stringify(name)}]` : `[${seg}]`;
    } else out += out === '' ? seg : `.${seg}`;
    node = next;
  }
  return out;
}
