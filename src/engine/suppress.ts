// Waivers: a finding can be suppressed by an annotation on its object (or pod template), by a comment on or above its
// line, or by an exemption in the configuration. A waiver needs a reason, may expire, never covers a locked rule, and
// is reported when it matches nothing. Suppressed findings stay in the output, marked; they just stop counting.
import type { Path } from './field.js';
import type { Finding } from './finding.js';
import { podParts } from './pod-view.js';

export interface Exemption {
  rule: string;
  reason?: string;
  /** YYYY-MM-DD: the last day the exemption applies. */
  until?: string;
  namespace?: string;
  kind?: string;
  name?: string;
  container?: string;
  image?: string;
  /** Where it is written (file, line), for the findings about it. */
  source?: { file: string; line: number; column: number };
}

export interface SuppressionPolicy {
  exemptions?: readonly Exemption[];
  locked?: ReadonlySet<string>;
  /** Who locked the rules, for messages (e.g. the config file's name). */
  lockedBy?: string;
  /** Today, as YYYY-MM-DD, for expiry. */
  today: string;
}

export type Place = { resourceIndex: number; path: Path } | { line: number; column: number } | { exemption: Exemption };

export type Emit = (ruleId: 'invalid-suppression' | 'expired-suppression' | 'unused-suppression', message: string, data: Record<string, string>, place: Place) => void;

interface Waiver {
  rule: string;
  reason: string;
  until: string | null;
  by: 'annotation' | 'comment' | 'config';
  /** For config exemptions: the index in the policy's list, so a run can tell which were used. */
  exemption?: number;
  place: Place;
  applies: (f: Finding) => boolean;
  /** Words for an unused waiver: what it was looking for. */
  where: string;
}

export const ANNOTATION_PREFIX = 'podguard.dev/ignore.';

/** Today's date in UTC as YYYY-MM-DD, the form until= dates are written in. */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}
const COMMENT = /(?:^|\s)#\s*podguard:ignore\s+(\S+)(.*)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "container=app until=2027-01-31 legacy app writes to /var/cache": options first, then the reason. */
export function parseWaiverText(text: string): { container?: string; until?: string; reason: string } {
  const out: { container?: string; until?: string; reason: string } = { reason: '' };
  let rest = text.trim();
  for (let m = /^(container|until)=(\S+)\s*/.exec(rest); m; m = /^(container|until)=(\S+)\s*/.exec(rest)) {
    out[m[1] as 'container' | 'until'] = m[2];
    rest = rest.slice(m[0].length);
  }
  out.reason = rest.replace(/^[-:—]\s*/, '').trim();
  return out;
}

function glob(pattern: string | undefined, value: string | null | undefined): boolean {
  if (pattern === undefined) return true;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value ?? '');
}

/** The container object a finding is about, from its path. */
function containerOf(object: unknown, path: Path | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  // The deepest object on the path with an image: a container in a pod spec, and equally a Tekton step, an Argo
  // template's container or a Spark driver.
  let node: unknown = object;
  let found: Record<string, unknown> | undefined;
  for (const seg of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[seg];
    if (typeof node !== 'object' || node === null) break;
    if (typeof (node as Record<string, unknown>).image === 'string') found = node as Record<string, unknown>;
  }
  return found;
}

function annotationsOf(object: Record<string, unknown>): Array<{ key: string; value: unknown; path: Path }> {
  const places: Path[] = [['metadata', 'annotations']];
  for (const part of podParts(object, object.apiVersion, object.kind)) {
    for (const m of part.metadata) if (m.length > 1 && !places.some((p) => p.join('.') === [...m, 'annotations'].join('.'))) places.push([...m, 'annotations']);
  }
  return places.flatMap((path) => {
    let node: unknown = object;
    for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg];
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).map(([key, value]) => ({ key, value, path: [...path, key] }));
  });
}

/** Marks suppressed findings in place and reports waivers that do not work. */
export function suppress(findings: Finding[], objects: Array<Record<string, unknown>>, text: string | undefined, policy: SuppressionPolicy, emit: Emit): void {
  const waivers: Waiver[] = [];
  const add = (w: Omit<Waiver, 'reason' | 'until'> & { reason?: string; until?: string }) => {
    const data = { rule: w.rule, until: w.until ?? '', lockedBy: policy.lockedBy ?? 'the configuration' };
    if (policy.locked?.has(w.rule)) return emit('invalid-suppression', 'locked', data, w.place);
    if (!w.reason?.trim()) return emit('invalid-suppression', 'noReason', data, w.place);
    if (w.until !== undefined && !DATE.test(w.until)) return emit('invalid-suppression', 'badDate', data, w.place);
    if (w.until !== undefined && w.until < policy.today) return emit('expired-suppression', 'expired', data, w.place);
    waivers.push({ ...w, reason: w.reason, until: w.until ?? null });
  };

  objects.forEach((object, resourceIndex) => {
    for (const { key, value, path } of annotationsOf(object)) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const rule = key.slice(ANNOTATION_PREFIX.length);
      const parsed = parseWaiverText(typeof value === 'string' ? value : '');
      add({
        rule,
        ...parsed,
        by: 'annotation',
        place: { resourceIndex, path },
        where: parsed.container ? ` in container "${parsed.container}"` : ' on this object',
        applies: (f) => f.resourceIndex === resourceIndex && (!parsed.container || f.container === parsed.container),
      });
    }
  });

  // Most files have no such comment: a substring search spares splitting every file into lines.
  if (text !== undefined && text.includes('podguard:ignore')) {
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      const m = COMMENT.exec(line);
      if (!m) return;
      const parsed = parseWaiverText(m[2]);
      // A comment alone on its line covers the next line that is not a comment; a trailing one covers its own.
      let target = i + 1;
      if (line.trimStart().startsWith('#')) {
        target = i + 2;
        while (target <= lines.length && /^\s*(#.*)?$/.test(lines[target - 1] ?? '')) target++;
      }
      add({
        rule: m[1],
        ...parsed,
        by: 'comment',
        place: { line: i + 1, column: line.indexOf('#') + 1 },
        where: ` on line ${target}`,
        applies: (f) => f.line === target && (!parsed.container || f.container === parsed.container),
      });
    });
  }

  for (const [index, e] of (policy.exemptions ?? []).entries()) {
    add({
      exemption: index,
      rule: e.rule,
      reason: e.reason,
      until: e.until,
      by: 'config',
      place: { exemption: e },
      where: ' in the scanned objects',
      applies: (f) => {
        if (!f.resource) return false;
        const object = objects[f.resourceIndex ?? -1];
        const image = f.container === null ? undefined : containerOf(object, f.pathSegments)?.image;
        return glob(e.namespace, f.resource.namespace) && glob(e.kind, f.resource.kind) && glob(e.name, f.resource.name) &&
          glob(e.container, f.container) && glob(e.image, typeof image === 'string' ? image : undefined);
      },
    });
  }

  const used = new Set<Waiver>();
  for (const f of findings) {
    const w = waivers.find((candidate) => candidate.rule === f.ruleId && candidate.applies(f));
    if (!w) continue;
    used.add(w);
    f.suppressed = { by: w.by, reason: w.reason, until: w.until, ...(w.exemption !== undefined ? { exemption: w.exemption } : {}) };
  }
  // An unused config exemption may match files other than this one, so only in-file waivers are judged here.
  for (const w of waivers) if (!used.has(w) && w.by !== 'config') emit('unused-suppression', 'unused', { rule: w.rule, where: w.where }, w.place);
}
