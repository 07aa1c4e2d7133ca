// Scans the selected files in one run and, on a pull request, sorts each file's findings by its base version: new,
// pre-existing, or fixed. Every file is read and parsed once; its base once.
import { resolve } from 'node:path';
import type { InputResult } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import type { Run, RunEnd } from '../engine/run.js';
import { count } from '../format/plural.js';
import { compare, Explainer, type Base } from './baseline.js';
import type { HeadFile } from './checkout.js';
import type { ChangedFile } from './pull-request.js';
import type { RenderedTree } from '../render/tree.js';

export interface Scanned {
  /** Findings the run counts: new ones on a pull request, all of them otherwise. */
  counted: Finding[];
  preExisting: Finding[];
  /** Base findings the pull request no longer has, at the base's file, line and path. */
  fixed: Finding[];
  /** Each scanned file's text, for suggestions. */
  texts: Map<string, string>;
  end: RunEnd;
}

export interface ScanContext {
  workspace: string;
  run: Run;
  /** Whether the targets are a pull request's changed files (compared with their base) or everything. */
  pullRequest: boolean;
  /** The file as the pull request (or the push) has it: from the workspace, or from the head commit elsewhere. */
  readHead: (target: ChangedFile) => Promise<HeadFile>;
  baseOf: (target: ChangedFile) => Promise<Base>;
  note: (text: string) => void;
  /** Rendered charts and kustomizations: their files are not read as plain manifests. */
  tree?: RenderedTree;
}

/** Files whose base could not be read, for one note each (a long list is cut short). */
type NoBase = Array<{ target: ChangedFile; reason: string }>;

/** A copy of a new finding whose message says why it is new. */
function explained(f: Finding, why: string): Finding {
  return { ...f, message: `${f.message} ${why}` };
}

export async function scan(targets: ChangedFile[], ctx: ScanContext): Promise<Scanned> {
  const out: Scanned = { counted: [], preExisting: [], fixed: [], texts: new Map(), end: undefined as unknown as RunEnd };
  const noBase: NoBase = [];
  for (const target of targets) {
    if (ctx.tree?.claims(resolve(ctx.workspace, target.file))) continue;
    const read = await ctx.readHead(target);
    if ('problem' in read) {
      ctx.note(`Could not read ${target.file}: ${read.problem}.`);
      continue;
    }
    const head = ctx.run.add({ file: target.file, bytes: read.bytes });
    if (head.source?.text !== undefined) out.texts.set(target.file, head.source.text);
    if (!ctx.pullRequest) out.counted.push(...head.findings);
    else await sortByBase(target, head, ctx, out, noBase);
  }
  for (const result of ctx.tree?.results ?? []) countRendered(ctx.run.accept(result), targets, ctx, out);
  noBaseNotes(noBase).forEach(ctx.note);
  // Only a scan of everything can tell that an exemption matched nothing.
  out.end = ctx.run.finish({ sample: ctx.pullRequest });
  // Annotations name files relative to the repository.
  out.counted.push(...out.end.findings.map((f) => ({ ...f, file: f.file && relativeTo(ctx.workspace, f.file) })));
  return out;
}

/** A rendered file's findings; on a pull request, new are those on lines it adds (its base is not rendered). */
function countRendered(result: InputResult, targets: ChangedFile[], ctx: ScanContext, out: Scanned): void {
  if (!ctx.pullRequest) return void out.counted.push(...result.findings);
  const target = targets.find((t) => t.file === result.file);
  for (const f of result.findings) (f.line !== null && target?.added.has(f.line) ? out.counted : out.preExisting).push(f);
}

async function sortByBase(target: ChangedFile, head: InputResult, ctx: ScanContext, out: Scanned, noBase: NoBase): Promise<void> {
  // Only GitHub's word makes a file new: a base that cannot be found is not proof that there was none.
  if (target.status === 'added') {
    out.counted.push(...head.findings.map((f) => explained(f, 'New in this pull request: the file is new.')));
    return;
  }
  const base = await ctx.baseOf(target);
  if ('problem' in base) {
    // Without a base, the lines the pull request added are the best guide to what it introduced.
    noBase.push({ target, reason: base.problem });
    for (const f of head.findings) {
      if (f.line !== null && target.added.has(f.line)) out.counted.push(explained(f, 'New in this pull request: it is on a line the pull request adds (the base version could not be read).'));
      else out.preExisting.push(f);
    }
    return;
  }
  // The base is judged with the same settings but not counted: it is not part of what this run scans.
  const baseResult = ctx.run.evaluate({ file: target.file, text: base.text });
  const comparison = compare(head.findings, baseResult.findings);
  const explainer = new Explainer(head.source!, baseResult.source!);
  out.counted.push(...comparison.fresh.map((f) => explained(f, explainer.explain(f, target.added))));
  out.preExisting.push(...comparison.preExisting);
  out.fixed.push(...comparison.fixed.map((f) => ({ ...f, file: target.previous ?? target.file })));
}

function noBaseNotes(noBase: NoBase): string[] {
  const SHOWN = 10;
  const lines = noBase.slice(0, SHOWN).map(({ target, reason }) => {
    const consequence = target.hunks && target.hunks.length > 0 ? 'new findings in it are those on lines the pull request adds' : 'GitHub sent no diff for it either, so its findings count as pre-existing';
    return `Base of \`${target.previous ?? target.file}\` not readable (${reason}): ${consequence}.`;
  });
  if (noBase.length > SHOWN) lines.push(`The base of ${count(noBase.length - SHOWN, 'more file was', 'more files were')} not readable either; their new findings are those on added lines.`);
  return lines;
}

function relativeTo(workspace: string, file: string): string {
  const full = resolve(workspace, file);
  return full.startsWith(workspace + '/') ? full.slice(workspace.length + 1) : file;
}
