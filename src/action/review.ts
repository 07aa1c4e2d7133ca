// Turns new findings into the comments of one pull-request review: a ```suggestion where the fix replaces only
// lines the pull request added, a plain comment for other findings on added lines. Each comment carries a marker,
// so a later run does not post the same comment on the same line again. An unsafe fix is a suggestion too, unless
// turned off, but its comment opens with a warning, so nobody commits it without knowing what it takes away.
import { ruleDocsUrl } from '../home.js';
import type { Finding } from '../engine/finding.js';
import { lineEdits } from '../fix/fix-source.js';

export interface ReviewComment {
  path: string;
  /** Absent on a comment about the whole file. */
  line?: number;
  start_line?: number;
  side?: 'RIGHT';
  start_side?: 'RIGHT';
  subject_type?: 'file';
  body: string;
}

const MARKER = /<!-- podguard rules=([a-z0-9,-]+) -->/;

export function marker(ruleIds: string[]): string {
  return `<!-- podguard rules=${[...new Set(ruleIds)].sort().join(',')} -->`;
}

/** Keys (path, line or "file", rule) of the comments an earlier run posted. */
export function postedKeys(comments: Array<{ path: string; line?: number | null; body?: string }>): Set<string> {
  const keys = new Set<string>();
  for (const c of comments) {
    const m = MARKER.exec(c.body ?? '');
    if (m) for (const rule of m[1].split(',')) keys.add(`${c.path}:${c.line ?? 'file'}:${rule}`);
  }
  return keys;
}

export interface Placement {
  /** Lines the pull request added: where plain comments go. */
  added: Set<number>;
  /** The diff's hunks (context included), when a suggestion may replace any line shown in the diff; without them,
   * suggestions are limited to added lines. */
  hunks?: Array<[number, number]>;
}

function heading(findings: Finding[]): string {
  return findings.map((f) => `**podguard** \`${f.ruleId}\` (${f.level}): ${f.message} ([rule documentation](${ruleDocsUrl(f.ruleId)}))`).join('\n\n');
}

/** The first line of a comment whose suggestion is an unsafe fix. */
export const UNSAFE_WARNING =
  '**Unsafe fix**: this change removes something the manifest asked for (or that the workload may rely on) and may break the workload; commit it only if the workload does without it.';

export function reviewComments(
  path: string,
  text: string,
  findings: Finding[],
  placement: Placement,
  posted: Set<string>,
  options: { unsafeSuggestions?: boolean } = {},
): ReviewComment[] {
  const { added, hunks } = placement;
  const suggestible = findings.filter((f) => f.fixSafety === 'safe' || (f.fixSafety === 'unsafe' && options.unsafeSuggestions !== false));
  const comments: ReviewComment[] = [];
  const covered = new Set<Finding>();
  const fresh = (line: number | 'file', rules: string[]) => rules.some((r) => !posted.has(`${path}:${line}:${r}`));
  const inDiff = (start: number, end: number) =>
    hunks ? hunks.some(([a, b]) => a <= start && end <= b) : Array.from({ length: end - start + 1 }, (_, i) => start + i).every((l) => added.has(l));

  for (const edit of lineEdits(path, text, suggestible)) {
    // One finding whose fix is safe makes the shared edit safe: it takes nothing away that the others would not.
    const warning = edit.findings.every((f) => f.fixSafety === 'unsafe') ? `${UNSAFE_WARNING}\n\n` : '';
    if (!inDiff(edit.startLine, edit.endLine)) {
      // Outside the diff GitHub takes no line comment: offer the fix on the file, as a patch to apply.
      if (hunks) {
        edit.findings.forEach((f) => covered.add(f));
        const rules = edit.findings.map((f) => f.ruleId);
        if (fresh('file', rules)) {
          const patch = `@@ -${edit.startLine},${edit.endLine - edit.startLine + 1} +${edit.startLine},${edit.replacement.split('\n').length} @@\n` +
            text.split(/\r?\n/).slice(edit.startLine - 1, edit.endLine).map((l) => `-${l}`).join('\n') + '\n' +
            edit.replacement.split('\n').map((l) => `+${l}`).join('\n');
          comments.push({ path, subject_type: 'file', body: `${warning}${heading(edit.findings)}\n\nThe fix (lines ${edit.startLine}-${edit.endLine}, outside this diff):\n\n\`\`\`diff\n${patch}\n\`\`\`\n${marker(rules)}` });
        }
      }
      continue;
    }
    edit.findings.forEach((f) => covered.add(f));
    const rules = edit.findings.map((f) => f.ruleId);
    if (!fresh(edit.endLine, rules)) continue;
    const body = `${warning}${heading(edit.findings)}\n\n\`\`\`suggestion\n${edit.replacement}\n\`\`\`\n${marker(rules)}`;
    const range = edit.startLine < edit.endLine ? { start_line: edit.startLine, start_side: 'RIGHT' as const } : {};
    comments.push({ path, line: edit.endLine, ...range, side: 'RIGHT', body });
  }

  // Findings with no suggestion: one plain comment per line, when the pull request added that line.
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    if (covered.has(f) || f.line === null || !added.has(f.line)) continue;
    byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  }
  for (const [line, here] of byLine) {
    const rules = here.map((f) => f.ruleId);
    if (fresh(line, rules)) comments.push({ path, line, side: 'RIGHT', body: `${heading(here)}\n${marker(rules)}` });
  }
  return comments.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
