// Applies the rules' edits to manifest text as small splices, so untouched bytes stay as they were: comments, key
// order, quoting, flow or block style, indentation, CRLF and the final newline. Each splice is checked by parsing
// the result and comparing it with the same edit applied to the object; a splice that does not match is dropped
// with a reason rather than written.
import { Scalar, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath, type Edit, type Path } from '../engine/field.js';
import { aliasBlocking } from '../source/locate.js';
import { parseSource } from '../source/parse.js';
import { sourceResources } from '../source/resources.js';
import { isMap, isPair, isScalar, isSeq, pairsOf } from '../source/yaml-nodes.js';
import { applyEdits } from './edits.js';

export interface ResourceEdit {
  /** Index of the resource in its file, as in Finding.resourceIndex. */
  resourceIndex: number;
  edit: Edit;
}

export interface FixOutcome {
  text: string;
  applied: ResourceEdit[];
  skipped: Array<ResourceEdit & { reason: string }>;
}

class Skip extends Error {}

export function applyTextEdits(original: string, edits: ResourceEdit[], options: { json?: boolean } = {}): FixOutcome {
  let text = original;
  const applied: ResourceEdit[] = [];
  const skipped: FixOutcome['skipped'] = [];
  for (const re of edits) {
    const parsed = parseSource(text);
    const resource = sourceResources(parsed)[re.resourceIndex];
    if (parsed.problems.length > 0 || !resource?.node) {
      skipped.push({ ...re, reason: 'the file does not parse cleanly' });
      continue;
    }
    try {
      const splice = new Splicer(text, options.json ?? false).plan(resource.node, re.edit);
      const next = text.slice(0, splice.start) + splice.insert + text.slice(splice.end);
      // The check: the new text must hold exactly the object the edit describes.
      const expected = applyEdits(resource.value, [re.edit]);
      const reparsed = parseSource(next);
      const actual = sourceResources(reparsed)[re.resourceIndex]?.value;
      if (reparsed.problems.length > 0 || !deepEqual(actual, expected)) throw new Skip('the edit could not be written without changing something else');
      text = next;
      applied.push(re);
    } catch (e) {
      if (!(e instanceof Skip)) throw e;
      skipped.push({ ...re, reason: e.message });
    }
  }
  return { text, applied, skipped };
}

interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** Where the path leads: the deepest node found, and the pair holding it when it is a map value. */
interface Walk {
  node: Node;
  /** The pair whose value is `node` (absent for the root and for list items). */
  pair?: Pair;
  /** How many path segments were found. */
  depth: number;
  /** The pair of the last segment when it exists with an empty (null) value. */
  emptyPair?: Pair;
}

class Splicer {
  private readonly nl: string;
  private readonly unit: number;

  constructor(
    private readonly text: string,
    private readonly json: boolean,
  ) {
    this.nl = text.includes('\r\n') ? '\r\n' : '\n';
    this.unit = indentUnit(text);
  }

  plan(root: Node, edit: Edit): Splice {
    const walk = this.walk(root, edit.path);
    const complete = walk.depth === edit.path.length;
    switch (edit.op) {
      case 'set':
        if (complete) return this.replaceValue(walk.node, edit.value);
        return this.insertMissing(walk, edit.path.slice(walk.depth), edit.value);
      case 'append':
        if (!complete) return this.insertMissing(walk, edit.path.slice(walk.depth), [edit.value]);
        if (!isSeq(walk.node)) throw new Skip(`${formatPath(edit.path)} is not a list`);
        return this.appendItem(walk.node, edit.value);
      case 'removeItem': {
        if (!complete || !isSeq(walk.node)) throw new Skip(`${formatPath(edit.path)} is not a list`);
        const index = walk.node.findIndex((item) => isScalar(item) && item.value === edit.value);
        if (index < 0) throw new Skip(`${formatPath(edit.path)} does not hold ${String(edit.value)}`);
        return this.removeEntry(walk.node, index, walk.pair);
      }
      case 'remove': {
        if (!complete || !walk.pair) throw new Skip(`${formatPath(edit.path)} is not there`);
        const parent = this.walk(root, edit.path.slice(0, -1));
        if (!isMap(parent.node)) throw new Skip(`${formatPath(edit.path)} is not in a map`);
        return this.removeEntry(parent.node, pairsOf(parent.node).indexOf(walk.pair), parent.pair);
      }
    }
  }

  private walk(root: Node, path: Path): Walk {
    const blocked = aliasBlocking(root, path);
    if (blocked) throw new Skip(blocked);
    let at: Walk = { node: root, depth: 0 };
    for (const seg of path) {
      const node = at.node;
      if (typeof seg === 'number') {
        const item = isSeq(node) ? (node[seg] as Node | undefined) : undefined;
        if (!item) return at;
        at = { node: item, depth: at.depth + 1 };
      } else {
        const pair = isMap(node) ? (pairsOf(node).find((p) => isScalar(p.key) && p.key.value === seg) as Pair<Node, Node | null> | undefined) : undefined;
        if (!pair) return at;
        const value = pair.value;
        if (!value || (isScalar(value) && value.value === null)) return { ...at, emptyPair: pair };
        at = { node: value, pair, depth: at.depth + 1 };
      }
    }
    return at;
  }

  // --- set ---

  private replaceValue(node: Node, value: unknown): Splice {
    const [start, end] = node.range!;
    if (isScalar(node) && !isObject(value)) return { start, end, insert: this.scalar(value, node.type) };
    if (isScalar(node) || (isCollection(node) && node.flow)) return { start, end, insert: this.flow(value) };
    throw new Skip('replacing a block collection is not supported');
  }

  /** Adds `rest[0]: …` (nesting the rest of the path) where the path stops. */
  private insertMissing(walk: Walk, rest: Path, value: unknown): Splice {
    if (rest.some((s) => typeof s === 'number')) throw new Skip('the path needs a list item that does not exist');
    const nested = rest.slice(1).reduceRight<unknown>((v, key) => ({ [key]: v }), value);
    const key = String(rest[0]);
    // The walk stopped at `key:` with no value: that pair is rest[0], and it takes what lies below it.
    if (walk.emptyPair) return this.fillEmpty(walk.emptyPair, nested);
    if (!isMap(walk.node)) throw new Skip('the parent is not a map');
    return this.addPair(walk.node, key, nested);
  }

  /** `key:` gets a block below it; `key: null` (or `~`) an inline value in its place. */
  private fillEmpty(pair: Pair, value: unknown): Splice {
    const keyNode = pair.key as Node;
    const colon = this.text.indexOf(':', keyNode.range![1]);
    const nullNode = pair.value as Node | null;
    const written = !!nullNode?.range && nullNode.range[1] > nullNode.range[0];
    const end = written ? nullNode!.range![1] : colon + 1;
    if (this.json || written || !isPlainObject(value)) return { start: colon + 1, end, insert: ' ' + this.flow(value) };
    return { start: colon + 1, end, insert: this.block(value, columnOf(this.text, keyNode.range![0]) + this.unit) };
  }

  private addPair(map: YAMLMap, key: string, value: unknown): Splice {
    const last = pairsOf(map).at(-1) as Pair<Node, Node | null> | undefined;
    if (map.flow) {
      const close = this.text.lastIndexOf('}', map.range![1] - 1);
      if (!last) return { start: close, end: close, insert: `${this.key(key)}: ${this.flow(value)}` };
      const lastEnd = endOf(last);
      if (this.multiline(map)) {
        const indent = ' '.repeat(columnOf(this.text, (last.key as Node).range![0]));
        return { start: lastEnd, end: lastEnd, insert: `,${this.nl}${indent}${this.key(key)}: ${this.flow(value, indent)}` };
      }
      return { start: lastEnd, end: lastEnd, insert: `, ${this.key(key)}: ${this.flow(value)}` };
    }
    if (!last) throw new Skip('an empty block map');
    const column = columnOf(this.text, (last.key as Node).range![0]);
    const at = this.lineEndAfter(this.contentEnd(endOf(last), column));
    return { start: at, end: at, insert: this.nl + ' '.repeat(column) + this.pairText(key, value, column) };
  }

  // --- lists ---

  private appendItem(seq: YAMLSeq, value: unknown): Splice {
    const last = seq.at(-1) as Node | undefined;
    if (seq.flow) {
      if (!last) {
        const close = this.text.lastIndexOf(']', seq.range![1] - 1);
        return { start: close, end: close, insert: this.flow(value) };
      }
      const end = last.range![1];
      const item = this.like(last, value);
      if (this.multiline(seq)) {
        return { start: end, end, insert: `,${this.nl}${' '.repeat(columnOf(this.text, last.range![0]))}${item}` };
      }
      return { start: end, end, insert: `, ${item}` };
    }
    if (!last) throw new Skip('an empty block list');
    const dash = this.text.lastIndexOf('-', last.range![0] - 1);
    const at = this.lineEndAfter(this.contentEnd(last.range![1], columnOf(this.text, dash)));
    return { start: at, end: at, insert: `${this.nl}${' '.repeat(columnOf(this.text, dash))}- ${this.like(last, value)}` };
  }

  /** Removes entry `index` of a map or list; an emptied block collection becomes {} or []. */
  private removeEntry(collection: YAMLMap | YAMLSeq, index: number, holder?: Pair): Splice {
    const items: Array<Node | Pair> = isSeq(collection) ? [...(collection as YAMLSeq<Node>)] : pairsOf(collection);
    const span = (i: number): [number, number] => {
      const item = items[i];
      return isPair(item) ? [(item.key as Node).range![0], endOf(item)] : [(item as Node).range![0], (item as Node).range![1]];
    };
    if (collection.flow) {
      if (items.length === 1) return { start: span(0)[0], end: span(0)[1], insert: '' };
      if (index < items.length - 1) return { start: span(index)[0], end: span(index + 1)[0], insert: '' };
      return { start: span(index - 1)[1], end: span(index)[1], insert: '' };
    }
    if (items.length === 1) {
      if (!holder) throw new Skip('removing the last entry of a top-level collection');
      const colon = this.text.indexOf(':', (holder.key as Node).range![1]);
      const end = this.lineEndAfter(span(0)[1]);
      return { start: colon + 1, end, insert: (isSeq(collection) ? ' []' : ' {}') + this.keptComments(colon + 1, end, span(0)[0], true) };
    }
    // Whole lines: from the start of the entry's line (its dash, for a list) to the start of the next line.
    const [start, end] = span(index);
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    if (this.text.slice(lineStart, start).trim() !== '' && !/^\s*-\s*$/.test(this.text.slice(lineStart, start))) {
      throw new Skip('the entry shares its line with another');
    }
    const stop = this.lineEndAfter(end);
    const kept = this.keptComments(lineStart, stop, start, false);
    return { start: lineStart, end: Math.min(this.text.length, stop + (this.text.startsWith('\r\n', stop) ? 2 : 1)), insert: kept && kept.slice(this.nl.length) + this.nl };
  }

  /**
   * The comments in text[from, to) that a removal would take with it, each on a line of its own at the removed
   * entry's indentation (each after a newline). A comment often says why a value is there: the reader of the fix
   * should still see it.
   */
  private keptComments(from: number, to: number, entry: number, flowOnly: boolean): string {
    const lineStart = this.text.lastIndexOf('\n', entry - 1) + 1;
    const indent = /^[ \t]*/.exec(this.text.slice(lineStart))![0];
    const found = commentsIn(this.text.slice(from, to));
    if (flowOnly && found.length === 1) return `  ${found[0]}`;
    return found.map((c) => `${this.nl}${indent}${c}`).join('');
  }

  // --- rendering ---

  /** A new list item written the way its neighbour is (quoted if it is quoted). */
  private like(neighbour: Node, value: unknown): string {
    return isScalar(neighbour) && !isObject(value) ? this.scalar(value, neighbour.type) : this.flow(value);
  }

  /**
   * Backs `offset` up past trailing blank lines and the comment lines indented no deeper than `column`: those
   * introduce what follows, while deeper ones close the block above and stay with it.
   */
  private contentEnd(offset: number, column: number): number {
    let end = offset;
    for (;;) {
      const trimmed = this.text.slice(0, end).replace(/\s+$/, '');
      const lineStart = trimmed.lastIndexOf('\n') + 1;
      const line = trimmed.slice(lineStart);
      const indent = line.length - line.trimStart().length;
      if (!line.trimStart().startsWith('#') || indent > column || lineStart === 0) return trimmed.length;
      end = lineStart;
    }
  }

  private key(key: string): string {
    return this.json ? JSON.stringify(key) : this.scalar(key);
  }

  private scalar(value: unknown, type?: Scalar['type']): string {
    if (this.json) return JSON.stringify(value);
    if (typeof value === 'string' && type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
    if (typeof value === 'string' && type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
    return stringify(value).trimEnd();
  }

  /** Inline rendering; JSON objects spread over lines when their map does. */
  private flow(value: unknown, indent?: string): string {
    if (this.json) {
      if (indent === undefined) return jsonInline(value);
      return JSON.stringify(value, null, this.unit).replace(/\n/g, this.nl + indent);
    }
    if (!isObject(value)) return this.scalar(value);
    return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false }).trimEnd();
  }

  /** Block rendering of `key: value` at `column`; nested objects go on their own lines, lists stay inline. */
  private pairText(key: string, value: unknown, column: number): string {
    if (this.json || !isPlainObject(value)) return `${this.key(key)}: ${this.flow(value)}`;
    return `${this.key(key)}:${this.block(value, column + this.unit)}`;
  }

  private block(value: Record<string, unknown>, column: number): string {
    return Object.entries(value).map(([k, v]) => this.nl + ' '.repeat(column) + this.pairText(k, v, column)).join('');
  }

  private multiline(collection: YAMLMap | YAMLSeq): boolean {
    const [start, end] = collection.range!;
    return this.text.slice(start, end).includes('\n');
  }

  /** The end of the line holding `offset` (before its newline), past any comment there. */
  private lineEndAfter(offset: number): number {
    let at = offset;
    if (at > 0 && this.text[at - 1] === '\n') at--;
    if (at > 0 && this.text[at - 1] === '\r') at--;
    const nl = this.text.indexOf('\n', at);
    if (nl === -1) return this.text.length;
    return this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }
}

/** The comments in YAML lines: a # at the start of a line or after a space, outside quotes. */
function commentsIn(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === quote && !(quote === '"' && line[i - 1] === '\\')) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
        out.push(line.slice(i).trimEnd());
        break;
      }
    }
  }
  return out;
}

/** JSON on one line with a space after `:` and `,`, as people write it inline. */
function jsonInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonInline).join(', ')}]`;
  if (isPlainObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsonInline(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return isObject(v) && !Array.isArray(v);
}

function isCollection(n: Node): n is YAMLMap | YAMLSeq {
  return isMap(n) || isSeq(n);
}

/** The end of a pair's value text (or of its key, when the value is empty). */
function endOf(pair: Pair): number {
  const value = pair.value as Node | null;
  if (value?.range && value.range[1] > value.range[0]) return value.range[1];
  return (pair.key as Node).range![1];
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The file's indentation step: the most common increase between consecutive indented lines; 2 if unsure. */
function indentUnit(text: string): number {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    const step = indent - previous;
    if (step > 0 && step <= 8) counts.set(step, (counts.get(step) ?? 0) + 1);
    previous = indent;
  }
  let best = 2;
  let most = 0;
  for (const [step, n] of counts) if (n > most || (n === most && step < best)) [best, most] = [step, n];
  return best;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
