// Places a finding on a rendered resource where a person edits it: the line of a chart template, of the patch that
// set the value, or of the base file the resource came from. Paths are the rendered object's; list items are
// matched by name, since a template, a patch and a base may order or hold them differently.
import type { Path } from '../engine/field.js';
import { locate } from '../source/locate.js';
import { parseSource, type ParsedSource } from '../source/parse.js';
import type { Node } from 'yaml';
import { isPlainObject, sourceResources } from '../source/resources.js';
import { rootOf } from '../source/yaml-nodes.js';
import type { Patch, Selector } from './kustomize.js';

export interface Spot {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** False when the key itself is not in the file and the spot is where it belongs, or the resource. */
  exact: boolean;
}

/** The rendered object's path with each index of a named item replaced by a matcher on that name. */
type Step = string | { index: number; name?: string };

function steps(object: unknown, path: Path): Step[] {
  let node = object;
  return path.map((seg) => {
    const next = isPlainObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[seg] : undefined;
    node = next;
    if (typeof seg === 'string') return seg;
    const name = isPlainObject(next) && typeof next.name === 'string' ? next.name : undefined;
    return { index: seg, name };
  });
}

// ---- Helm templates: walked line by line, by indentation, since a template is not YAML until rendered.

interface Line {
  n: number;
  indent: number;
  text: string;
}

const templateOnly = (text: string) => text === '' || text.startsWith('#') || (text.startsWith('{{') && text.endsWith('}}'));
const keyPattern = (key: string) => new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:(\\s|$)`);

/** The template's documents, as lines that can carry YAML (template-only lines, comments and blanks left out). */
function templateDocuments(text: string): Array<{ first: number; lines: Line[]; kinds: string[] }> {
  const docs: Array<{ first: number; lines: Line[]; kinds: string[] }> = [];
  let current: Line[] = [];
  const close = () => {
    if (current.length === 0) return;
    const kinds = current.filter((l) => l.indent === 0 && /^kind\s*:/.test(l.text)).map((l) => l.text.replace(/^kind\s*:\s*/, '').replace(/["']/g, '').trim());
    docs.push({ first: current[0].n, lines: current, kinds });
    current = [];
  };
  text.split('\n').forEach((raw, i) => {
    if (/^---(\s|$)/.test(raw)) return close();
    const text = raw.trim();
    if (!templateOnly(text)) current.push({ n: i + 1, indent: raw.length - raw.trimStart().length, text });
  });
  close();
  return docs;
}

/** The lines under `lines[at]`: those indented deeper, and a list written at the key's own indentation. */
function under(lines: Line[], at: number): Line[] {
  const head = lines[at];
  const out: Line[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.indent > head.indent || (l.indent === head.indent && l.text.startsWith('-') && /:\s*$/.test(head.text))) out.push(l);
    else break;
  }
  return out;
}

/** A list item's lines, its dash taken off the first so that its keys stand at one indentation. */
function item(lines: Line[], at: number): Line[] {
  const head = lines[at];
  const rest = head.text.slice(1).trimStart();
  const first = { n: head.n, indent: head.indent + (head.text.length - rest.length), text: rest };
  const out = rest === '' ? [] : [first];
  for (let i = at + 1; i < lines.length && lines[i].indent > head.indent; i++) out.push(lines[i]);
  return out;
}

function walk(block: Line[], path: Step[]): Line | undefined {
  let lines = block;
  let found: Line | undefined;
  for (const step of path) {
    if (lines.length === 0) return undefined;
    const top = Math.min(...lines.map((l) => l.indent));
    if (typeof step === 'string') {
      const at = lines.findIndex((l) => l.indent === top && keyPattern(step).test(l.text));
      if (at === -1) return undefined;
      found = lines[at];
      lines = under(lines, at);
    } else {
      const items = lines.flatMap((l, i) => (l.indent === top && l.text.startsWith('-') ? [i] : []));
      const named = step.name === undefined ? -1 : items.findIndex((i) => item(lines, i).some((l) => nameLine(l, step.name!)));
      const at = named !== -1 ? items[named] : items[step.index];
      if (at === undefined) return undefined;
      const itemLines = item(lines, at);
      found = lines[at];
      lines = itemLines;
    }
  }
  return found;
}

function nameLine(l: Line, name: string): boolean {
  const m = /^name\s*:\s*(.*)$/.exec(l.text);
  return !!m && m[1].replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '') === name;
}

/**
 * Where a finding on a rendered document stands in its template: the offending key's line when the key is written
 * there, else the first line of the resource's document. `ordinal` counts the documents of this kind the template
 * rendered before this one.
 */
export function placeInTemplate(template: string, kind: string, ordinal: number, object: unknown, path: Path): Spot {
  const docs = templateDocuments(template);
  const sameKind = docs.filter((d) => d.kinds.includes(kind));
  const doc = sameKind[Math.min(ordinal, sameKind.length - 1)] ?? docs[0];
  if (!doc) return { line: 1, column: 1, endLine: 1, endColumn: 1, exact: false };
  const key = path.length > 0 ? walk(doc.lines, steps(object, path)) : undefined;
  const at = key ?? doc.lines[0];
  return { line: at.n, column: at.indent + 1, endLine: at.n, endColumn: at.indent + 1 + at.text.length, exact: !!key };
}

// ---- Kustomize: the last patch that sets the value, else the origin file.

const parsedCache = new Map<string, ParsedSource>();
function parsed(text: string): ParsedSource {
  let p = parsedCache.get(text);
  if (!p) {
    if (parsedCache.size > 256) parsedCache.clear();
    parsedCache.set(text, (p = parseSource(text)));
  }
  return p;
}

/**
 * The same path in another version of the object (a patch, a base): named items by their name, others by position.
 * It stops before a named item that version does not hold, since another item at that position is another thing.
 */
function translate(value: unknown, path: Step[]): { path: Path; complete: boolean } {
  const out: Array<string | number> = [];
  let node = value;
  for (const step of path) {
    if (typeof step === 'string') {
      out.push(step);
      node = isPlainObject(node) ? node[step] : undefined;
      continue;
    }
    const list = Array.isArray(node) ? node : [];
    const index = step.name === undefined ? step.index : list.findIndex((i) => isPlainObject(i) && i.name === step.name);
    if (index === -1) return { path: out, complete: false };
    out.push(index);
    node = list[index];
  }
  return { path: out, complete: true };
}

/** Whether the path is all there in the value. */
function has(value: unknown, path: Path): boolean {
  let node = value;
  for (const seg of path) {
    if (!(isPlainObject(node) || Array.isArray(node)) || !Object.hasOwn(node, seg)) return false;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return true;
}

function matches(pattern: string | undefined, names: string[]): boolean {
  if (pattern === undefined) return true;
  try {
    const re = new RegExp(`^(?:${pattern})$`);
    return names.some((n) => re.test(n));
  } catch {
    return names.includes(pattern);
  }
}

function targets(target: Selector | undefined, kind: string, names: string[], value: Record<string, unknown>): boolean {
  if (target) return (target.kind === undefined || target.kind === kind) && matches(target.name, names);
  const meta = isPlainObject(value.metadata) ? value.metadata : {};
  return value.kind === kind && typeof meta.name === 'string' && names.includes(meta.name);
}

function pointer(path: string): Array<string | number> {
  return path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Whether a JSON pointer's segments lead to (or through) the rendered path. */
function pointsInto(ptr: Array<string | number>, path: Path): boolean {
  return ptr.length <= path.length && ptr.every((seg, i) => seg === path[i] || (seg === '-' && typeof path[i] === 'number'));
}

/** Where the patch sets the value at `path`, as a spot in the patch's text, if it does. */
function inPatch(patch: Patch, kind: string, names: string[], object: unknown, path: Path): Spot | undefined {
  const source = parsed(patch.text);
  const steps_ = steps(object, path);
  for (let d = source.documents.length - 1; d >= 0; d--) {
    const { doc, value } = source.documents[d];
    const root = rootOf(doc);
    if (Array.isArray(value)) {
      // JSON 6902: the last operation on the path (or a parent of it) decides it.
      if (!patch.target || !targets(patch.target, kind, names, {})) continue;
      for (let i = value.length - 1; i >= 0; i--) {
        const op = value[i];
        if (!isPlainObject(op) || typeof op.path !== 'string') continue;
        const ptr = pointer(op.path);
        if (!pointsInto(ptr, path)) continue;
        const rest = path.slice(ptr.length);
        let at: Path | undefined;
        if (op.op === 'remove') at = [i, 'path'];
        else if ((op.op === 'add' || op.op === 'replace') && has(op.value, rest)) at = [i, 'value', ...rest];
        else if (op.op === 'copy' || op.op === 'move') at = [i, 'path'];
        const region = at && locate(root, at, source.lineCounter);
        if (region) return { line: region.line, column: region.column, endLine: region.endLine, endColumn: region.endColumn, exact: true };
      }
    } else if (isPlainObject(value) && targets(patch.target, kind, names, value)) {
      const translated = translate(value, steps_);
      if (!translated.complete || !has(value, translated.path)) continue;
      const region = locate(root, translated.path, source.lineCounter);
      if (region?.exact) return { line: region.line, column: region.column, endLine: region.endLine, endColumn: region.endColumn, exact: true };
    }
  }
  return undefined;
}

/** A spot in an inline patch's text, as a spot in the kustomization file that holds it. */
function inFile(patch: Patch, spot: Spot): Spot {
  const inline = patch.inline;
  if (!inline) return spot;
  if (!inline.block) return { line: inline.firstLine, column: inline.indent + 1, endLine: inline.firstLine, endColumn: inline.indent + 1, exact: spot.exact };
  const line = (n: number) => inline.firstLine + n - 1;
  return { line: line(spot.line), column: spot.column + inline.indent, endLine: line(spot.endLine), endColumn: spot.endColumn + inline.indent, exact: spot.exact };
}

export interface PatchOnPath {
  patch: Patch;
  /** Whether the patch applies to objects that came from this origin file (it lies in the patch's kustomization). */
  covers: (origin: string | undefined) => boolean;
}

/**
 * The file and spot a person edits for a finding on a rendered resource: the last patch (in build order) that sets
 * the value, else the key in the origin file, else where it belongs there, else the root's kustomization.
 */
export function placeKustomized(
  rendered: Record<string, unknown>,
  origin: string | undefined,
  originText: string | undefined,
  patches: PatchOnPath[],
  path: Path,
): { file?: string; spot: Spot } {
  const kind = String(rendered.kind);
  const meta = isPlainObject(rendered.metadata) ? rendered.metadata : {};
  const names = typeof meta.name === 'string' ? [meta.name] : [];
  let originRoot: { node: Node | null; value: Record<string, unknown> } | undefined;
  let originSource: ParsedSource | undefined;
  if (originText !== undefined) {
    originSource = parsed(originText);
    // The object in its origin file: same kind, and a name the build prefixed or suffixed.
    const candidates = sourceResources(originSource).filter((r) => r.value.kind === kind);
    const named = candidates.filter((r) => {
      const n = isPlainObject(r.value.metadata) ? r.value.metadata.name : undefined;
      return typeof n === 'string' && names.some((m) => m.includes(n));
    });
    const pick = named.sort((a, b) => nameLength(b.value) - nameLength(a.value))[0] ?? candidates[0];
    if (pick) {
      originRoot = pick;
      const n = isPlainObject(pick.value.metadata) ? pick.value.metadata.name : undefined;
      if (typeof n === 'string' && !names.includes(n)) names.push(n);
    }
  }
  if (path.length > 0) {
    for (let i = patches.length - 1; i >= 0; i--) {
      if (!patches[i].covers(origin)) continue;
      const spot = inPatch(patches[i].patch, kind, names, rendered, path);
      if (spot) return { file: patches[i].patch.file, spot: inFile(patches[i].patch, spot) };
    }
  }
  if (originRoot && originSource) {
    const translated = translate(originRoot.value, steps(rendered, path));
    const region = locate(originRoot.node, translated.path, originSource.lineCounter);
    if (region) return { file: origin, spot: { line: region.line, column: region.column, endLine: region.endLine, endColumn: region.endColumn, exact: region.exact && translated.complete } };
  }
  return { spot: { line: 1, column: 1, endLine: 1, endColumn: 1, exact: false } };
}

function nameLength(value: Record<string, unknown>): number {
  const n = isPlainObject(value.metadata) ? value.metadata.name : undefined;
  return typeof n === 'string' ? n.length : 0;
}
