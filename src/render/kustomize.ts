// Kustomizations: what each one reads and builds on (to find the roots, and the files not to scan again as plain
// manifests), its patches (to place findings on them), and the build of a root with origin annotations switched on.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, Scalar } from 'yaml';
import { quietEmptyDocuments } from '../source/parse.js';
import { isPlainObject } from '../source/resources.js';
import { isScalar, nodeAt, rootOf } from '../source/yaml-nodes.js';
import { findTool, runToolAsync } from './tools.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Which resources a patch applies to; without one, a strategic-merge patch applies to its own kind and name. */
export interface Selector {
  kind?: string;
  name?: string;
}

/** A patch, in its own file or written inside a kustomization. */
export interface Patch {
  /** The file a person edits: the patch file, or the kustomization holding it inline. */
  file: string;
  text: string;
  target?: Selector;
  /** For an inline patch: where its text stands in `file` (a block string maps line for line), else its key. */
  inline?: { firstLine: number; indent: number; block: boolean };
}

export interface Kustomization {
  file: string;
  dir: string;
  component: boolean;
  /** Kustomization folders it builds on, in build order: resources and bases, then components. */
  uses: string[];
  components: string[];
  /** Local files it reads (resources, patches, configuration of transformers). */
  reads: string[];
  /** Its own patches, in the order kustomize applies them. */
  patches: Patch[];
  /** It names resources by URL, which kustomize fetches itself. */
  remote: boolean;
}

/** The kustomization file in a folder, if the folder is a kustomization. */
export function kustomizationIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this name
    }
  }
  return undefined;
}

const isRemote = (ref: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^(git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/.test(ref);

/** Reads a kustomization; throws an Error with a one-line message when it is not readable YAML. */
export function readKustomization(file: string): Kustomization {
  const dir = dirname(file);
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(quietEmptyDocuments(text), { lineCounter, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) throw new Error(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const value = doc.toJS();
  const k: Kustomization = { file, dir, component: false, uses: [], components: [], reads: [], patches: [], remote: false };
  if (!isPlainObject(value)) return k;
  k.component = value.kind === 'Component';
  const strings = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []).filter((v): v is string => typeof v === 'string');
  const local = (ref: string) => {
    if (isRemote(ref)) {
      k.remote = true;
      return undefined;
    }
    return resolve(dir, ref);
  };
  for (const ref of [...strings('resources'), ...strings('bases'), ...strings('crds')]) {
    const path = local(ref);
    if (!path) continue;
    if (isDirectory(path)) k.uses.push(path);
    else k.reads.push(path);
  }
  for (const ref of strings('components')) {
    const path = local(ref);
    if (path) k.components.push(path);
  }
  for (const key of ['transformers', 'generators', 'validators', 'configurations']) {
    for (const ref of strings(key)) {
      const path = local(ref);
      if (path && !isDirectory(path)) k.reads.push(path);
    }
  }
  const inline = (path: Array<string | number>): Patch['inline'] => {
    const node = nodeAt(rootOf(doc), path);
    if (!node?.range) return undefined;
    const at = lineCounter.linePos(node.range[0]);
    const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    if (!block) return { firstLine: at.line, indent: at.col - 1, block };
    // A block string's text starts on the line after its indicator, indented by the block's indentation.
    const lines = text.slice(node.range[0]).split('\n').slice(1);
    const indent = lines.find((l) => l.trim() !== '')?.match(/^ */)![0].length ?? 0;
    return { firstLine: at.line + 1, indent, block };
  };
  const addPatch = (entry: unknown, path: Array<string | number>, file?: string) => {
    if (typeof entry === 'string') {
      // patchesStrategicMerge takes a file name or the patch itself.
      if (!entry.includes('\n') && !entry.trim().startsWith('{')) {
        const at = local(entry);
        if (at) k.reads.push(at), k.patches.push({ file: at, text: readOr(at) });
      } else k.patches.push({ file: k.file, text: entry, inline: inline(path) });
      return;
    }
    if (!isPlainObject(entry)) return;
    const target = isPlainObject(entry.target) ? selector(entry.target) : undefined;
    if (typeof entry.path === 'string') {
      const at = local(entry.path);
      if (at) k.reads.push(at), k.patches.push({ file: at, text: readOr(at), target });
    } else if (typeof entry.patch === 'string') {
      k.patches.push({ file: file ?? k.file, text: entry.patch, target, inline: inline([...path, 'patch']) });
    }
  };
  // kustomize applies the old fields' patches before `patches`.
  for (const key of ['patchesStrategicMerge', 'patchesJson6902', 'patches']) {
    const list = value[key];
    if (Array.isArray(list)) list.forEach((entry, i) => addPatch(entry, [key, i]));
  }
  return k;
}

function selector(target: Record<string, unknown>): Selector {
  const s: Selector = {};
  if (typeof target.kind === 'string') s.kind = target.kind;
  if (typeof target.name === 'string') s.name = target.name;
  return s;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The program that builds kustomizations here: kustomize, else kubectl (which ships it). */
export function kustomizeTool(): { tool: string; args: string[] } | undefined {
  const kustomize = findTool('kustomize');
  if (kustomize) return { tool: kustomize, args: ['build'] };
  const kubectl = findTool('kubectl');
  return kubectl ? { tool: kubectl, args: ['kustomize'] } : undefined;
}

export type BuildOutcome = { text: string; origins: string } | { error: string };

/**
 * Builds a root through a temporary kustomization that lists it as its one resource and asks for origin and
 * transformer annotations: the user's files are not touched. Origin paths in the output are relative to `origins`.
 */
export async function buildKustomization(rootDir: string, tool: { tool: string; args: string[] }): Promise<BuildOutcome> {
  const temp = realpathSync(mkdtempSync(join(tmpdir(), 'podguard-kustomize-')));
  try {
    const body = `resources:\n- ${JSON.stringify(relative(temp, realpathSync(rootDir)))}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`;
    writeFileSync(join(temp, 'kustomization.yaml'), body);
    const out = await runToolAsync(tool.tool, [...tool.args, temp]);
    return 'error' in out ? { error: out.error.replace(temp, '<temporary>') } : { text: out.stdout, origins: temp };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export const ORIGIN = 'config.kubernetes.io/origin';
export const TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations';

/** The local file a rendered object came from, per its origin annotation (absent for remote and generated ones). */
export function originFile(object: Record<string, unknown>, origins: string): string | undefined {
  const meta = isPlainObject(object.metadata) ? object.metadata : {};
  const annotations = isPlainObject(meta.annotations) ? meta.annotations : {};
  const origin = annotations[ORIGIN];
  if (typeof origin !== 'string') return undefined;
  const value = parseDocument(origin, { logLevel: 'silent' }).toJS();
  if (!isPlainObject(value) || typeof value.path !== 'string' || value.repo !== undefined || value.configuredIn !== undefined) return undefined;
  const file = resolve(origins, value.path);
  return existsSync(file) ? file : undefined;
}

/** The object as it is deployed: without the annotations asked for only to place findings. */
export function withoutBuildMetadata(object: Record<string, unknown>): Record<string, unknown> {
  const meta = isPlainObject(object.metadata) ? object.metadata : undefined;
  const annotations = meta && isPlainObject(meta.annotations) ? { ...meta.annotations } : undefined;
  if (!meta || !annotations) return object;
  delete annotations[ORIGIN];
  delete annotations[TRANSFORMATIONS];
  const { annotations: _, ...rest } = meta;
  return { ...object, metadata: Object.keys(annotations).length > 0 ? { ...rest, annotations } : rest };
}
