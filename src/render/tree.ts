// Charts and kustomizations in a scanned tree: found from the files being scanned, rendered as they are deployed,
// and judged as rendered, with each finding placed on the file a person edits. Their files are then not scanned
// again as plain manifests, except where rendering was not possible (a note says why).
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { InputResult } from '../engine/analyze.js';
import { compareFindings, type Finding } from '../engine/finding.js';
import type { Run } from '../engine/run.js';
import { mergeUnread } from '../engine/custom-resources.js';
import { parseSource } from '../source/parse.js';
import { sourceResources } from '../source/resources.js';
import { renderChart } from './helm.js';
import { buildKustomization, kustomizationIn, kustomizeTool, originFile, readKustomization, withoutBuildMetadata, type Kustomization } from './kustomize.js';
import { placeInTemplate, placeKustomized, type PatchOnPath, type Spot } from './place.js';

/** Extra values files for a chart (from the configuration), as absolute paths. */
export interface ChartSetting {
  path: string;
  values: string[];
}

export interface TreeOptions {
  charts?: readonly ChartSetting[];
  /** Helm's --kube-version: set only when a Kubernetes version was asked for. */
  kubeVersion?: string;
  /** How a file is named in the output (default: as given, else relative to the working directory). */
  display?: (absolute: string) => string;
  /** Render only charts and kustomizations that hold one of these files, and keep only findings on them. */
  scope?: (absolute: string) => boolean;
}

export interface RenderedTree {
  /** Whether a file is a chart's or a rendered kustomization's, and so not to be scanned as a plain manifest. */
  claims: (file: string, realPath?: string) => boolean;
  /** Judged (not yet counted) results of the rendered resources, findings placed; one per template or root. */
  results: InputResult[];
}

/** The real path of a file, or the path as given when it cannot be resolved (a missing file, say). */
export const real = (file: string) => {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
};

/** A file to consider, as given, with its real path when the caller already knows it. */
export type TreeFile = string | { file: string; real?: string };

export async function renderTree(files: Iterable<TreeFile>, run: Run, options: TreeOptions = {}): Promise<RenderedTree> {
  const inScope = (abs: string) => !options.scope || options.scope(abs);
  const cwd = process.cwd();
  const relativeName = (abs: string) => (relative(cwd, abs).startsWith('..') ? abs : relative(cwd, abs));
  // Files are named as given. Only the names that differ from the relative path are kept (a file given by an
  // absolute path, or reached through a link), so that a tree of many files costs no memory here.
  const named = new Map<string, string>();
  const display = options.display ?? ((abs: string) => named.get(abs) ?? relativeName(abs));

  const charts = new Set<string>();
  const chartOf = chartFinder();
  const kustomizations = new Map<string, Kustomization | undefined>();
  const load = (dir: string): Kustomization | undefined => {
    if (kustomizations.has(dir)) return kustomizations.get(dir);
    kustomizations.set(dir, undefined); // a folder that uses itself is read once
    const file = kustomizationIn(dir);
    let k: Kustomization | undefined;
    if (file) {
      try {
        k = readKustomization(file);
      } catch (e) {
        run.note(`cannot read this kustomization: ${(e as Error).message}`, display(file));
      }
    }
    kustomizations.set(dir, k);
    for (const used of k ? [...k.uses, ...k.components] : []) load(used);
    return k;
  };
  const found: Kustomization[] = [];
  // With a scope (a pull request's changed files), the files in it, to tell which charts hold one.
  const scoped: string[] = [];
  for (const entry of files) {
    const file = typeof entry === 'string' ? entry : entry.file;
    if (file === '-') continue;
    const abs = (typeof entry === 'string' ? undefined : entry.real) ?? real(file);
    if (relativeName(abs) !== file) named.set(abs, file);
    if (options.scope?.(abs)) scoped.push(abs);
    const chart = chartOf(dirname(abs));
    if (chart) charts.add(chart);
    else {
      const k = load(dirname(abs));
      if (k && !found.includes(k)) found.push(k);
    }
  }

  const claimed: Array<(abs: string) => boolean> = [];
  const results: InputResult[] = [];
  for (const chart of [...charts].sort()) {
    claimed.push((abs) => abs === chart || abs.startsWith(chart + sep));
    if (!options.scope || scoped.some((f) => f.startsWith(chart + sep))) results.push(...renderHelm(chart, run, options, display, inScope));
  }

  const used = new Set<string>();
  for (const k of kustomizations.values()) for (const dir of k ? [...k.uses, ...k.components] : []) used.add(dir);
  const roots = found.filter((k) => !used.has(k.dir) && !k.component).sort((a, b) => (a.dir < b.dir ? -1 : 1));
  const closures = new Map<Kustomization, Set<string>>();
  const closure = (k: Kustomization): Set<string> => {
    let set = closures.get(k);
    if (set) return set;
    closures.set(k, (set = new Set([k.file, ...k.reads.map(real)])));
    for (const dir of [...k.uses, ...k.components]) {
      const other = kustomizations.get(dir);
      if (other) for (const f of closure(other)) set.add(f);
    }
    return set;
  };
  const tool = roots.length > 0 ? kustomizeTool() : undefined;
  const wanted = roots.filter((root) => [...closure(root)].some(inScope));
  // Each build is a process of its own, seconds long for a large tree: run a few at once, judge them in order.
  const builds = tool ? inParallel(wanted, (root) => buildKustomization(root.dir, tool)) : [];
  for (const [i, root] of wanted.entries()) {
    const files = closure(root);
    const name = display(root.dir);
    if (!tool) {
      run.note('a kustomization; its files were scanned as plain manifests. Install kubectl or kustomize to scan it as built, with findings on the patch or base to edit', name);
      continue;
    }
    const built = await builds[i];
    if ('error' in built) {
      const remote = [...closures.keys()].some((k) => files.has(k.file) && k.remote);
      const why = remote ? ' (it names remote resources, which kustomize fetches itself; podguard passes no network options)' : '';
      run.note(`kustomize build failed: ${built.error}${why}; its files were scanned as plain manifests`, name);
      continue;
    }
    claimed.push((abs) => files.has(abs));
    const sequence = patchSequence(root, kustomizations, closure);
    results.push(...judgeBuilt(built, root, files, sequence, run, display, inScope));
  }
  // A component that no kustomization in the tree uses cannot be built alone. Its resources are whole objects and are
  // scanned as plain manifests; its patches are fragments of objects built elsewhere, judged only through a build.
  for (const k of found) {
    if (!k.component || used.has(k.dir)) continue;
    const patchFiles = new Set(k.patches.map((p) => real(p.file)).filter((f) => f !== real(k.file)));
    if (patchFiles.size === 0) continue;
    claimed.push((abs) => patchFiles.has(abs));
    run.note('a Kustomize component that no kustomization in the scanned tree uses; its patches are not scanned on their own (scan the kustomization that uses it)', display(k.dir));
  }
  const claims = (file: string, realPath?: string) => {
    if (claimed.length === 0) return false; // most trees: no need to resolve every file's path
    const abs = realPath ?? real(file);
    return claimed.some((c) => c(abs));
  };
  return { claims, results };
}

/**
 * `work` on every item, a few at once; the promises in the items' order. One more than the cores: while this thread
 * judges one build (and so starts no other), the cores still have builds to run.
 */
function inParallel<T, R>(items: T[], work: (item: T) => Promise<R>): Array<Promise<R>> {
  const limit = availableParallelism() + 1;
  const started: Array<Promise<R>> = [];
  const slots: Array<Promise<unknown>> = [];
  items.forEach((item, i) => {
    // Item i starts when item i - limit has finished, so no more than `limit` run at a time.
    const after = i >= limit ? slots[i - limit] : Promise.resolve();
    const p = after.then(() => work(item));
    started.push(p);
    slots.push(p.catch(() => undefined));
  });
  return started;
}

/** The outermost folder holding Chart.yaml above a folder, up to the repository root (subcharts render with it). */
export function chartFinder(): (dir: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  const find = (dir: string): string | undefined => {
    if (cache.has(dir)) return cache.get(dir);
    const parent = dirname(dir);
    const above = parent === dir || existsSync(join(dir, '.git')) ? undefined : find(parent);
    const chart = above ?? (existsSync(join(dir, 'Chart.yaml')) ? dir : undefined);
    cache.set(dir, chart);
    return chart;
  };
  return find;
}

function renderHelm(chart: string, run: Run, options: TreeOptions, display: (abs: string) => string, inScope: (abs: string) => boolean): InputResult[] {
  const setting = options.charts?.find((c) => real(c.path) === chart);
  const out = renderChart(chart, setting?.values ?? [], options.kubeVersion);
  if ('missing' in out) {
    run.note('a Helm chart; install helm to scan it rendered', display(chart));
    return [];
  }
  if ('error' in out) {
    run.note(`helm template failed: ${out.error}`, display(chart));
    return [];
  }
  const byTemplate = new Map<string, string[]>();
  for (const d of out.documents) byTemplate.set(d.template, [...(byTemplate.get(d.template) ?? []), d.text]);
  const results: InputResult[] = [];
  for (const [template, texts] of byTemplate) {
    const abs = join(chart, template);
    if (!inScope(abs)) continue;
    let source = '';
    try {
      source = readFileSync(abs, 'utf8');
    } catch {
      // a template helm read but we cannot: findings stay on the first line
    }
    const name = display(abs);
    const result: InputResult = { file: name, findings: [], resources: 0, notes: [] };
    const kinds = new Map<string, number>();
    for (const text of texts) {
      const judged = run.evaluate({ file: name, text });
      const resources = judged.source?.resources ?? [];
      const ordinals = resources.map((r) => {
        const kind = String(r.value.kind);
        const n = kinds.get(kind) ?? 0;
        kinds.set(kind, n + 1);
        return n;
      });
      for (const f of judged.findings) {
        const r = f.resourceIndex !== undefined ? resources[f.resourceIndex] : undefined;
        const kind = r ? String(r.value.kind) : f.resource?.kind ?? '';
        const spot = placeInTemplate(source, kind, r ? ordinals[f.resourceIndex!] : 0, r?.value, r ? f.pathSegments ?? [] : []);
        result.findings.push(placed(f, name, spot));
      }
      merge(result, judged);
    }
    result.findings.sort(compareFindings);
    results.push(result);
  }
  return results;
}

/**
 * Patches in the order kustomize applies them: bases' and components' before their user's own. A kustomization's
 * patches apply to what it builds; a component's, to what the kustomization using it builds.
 */
function patchSequence(root: Kustomization, all: Map<string, Kustomization | undefined>, closure: (k: Kustomization) => Set<string>): PatchOnPath[] {
  const out: PatchOnPath[] = [];
  const seen = new Set<Kustomization>();
  const visit = (k: Kustomization, covered: Set<string>) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const dir of k.uses) {
      const base = all.get(dir);
      if (base) visit(base, closure(base));
    }
    for (const dir of k.components) {
      const component = all.get(dir);
      if (component) visit(component, covered);
    }
    for (const patch of k.patches) out.push({ patch, covers: (origin) => origin === undefined || covered.has(origin) });
  };
  visit(root, closure(root));
  return out;
}

/** One result per file of the root (those without findings too, so that the summary counts what was read). */
function judgeBuilt(
  built: { text: string; origins: string },
  root: Kustomization,
  files: Set<string>,
  sequence: PatchOnPath[],
  run: Run,
  display: (abs: string) => string,
  inScope: (abs: string) => boolean,
): InputResult[] {
  const byFile = new Map<string, InputResult>();
  const resultFor = (abs: string) => {
    let r = byFile.get(abs);
    if (!r) byFile.set(abs, (r = { file: display(abs), findings: [], resources: 0, notes: [] }));
    return r;
  };
  for (const file of [...files].sort()) if (inScope(file)) resultFor(file);
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    return texts.get(file);
  };
  for (const resource of sourceResources(parseSource(built.text))) {
    const origin = originFile(resource.value, built.origins);
    const from = real(origin ?? root.file);
    const judged = run.evaluate({ file: display(from), object: withoutBuildMetadata(resource.value) });
    for (const f of judged.findings) {
      const at = placeKustomized(resource.value, origin && real(origin), origin && textOf(origin), sequence, f.pathSegments ?? []);
      const file = real(at.file ?? root.file);
      if (inScope(file)) resultFor(file).findings.push(placed(f, display(file), at.spot));
    }
    merge(resultFor(from), judged);
  }
  for (const r of byFile.values()) r.findings.sort(compareFindings);
  return [...byFile.values()];
}

/** The finding at its place in the file a person edits. Its identity (resource as deployed, rule, path) stays. */
function placed(f: Finding, file: string, spot: Spot): Finding {
  const out: Finding = { ...f, file, line: spot.line, column: spot.column, endLine: spot.endLine, endColumn: spot.endColumn, exact: spot.exact };
  // Edits and offsets are the rendered object's; `podguard fix` edits the file itself, where it can.
  delete out.offsets;
  delete out.fix;
  delete out.resourceIndex;
  out.fixable = false;
  out.fixSafety = null;
  return out;
}

function merge(into: InputResult, judged: InputResult): void {
  into.resources += judged.resources;
  into.notes.push(...judged.notes);
  if (judged.unreadKinds) mergeUnread((into.unreadKinds ??= {}), judged.unreadKinds);
}
