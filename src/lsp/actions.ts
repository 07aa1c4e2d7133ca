// Code actions: one quick fix per fixable finding, made of the same minimal edits as `podguard fix`, and a fix-all
// source action that applies every safe fix of the document as `podguard fix` would.
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Path } from '../engine/field.js';
import type { Finding } from '../engine/finding.js';
import { fixSource, lineEdits } from '../fix/fix-source.js';
import { intersects, type Analysis, type Entry } from './analysis.js';

export const FIX_ALL = 'source.fixAll.podguard';

/** Whether a kind was asked for: no `only`, or an `only` entry equal to it or a parent of it (source.fixAll). */
function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(analysis: Analysis, doc: TextDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(analysis, doc, params));
  // Fixing the whole document rescans it until nothing changes: done when asked, not for every lightbulb.
  const asked = only !== undefined || params.context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (asked && wanted(FIX_ALL, only)) {
    const all = fixAll(analysis, doc);
    if (all) actions.push(all);
  }
  return actions;
}

function quickFixes(analysis: Analysis, doc: TextDocument, params: CodeActionParams): CodeAction[] {
  const here = analysis.entries.filter((e): e is Required<Entry> => !!e.finding?.fixable && intersects(e.diagnostic.range, params.range));
  // Findings that share a fix (one pod-level field for several containers) get one action that resolves them all.
  const byEdits = new Map<string, { edits: TextEdit[]; entries: Array<Required<Entry>> }>();
  for (const entry of here) {
    const edits = lineEdits(analysis.file, analysis.text, [entry.finding]).map((e) => lineReplacement(doc, e.startLine, e.endLine, e.replacement));
    if (edits.length === 0) continue; // not writable here (through an alias, say): podguard fix leaves it too
    const key = JSON.stringify(edits);
    const same = byEdits.get(key);
    if (same) same.entries.push(entry);
    else byEdits.set(key, { edits, entries: [entry] });
  }
  return [...byEdits.values()].map(({ edits, entries }) => {
    const safe = entries.every((e) => e.finding.fixSafety === 'safe');
    const what = describeFix(entries[0].finding);
    return {
      title: safe ? `Fix: ${what}` : `Unsafe fix, may break the workload: ${what}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: entries.map((e) => e.diagnostic),
      isPreferred: safe,
      edit: { changes: { [analysis.uri]: edits } },
    };
  });
}

function fixAll(analysis: Analysis, doc: TextDocument): CodeAction | undefined {
  if (!analysis.entries.some((e) => e.finding?.fixable && e.finding.fixSafety === 'safe')) return undefined;
  const { safeText } = fixSource(analysis.file, analysis.text, analysis.options);
  if (safeText === analysis.text) return undefined;
  return {
    title: 'Fix all safe podguard findings',
    kind: FIX_ALL,
    diagnostics: analysis.entries.filter((e) => e.finding?.fixSafety === 'safe').map((e) => e.diagnostic),
    edit: { changes: { [analysis.uri]: [changedSpan(doc, analysis.text, safeText)] } },
  };
}

/** Whole lines startLine..endLine (1-based, inclusive) replaced, their line ends kept. */
function lineReplacement(doc: TextDocument, startLine: number, endLine: number, replacement: string): TextEdit {
  const end = doc.getText({ start: { line: endLine - 1, character: 0 }, end: { line: endLine, character: 0 } }).replace(/\r?\n$/, '').length;
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line: startLine - 1, character: 0 }, end: { line: endLine - 1, character: end } }, newText: replacement.replace(/\n/g, eol) };
}

/** One edit from the first to the last character that differ: small, whatever the fixes moved. */
function changedSpan(doc: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - tail) }, newText: after.slice(start, after.length - tail) };
}

/** "set securityContext.privileged to false in container "app"": what the fix's edits do, as a person says it. */
function describeFix(f: Finding): string {
  const parts = (f.fix ?? []).map((e) => describeEdit(e, f.containerPath));
  const where = f.container ? ` in container "${f.container}"` : '';
  return `${[...new Set(parts)].join(', ')}${where}`;
}

function describeEdit(e: Edit, container: Path | undefined): string {
  const field = fieldName(e.path, container);
  const value = 'value' in e ? JSON.stringify(e.value) : '';
  if (e.op === 'set') return `set ${field} to ${value}`;
  if (e.op === 'append') return `add ${value} to ${field}`;
  if (e.op === 'removeItem') return `remove ${value} from ${field}`;
  return `remove ${field}`;
}

/** The path from the container, or else from the pod spec: securityContext.privileged, hostNetwork. */
function fieldName(path: Path, container: Path | undefined): string {
  let from = 0;
  if (container && container.every((seg, i) => path[i] === seg)) from = container.length;
  else from = path.lastIndexOf('spec') + 1;
  return path.slice(from).map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
