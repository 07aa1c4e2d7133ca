// Fixes one manifest's text: scan, apply the offered edits, and scan again, since one fix can open the way for
// another (a container stops being privileged, and then allowPrivilegeEscalation: false becomes legal). Safe fixes
// go first, to their fixed point; unsafe ones, when asked for, after them.
import { createTwoFilesPatch, FILE_HEADERS_ONLY, structuredPatch } from 'diff';
import { analyze, type AnalyzeOptions } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import type { FixSafety } from '../engine/rule.js';
import { applyTextEdits, type ResourceEdit } from './apply-yaml.js';
import { editKey } from './edits.js';

export interface SourceFix {
  text: string;
  /** The text with the safe fixes alone (equal to `text` unless unsafe fixes were asked for). */
  safeText: string;
  /** Findings with a fix of the kinds asked for, before and after. */
  before: number;
  after: number;
  /** Findings left whose fix is unsafe and was not asked for. */
  unsafeLeft: number;
  /** Edits that could not be written, with why (an alias in the way, say). */
  skipped: Array<ResourceEdit & { reason: string }>;
  /** Findings left after fixing (fixable or not). */
  remaining: Finding[];
}

const MAX_ROUNDS = 4;

// The order people write securityContext fields in; new keys are added in this order.
const KEY_ORDER = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup', 'seccompProfile', 'allowPrivilegeEscalation', 'privileged', 'readOnlyRootFilesystem', 'capabilities'];
const rank = (e: ResourceEdit) => {
  const i = KEY_ORDER.indexOf(String(e.edit.path[e.edit.path.length - 1]));
  return i < 0 ? KEY_ORDER.length : i;
};

export function resourceEdits(findings: Finding[]): ResourceEdit[] {
  const seen = new Set<string>();
  const out: ResourceEdit[] = [];
  for (const f of findings) {
    for (const edit of f.fix ?? []) {
      const key = `${f.resourceIndex} ${editKey(edit)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ resourceIndex: f.resourceIndex ?? 0, edit });
    }
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

/** `unsafe`: apply unsafe fixes too (`--unsafe-fixes`); by default only safe ones. */
export function fixSource(file: string, original: string, options: AnalyzeOptions, fix: { unsafe?: boolean } = {}): SourceFix {
  // A waived finding is left as it is: the waiver says the value is wanted.
  const open = (f: Finding) => f.fixable && !f.suppressed;
  const wanted = (f: Finding) => open(f) && (fix.unsafe || f.fixSafety === 'safe');
  const first = analyze({ file, text: original }, options).findings;
  const refused = new Map<string, ResourceEdit & { reason: string }>();
  // Each round rescans, so a fix that later rounds find is graded afresh: safe mode never takes an unsafe edit.
  const safe = converge(file, original, first, options, (f) => f.fixSafety === 'safe', refused);
  const all = fix.unsafe ? converge(file, safe.text, safe.findings, options, () => true, refused) : safe;
  const remaining = all.findings.filter((f) => !f.suppressed);
  return {
    text: all.text,
    safeText: safe.text,
    before: first.filter(wanted).length,
    after: all.findings.filter(wanted).length,
    unsafeLeft: fix.unsafe ? 0 : remaining.filter((f) => open(f) && f.fixSafety === 'unsafe').length,
    skipped: [...refused.values()],
    remaining,
  };
}

function converge(file: string, text: string, findings: Finding[], options: AnalyzeOptions, take: (f: Finding) => boolean, refused: Map<string, ResourceEdit & { reason: string }>) {
  const json = /\.json$/i.test(file);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits = resourceEdits(findings.filter((f) => f.fixable && !f.suppressed && take(f))).filter((e) => !refused.has(`${e.resourceIndex} ${editKey(e.edit)}`));
    if (edits.length === 0) break;
    const outcome = applyTextEdits(text, edits, { json });
    for (const s of outcome.skipped) refused.set(`${s.resourceIndex} ${editKey(s.edit)}`, s);
    if (outcome.applied.length === 0) break;
    text = outcome.text;
    findings = analyze({ file, text }, options).findings;
  }
  return { text, findings };
}

/**
 * The unified diff from `before` to `after`. Given the text with the safe fixes alone, each hunk header names the
 * kind of fix it holds after its second @@, where git puts a section name (patch and git apply ignore it).
 */
export function unifiedDiff(file: string, before: string, after: string, safeText?: string): string {
  const name = file.replace(/^\/+/, ''); // as git writes it: a/tmp/x.yaml, not a//tmp/x.yaml
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  if (safeText === undefined) return patch;
  const labels = hunkSafety(before, safeText, after).map((kinds) => (kinds.length === 2 ? 'safe and unsafe fixes' : kinds.length === 1 ? `${kinds[0]} fix` : ''));
  let i = 0;
  return patch.replace(/^(@@ [^@]* @@)$/gm, (header) => {
    const label = labels[i++];
    return label ? `${header} ${label}` : header;
  });
}

type Span = [number, number];

/**
 * For each hunk of the diff before → after (3 lines of context), the kinds of fix in it: the changes before → safe
 * are safe, those safe → after unsafe. Positions are lines of `before`; an insertion sits at the half line before
 * the line it precedes.
 */
export function hunkSafety(before: string, safe: string, after: string): FixSafety[][] {
  const zero = { context: 0 };
  const safeHunks = structuredPatch('a', 'b', before, safe, undefined, undefined, zero).hunks;
  const safeSpans = safeHunks.map((h) => span(h.oldStart, h.oldLines));
  // Unsafe changes are found on the safe text: carry their positions back through the safe changes.
  const unsafeSpans = structuredPatch('a', 'b', safe, after, undefined, undefined, zero).hunks.map((h) => {
    const [a, b] = span(h.oldStart, h.oldLines);
    return [toBefore(safeHunks, a), toBefore(safeHunks, b)] as Span;
  });
  const overlaps = (x: Span, y: Span) => x[0] <= y[1] && y[0] <= x[1];
  return structuredPatch('a', 'b', before, after, undefined, undefined, { context: 3 }).hunks.map((h) => {
    const [a, b] = span(h.oldStart, h.oldLines);
    const hunk: Span = [a - 0.5, b + 0.5];
    const kinds: FixSafety[] = [];
    if (safeSpans.some((s) => overlaps(s, hunk))) kinds.push('safe');
    if (unsafeSpans.some((s) => overlaps(s, hunk))) kinds.push('unsafe');
    return kinds;
  });
}

// jsdiff gives an empty range as the line it comes before.
function span(start: number, lines: number): Span {
  return lines === 0 ? [start - 0.5, start - 0.5] : [start, start + lines - 1];
}

/** A position in the safe text as a position in the original, through the safe changes (context 0). */
function toBefore(hunks: Array<{ oldStart: number; oldLines: number; newStart: number; newLines: number }>, x: number): number {
  let shift = 0;
  for (const h of hunks) {
    const [a, b] = span(h.newStart, h.newLines);
    if (x < a) break;
    // Inside lines the safe fixes wrote: the place of the lines they replaced.
    if (x <= b) return span(h.oldStart, h.oldLines)[0];
    shift += h.oldLines - h.newLines;
  }
  return x + shift;
}

/** A replacement of whole lines of the original text: what a GitHub ```suggestion carries. */
export interface LineEdit {
  /** 1-based, inclusive, in the original text. */
  startLine: number;
  endLine: number;
  /** The new text of those lines, without a final newline. */
  replacement: string;
  /** The findings this edit resolves (several findings can share one edit). */
  findings: Finding[];
}

/**
 * The fix of each fixable finding on its own, as line replacements of the original text. A pure insertion is
 * anchored on the line before it (a suggestion must replace at least one line).
 */
export function lineEdits(file: string, text: string, findings: Finding[]): LineEdit[] {
  const json = /\.json$/i.test(file);
  const lines = text.split(/\r?\n/);
  const byRange = new Map<string, LineEdit>();
  for (const finding of findings) {
    if (!finding.fixable) continue;
    const outcome = applyTextEdits(text, resourceEdits([finding]), { json });
    if (outcome.applied.length === 0 || outcome.skipped.length > 0) continue;
    for (const hunk of structuredPatch('a', 'b', text, outcome.text, undefined, undefined, { context: 0 }).hunks) {
      const added = hunk.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1).replace(/\r$/, ''));
      let startLine = hunk.oldStart;
      let endLine = hunk.oldStart + hunk.oldLines - 1;
      let replacement = added;
      if (hunk.oldLines === 0) {
        // For a pure insertion, oldStart is the line it goes before: anchor on the line above (or the first line).
        const above = hunk.oldStart - 1;
        if (above === 0) [startLine, endLine, replacement] = [1, 1, [...added, lines[0]]];
        else [startLine, endLine, replacement] = [above, above, [lines[above - 1], ...added]];
      }
      const edit = { startLine, endLine, replacement: replacement.join('\n'), findings: [finding] };
      const key = `${startLine}:${endLine}:${edit.replacement}`;
      const same = byRange.get(key);
      if (same) same.findings.push(finding);
      else byRange.set(key, edit);
    }
  }
  return [...byRange.values()].sort((a, b) => a.startLine - b.startLine);
}
