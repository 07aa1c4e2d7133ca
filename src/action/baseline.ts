// Compares a pull request's head with its base, semantically: a finding is new when no finding with the same
// identity (resource, rule, field path by container name) exists at the base, whatever lines moved. A new finding on
// a line the pull request did not touch is explained by the base line that carried the setting it removed.
import { execFileSync } from 'node:child_process';
import type { ReadSource } from '../engine/analyze.js';
import type { Path } from '../engine/field.js';
import { identifyingName, resourceLabel, type Finding } from '../engine/finding.js';
import { locate } from '../source/locate.js';
import { LIMITS } from '../source/parse.js';
import type { Resource } from '../source/resources.js';

/** A changed file's base version, or why it cannot be had (then the added-lines filter decides what is new). */
export type Base = { text: string; via: 'git' | 'api' } | { problem: string };

/** The base version from the workspace's git history, or undefined when that commit is not in it. */
export function baseFromGit(workspace: string, sha: string, path: string): Base | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, maxBuffer: LIMITS.maxFileBytes + 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    git('cat-file', '-e', `${sha}^{commit}`);
  } catch {
    return undefined;
  }
  try {
    git('cat-file', '-e', `${sha}:${path}`);
  } catch {
    return { problem: `it is not in the base commit ${sha.slice(0, 7)}` };
  }
  try {
    return { text: git('cat-file', '-p', `${sha}:${path}`).toString('utf8'), via: 'git' };
  } catch (e) {
    return { problem: `git could not read it (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
}

export interface Comparison {
  fresh: Finding[];
  preExisting: Finding[];
  /** Base findings with no match at the head, with base file, line and path. */
  fixed: Finding[];
}

export function compare(head: Finding[], base: Finding[]): Comparison {
  const baseIds = new Set(base.map((f) => f.identity));
  const headIds = new Set(head.map((f) => f.identity));
  return {
    fresh: head.filter((f) => !baseIds.has(f.identity)),
    preExisting: head.filter((f) => baseIds.has(f.identity)),
    fixed: base.filter((f) => !headIds.has(f.identity)),
  };
}

const resourceKey = (r: Record<string, unknown>) => {
  const meta = (r.metadata ?? {}) as Record<string, unknown>;
  const name = typeof meta.name === 'string' && meta.name !== '' ? meta.name : null;
  const generateName = typeof meta.generateName === 'string' ? meta.generateName : undefined;
  return [r.apiVersion, r.kind, meta.namespace ?? '', identifyingName({ name, generateName })].join(' ');
};

/** The head path written with the base's indexes, matching list items by name; undefined when one is missing. */
function translate(head: unknown, base: unknown, path: Path): Path | undefined {
  const out: Array<string | number> = [];
  let h = head;
  let b = base;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(h) || !Array.isArray(b)) return undefined;
      const name = (h[seg] as { name?: unknown } | undefined)?.name;
      const index = typeof name === 'string' ? b.findIndex((item) => (item as { name?: unknown })?.name === name) : seg;
      if (index < 0 || index >= b.length) return undefined;
      out.push(index);
      h = h[seg];
      b = b[index];
    } else {
      out.push(seg);
      h = (h as Record<string, unknown> | undefined)?.[seg];
      b = (b as Record<string, unknown> | undefined)?.[seg];
    }
  }
  return out;
}

/**
 * Why a new finding is new, in words for its annotation: the resource is new (or renamed), or the pull request
 * removed or changed the setting that was at a base line, or simply that it is new.
 */
export class Explainer {
  private readonly baseResources: Map<string, Resource>;
  private readonly headResources: Resource[];
  private readonly baseLines: string[];

  /** Both sources as the run parsed them: nothing is parsed again here. */
  constructor(
    head: ReadSource,
    private readonly base: ReadSource,
  ) {
    this.baseResources = new Map(base.resources.map((r) => [resourceKey(r.value), r]));
    this.headResources = head.resources;
    this.baseLines = (base.text ?? '').split(/\r?\n/);
  }

  explain(f: Finding, added: Set<number>): string {
    const head = this.headResources[f.resourceIndex ?? -1];
    if (!head || !f.resource) return 'New in this pull request.';
    const base = this.baseResources.get(resourceKey(head.value));
    if (!base) return `New in this pull request: ${resourceLabel(f.resource)} is not in the base version (new or renamed), so all its findings are new.`;
    if (f.line !== null && added.has(f.line)) return 'New in this pull request.';
    // The setting may have been on the field itself or, for a field the container inherits, on the pod.
    const paths = [f.pathSegments ?? [], ...(f.restsOn ? [f.restsOn] : [])];
    for (const candidate of paths.map((p) => translate(head.value, base.value, p))) {
      if (!candidate || !this.base.lineCounter) continue;
      const region = locate(base.node, candidate, this.base.lineCounter);
      if (region?.exact) {
        const quoted = this.baseLines[region.line - 1]?.trim().replace(/\s+#.*$/, '');
        return `New in this pull request, which removed or changed \`${quoted}\` (base line ${region.line}).`;
      }
    }
    return 'New in this pull request (the change that caused it is elsewhere in this file).';
  }
}
