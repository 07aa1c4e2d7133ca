// Fixes one manifest's text: scan, apply the offered edits, and scan again, since one fix can open the way for
// another (a container stops being privileged, and then allowPrivilegeEscalation: false becomes legal).
import { createTwoFilesPatch, FILE_HEADERS_ONLY, structuredPatch } from 'diff';
import { analyze, type AnalyzeOptions } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { applyTextEdits, type ResourceEdit } from './apply-yaml.js';
import { editKey } from './edits.js';

export interface SourceFix {
  text: string;
  /** Fixable findings before, and after. */
  before: number;
  after: number;
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

export function fixSource(file: string, original: string, options: AnalyzeOptions): SourceFix {
  const json = /\.json$/i.test(file);
  let text = original;
  let findings = analyze({ file, text }, options).findings;
  const before = findings.filter((f) => f.fixable && !f.suppressed).length;
  const refused = new Map<string, ResourceEdit & { reason: string }>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // A waived finding is left as it is: the waiver says the value is wanted.
    const edits = resourceEdits(findings.filter((f) => f.fixable && !f.suppressed)).filter((e) => !refused.has(`${e.resourceIndex} ${editKey(e.edit)}`));
    if (edits.length === 0) break;
    const outcome = applyTextEdits(text, edits, { json });
    for (const s of outcome.skipped) refused.set(`${s.resourceIndex} ${editKey(s.edit)}`, s);
    if (outcome.applied.length === 0) break;
    text = outcome.text;
    findings = analyze({ file, text }, options).findings;
  }
  return { text, before, after: findings.filter((f) => f.fixable && !f.suppressed).length, skipped: [...refused.values()], remaining: findings.filter((f) => !f.suppressed) };
}

export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.replace(/^\/+/, ''); // as git writes it: a/tmp/x.yaml, not a//tmp/x.yaml
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
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
