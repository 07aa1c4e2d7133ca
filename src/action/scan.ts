// Scans the selected files in one run and, on a pull request, sorts each file's findings by its base version: new,
// pre-existing, or fixed. Every file is read and parsed once; its base once.
import { resolve } from 'node:path';
import type { InputResult } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import type { Run, RunEnd } from '../engine/run.js';
import { describeError, readBounded } from '../source/read.js';
import { compare, Explainer, type Base } from './baseline.js';
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
  baseOf: (target: ChangedFile) => Promise<Base>;
  note: (text: string) => void;
  /** Rendered charts and kustomizations: their files are not read as plain manifests. */
  tree?: RenderedTree;
}

/** A copy of a new finding whose message says why it is new. */
function explained(f: Finding, why: string): Finding {
  return { ...f, message: `${f.message} ${why}` };
}

export async function scan(targets: ChangedFile[], ctx: ScanContext): Promise<Scanned> {
  const out: Scanned = { counted: [], preExisting: [], fixed: [], texts: new Map(), end: undefined as unknown as RunEnd };
  for (const target of targets) {
    if (ctx.tree?.claims(resolve(ctx.workspace, target.file))) continue;
    let bytes: Uint8Array;
    try {
      bytes = readBounded(resolve(ctx.workspace, target.file));
    } catch (e) {
      ctx.note(`Could not read ${target.file}: ${describeError(e)}.`);
      continue;
    }
    const head = ctx.run.add({ file: target.file, bytes });
    if (head.source?.text !== undefined) out.texts.set(target.file, head.source.text);
    if (!ctx.pullRequest) out.counted.push(...head.findings);
    else await sortByBase(target, head, ctx, out);
  }
  for (const result of ctx.tree?.results ?? []) countRendered(ctx.run.accept(result), targets, ctx, out);
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

async function sortByBase(target: ChangedFile, head: InputResult, ctx: ScanContext, out: Scanned): Promise<void> {
  const base = target.status === 'added' ? ({ absent: true, via: 'git' } as Base) : await ctx.baseOf(target);
  if ('problem' in base) {
    // Without a base, the lines the pull request added are the best guide to what it introduced.
    ctx.note(`Could not get the base version of ${target.previous ?? target.file} (${base.problem}); only findings on lines this pull request added count as new in it.`);
    for (const f of head.findings) (f.line !== null && target.added.has(f.line) ? out.counted : out.preExisting).push(f);
    return;
  }
  if ('absent' in base) {
    out.counted.push(...head.findings.map((f) => explained(f, 'New in this pull request: the file is new.')));
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

function relativeTo(workspace: string, file: string): string {
  const full = resolve(workspace, file);
  return full.startsWith(workspace + '/') ? full.slice(workspace.length + 1) : file;
}
