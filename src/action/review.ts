// Turns new findings into one pull-request review that GitHub resolves: every comment sits on the right side of one
// hunk of its file's patch (a file without a patch has none). A ```suggestion goes only on a range that holds a line
// the pull request added; a fix anywhere else goes in the review's body as a patch. Comments and body entries carry a
// marker, so a later run does not post the same thing again. An unsafe fix opens with a warning.
import { ruleDocsUrl } from '../home.js';
import type { Finding } from '../engine/finding.js';
import { lineEdits } from '../fix/fix-source.js';
import { count } from '../format/plural.js';

/** A comment of the create-review call: GitHub takes only path, body, line/side and start_line/start_side there. */
export interface ReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/** What a file's patch lets a review comment reach: the lines it adds, and each hunk's right-side lines. */
export interface Diff {
  added: Set<number>;
  hunks: Array<[number, number]>;
}

/** A fix no comment can carry: its lines lie outside the diff, or in it but on no added line. */
export interface OutsideFix {
  path: string;
  startLine: number;
  endLine: number;
  patch: string;
  findings: Finding[];
  unsafe: boolean;
}

const MARKER = /<!-- podguard rules=([a-z0-9,-]+) -->/;
const OUTSIDE_MARKER = /<!-- podguard fix=(\S+) rules=([a-z0-9,-]+) -->/g;

export function marker(ruleIds: string[]): string {
  return `<!-- podguard rules=${[...new Set(ruleIds)].sort().join(',')} -->`;
}

function outsideMarker(path: string, ruleIds: string[]): string {
  return `<!-- podguard fix=${encodeURIComponent(path)} rules=${[...new Set(ruleIds)].sort().join(',')} -->`;
}

/** Keys (path, line or "outside", rule) of what earlier runs posted: comments, and fixes listed in review bodies. */
export function postedKeys(comments: Array<{ path: string; line?: number | null; body?: string }>, reviewBodies: Array<string | null | undefined> = []): Set<string> {
  const keys = new Set<string>();
  for (const c of comments) {
    const m = MARKER.exec(c.body ?? '');
    if (m) for (const rule of m[1].split(',')) keys.add(`${c.path}:${c.line ?? 'outside'}:${rule}`);
  }
  for (const body of reviewBodies) {
    for (const m of (body ?? '').matchAll(OUTSIDE_MARKER)) for (const rule of m[2].split(',')) keys.add(`${decodeURIComponent(m[1])}:outside:${rule}`);
  }
  return keys;
}

/** The hunk holding both lines, or undefined: GitHub resolves a comment only with both ends in one hunk. */
function hunkOf(diff: Diff, start: number, end: number): [number, number] | undefined {
  return diff.hunks.find(([a, b]) => a <= start && end <= b);
}

/** Why GitHub would not resolve this comment on its file's diff, or undefined when it would. */
export function unresolvable(c: ReviewComment, diff: Diff | undefined): string | undefined {
  if (!diff || diff.hunks.length === 0) return 'its file has no patch';
  if (!Number.isInteger(c.line) || c.side !== 'RIGHT') return 'it has no right-side line';
  if (c.start_line !== undefined && !(c.start_line < c.line && c.start_side === 'RIGHT')) return 'its range is not a right-side range';
  if (!hunkOf(diff, c.start_line ?? c.line, c.line)) return `lines ${c.start_line ?? c.line}-${c.line} are not inside one hunk`;
  return undefined;
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
  diff: Diff,
  posted: Set<string>,
  options: { unsafeSuggestions?: boolean } = {},
): { comments: ReviewComment[]; outside: OutsideFix[] } {
  const suggestible = findings.filter((f) => f.fixSafety === 'safe' || (f.fixSafety === 'unsafe' && options.unsafeSuggestions !== false));
  const comments: ReviewComment[] = [];
  const outside: OutsideFix[] = [];
  const suggested = new Set<Finding>();
  const fresh = (line: number | 'outside', rules: string[]) => rules.some((r) => !posted.has(`${path}:${line}:${r}`));
  const lines = text.split(/\r?\n/);

  for (const edit of lineEdits(path, text, suggestible)) {
    // One finding whose fix is safe makes the shared edit safe: it takes nothing away that the others would not.
    const unsafe = edit.findings.every((f) => f.fixSafety === 'unsafe');
    const warning = unsafe ? `${UNSAFE_WARNING}\n\n` : '';
    const rules = edit.findings.map((f) => f.ruleId);
    const range = Array.from({ length: edit.endLine - edit.startLine + 1 }, (_, i) => edit.startLine + i);
    // A suggestion on context lines alone would put a fix where the pull request changed nothing.
    if (!hunkOf(diff, edit.startLine, edit.endLine) || !range.some((l) => diff.added.has(l))) {
      if (fresh('outside', rules)) {
        const replacement = edit.replacement.split('\n');
        const patch = [`@@ -${edit.startLine},${range.length} +${edit.startLine},${replacement.length} @@`, ...lines.slice(edit.startLine - 1, edit.endLine).map((l) => `-${l}`), ...replacement.map((l) => `+${l}`)].join('\n');
        outside.push({ path, startLine: edit.startLine, endLine: edit.endLine, patch, findings: edit.findings, unsafe });
      }
      continue;
    }
    edit.findings.forEach((f) => suggested.add(f));
    if (!fresh(edit.endLine, rules)) continue;
    const body = `${warning}${heading(edit.findings)}\n\n\`\`\`suggestion\n${edit.replacement}\n\`\`\`\n${marker(rules)}`;
    const start = edit.startLine < edit.endLine ? { start_line: edit.startLine, start_side: 'RIGHT' as const } : {};
    comments.push({ path, line: edit.endLine, side: 'RIGHT', ...start, body });
  }

  // Findings with no suggestion: one plain comment per line, when the pull request added that line.
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    if (suggested.has(f) || f.line === null || !diff.added.has(f.line)) continue;
    byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  }
  for (const [line, here] of byLine) {
    const rules = here.map((f) => f.ruleId);
    if (fresh(line, rules)) comments.push({ path, line, side: 'RIGHT', body: `${heading(here)}\n${marker(rules)}` });
  }
  return { comments: comments.sort((a, b) => a.line - b.line), outside };
}

// GitHub refuses a review body over 65,536 characters; the fixes listed in it stop well before.
const MAX_BODY = 60_000;

/** The review's body: a count, then each fix outside the diff with its file, lines and patch. */
export function reviewBody(newFindings: number, comments: number, outside: OutsideFix[]): string {
  let body = `podguard found ${count(newFindings, 'new finding')}; ${count(comments, 'comment')} below (suggestions can be committed as they are).`;
  if (outside.length === 0) return body;
  body += '\n\n### Fixes outside this diff\n\nGitHub takes review comments only on lines the diff shows; these fixes go elsewhere, so apply them by hand (or run `podguard fix`).';
  let listed = 0;
  for (const fix of outside) {
    const where = fix.startLine === fix.endLine ? `line ${fix.startLine}` : `lines ${fix.startLine}-${fix.endLine}`;
    const entry = `\n\n**\`${fix.path}\`, ${where}**: ${fix.unsafe ? `${UNSAFE_WARNING}\n\n` : ''}${heading(fix.findings)}\n\n\`\`\`diff\n${fix.patch}\n\`\`\`\n${outsideMarker(fix.path, fix.findings.map((f) => f.ruleId))}`;
    if (body.length + entry.length > MAX_BODY) break;
    body += entry;
    listed++;
  }
  if (listed < outside.length) body += `\n\n${count(outside.length - listed, 'more fix', 'more fixes')} left out: a review body is limited in length; \`podguard fix\` applies them.`;
  return body;
}
