// Waivers: a finding can be suppressed by an annotation on its object (or pod template), by a comment on or above its
// line, or by an exemption in the configuration. A waiver needs a reason, may expire, never covers a locked rule, and
// is reported when it matches nothing. Suppressed findings stay in the output, marked; they just stop counting.
import expiredSuppression from '../rules/expired-suppression.js';
import invalidSuppression from '../rules/invalid-suppression.js';
import unusedSuppression from '../rules/unused-suppression.js';
import { valueAt, type DeclaredKind } from './custom-resources.js';
import type { Path } from './field.js';
import type { Finding } from './finding.js';
import { podParts } from './pod-view.js';
import type { AnyRule } from './rule.js';

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

/** A finding about a waiver: the engine rule that reports it, its message id and data, and where the waiver is. */
export type Emit = (rule: AnyRule, message: string, data: Record<string, string>, place: Place) => void;

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
  out.reason = rest.replace(/^[-:\u2014]\s*/, '').trim();
  return out;
}

function glob(pattern: string | undefined, value: string | null | undefined): boolean {
  if (pattern === undefined) return true;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value ?? '');
}

function annotationsOf(object: Record<string, unknown>, declared?: readonly DeclaredKind[]): Array<{ key: string; value: unknown; path: Path }> {
  const places: Path[] = [['metadata', 'annotations']];
  for (const part of podParts(object, object.apiVersion, object.kind, declared)) {
    for (const m of part.metadata) if (m.length > 1 && !places.some((p) => p.join('.') === [...m, 'annotations'].join('.'))) places.push([...m, 'annotations']);
  }
  return places.flatMap((path) => {
    let node: unknown = object;
    for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg];
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).map(([key, value]) => ({ key, value, path: [...path, key] }));
  });
}

/** Why a waiver cannot suppress anything (the engine rule and message that say so), or undefined when it can. */
export function waiverProblem(w: { rule: string; reason?: string; until?: string }, policy: SuppressionPolicy): { rule: AnyRule; message: string } | undefined {
  if (policy.locked?.has(w.rule)) return { rule: invalidSuppression, message: 'locked' };
  if (!w.reason?.trim()) return { rule: invalidSuppression, message: 'noReason' };
  if (w.until !== undefined && !DATE.test(w.until)) return { rule: invalidSuppression, message: 'badDate' };
  if (w.until !== undefined && w.until < policy.today) return { rule: expiredSuppression, message: 'expired' };
  return undefined;
}

/** The data of a message about a waiver. */
export function waiverData(w: { rule: string; until?: string }, policy: SuppressionPolicy): Record<string, string> {
  return { rule: w.rule, until: w.until ?? '', lockedBy: policy.lockedBy ?? 'the configuration' };
}

/** A config exemption that matched nothing in a whole run: its rule, message and data. */
export function unusedExemption(e: Exemption): { rule: AnyRule; message: string; data: Record<string, string> } {
  return { rule: unusedSuppression, message: 'unused', data: { rule: e.rule, where: ' in the scanned objects' } };
}

/**
 * Marks suppressed findings in place and reports the in-file waivers that do not work. Config exemptions are judged
 * once per run, not per file (see Run): here one that cannot suppress is simply left out.
 */
export function suppress(findings: Finding[], objects: Array<Record<string, unknown>>, text: string | undefined, policy: SuppressionPolicy, emit: Emit, declared?: readonly DeclaredKind[]): void {
  const waivers: Waiver[] = [];
  const add = (w: Omit<Waiver, 'reason' | 'until'> & { reason?: string; until?: string }) => {
    const problem = waiverProblem(w, policy);
    if (problem) {
      if (w.by !== 'config') emit(problem.rule, problem.message, waiverData(w, policy), w.place);
      return;
    }
    waivers.push({ ...w, reason: w.reason!, until: w.until ?? null });
  };

  objects.forEach((object, resourceIndex) => {
    for (const { key, value, path } of annotationsOf(object, declared)) {
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
        const image = f.containerPath && (valueAt(object, f.containerPath) as { image?: unknown } | undefined)?.image;
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
  for (const w of waivers) if (!used.has(w) && w.by !== 'config') emit(unusedSuppression, 'unused', { rule: w.rule, where: w.where }, w.place);
}
