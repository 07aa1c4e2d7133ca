// Kubernetes reads YAML with go-yaml (kubectl, kustomize, the API server), which like libyaml does not check how
// far the lines continuing a quoted scalar or a flow collection are indented. The YAML spec, and so the `yaml`
// package, wants them deeper than their parent key, and refuses manifests that kubectl applies, such as
//
//       args: ["
//         apk add curl
//       "]
//
// This module finds those continuation lines and indents them further in a copy of the text. That changes no
// value, since leading white space on such a line is folded away, and an offset map leads from the copy back to
// the original. It reads the text as go-yaml's scanner does only as far as it must to tell where such lines are:
// comments, block scalars and plain scalars are stepped over, never changed.
import { parseAllDocuments, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** The errors `yaml` reports for a continuation line it finds too shallow; no other error is retried. */
const SHALLOW_LINE_ERRORS = new Set(['MISSING_CHAR', 'BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

/**
 * The documents to read: those of `strict`, except that where `yaml` failed on such a line, the documents read
 * again from the re-indented copy, with ranges and error positions in the original text. A document read again
 * may still hold an error found past the forgiven lines (a duplicate key), which go-yaml refuses too.
 */
export function readAsKubernetes(
  text: string,
  strict: readonly Document.Parsed[],
  options: ParseOptions & DocumentOptions & SchemaOptions,
): readonly Document.Parsed[] {
  const shallow = (d: Document.Parsed) => d.errors.length > 0 && SHALLOW_LINE_ERRORS.has(d.errors[0].code);
  if (!strict.some(shallow)) return strict;
  const copy = reindentContinuations(text);
  if (!copy) return strict;
  const again = parseAllDocuments(copy.text, options);
  again.forEach((doc) => inOriginal(doc, copy.toOriginal));
  if (again.length === strict.length) {
    return strict.map((doc, i) => (shallow(doc) && !shallow(again[i]) && again[i].range[0] === doc.range[0] ? again[i] : doc));
  }
  // The shallow lines misled `yaml` about where documents end: take the new reading whole, or not at all.
  return again.some(shallow) ? strict : again;
}

function inOriginal(doc: Document.Parsed, at: (offset: number) => number): void {
  // Fresh arrays, since `yaml` may share one range array between nodes.
  visit(doc, {
    Node(_, node) {
      if (node.range) node.range = [at(node.range[0]), at(node.range[1]), at(node.range[2])];
    },
  });
  doc.range = [at(doc.range[0]), at(doc.range[1]), at(doc.range[2])];
  for (const e of [...doc.errors, ...doc.warnings]) e.pos = [at(e.pos[0]), at(e.pos[1])];
}

export interface Reindented {
  /** The copy, with continuation lines indented deeper than where their node opened. */
  text: string;
  /** The offset in the original text of an offset in the copy; an added space maps to its line's start. */
  toOriginal(offset: number): number;
}

interface Insertion {
  /** Offset in the original text (a line start). */
  at: number;
  spaces: number;
}

/** The re-indented copy, or undefined when no line needs it (or go-yaml would refuse the text too). */
export function reindentContinuations(text: string): Reindented | undefined {
  const insertions = new Scanner(text).run();
  if (!insertions || insertions.length === 0) return undefined;
  let copy = '';
  let from = 0;
  const starts: number[] = []; // where each insertion begins in the copy
  for (const { at, spaces } of insertions) {
    copy += text.slice(from, at);
    starts.push(copy.length);
    copy += ' '.repeat(spaces);
    from = at;
  }
  copy += text.slice(from);
  return {
    text: copy,
    toOriginal(offset: number): number {
      // The last insertion starting at or before the offset: everything after it moved by the spaces so far.
      let lo = 0;
      let hi = starts.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k < 0) return offset;
      const into = offset - starts[k];
      if (into < insertions[k].spaces) return insertions[k].at;
      return insertions[k].at + into - insertions[k].spaces;
    },
  };
}

/** go-yaml refuses the text for a reason of its own (a document marker inside a string); leave it refused. */
class Refused extends Error {}

class Scanner {
  private readonly out: Insertion[] = [];
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): Insertion[] | undefined {
    try {
      this.blockLines();
      return this.out;
    } catch (e) {
      if (e instanceof Refused) return undefined;
      throw e;
    }
  }

  /** Block context, line by line. */
  private blockLines(): void {
    const t = this.text;
    // A plain scalar that ended its line continues on lines indented deeper than this; -2 when there is none.
    let plainOwner = -2;
    while (this.pos < t.length) {
      const lineStart = this.pos;
      const indent = this.spacesAt(lineStart);
      const first = lineStart + indent;
      if (this.blankFrom(first) || t[first] === '#') {
        this.pos = this.nextLine(lineStart);
        continue;
      }
      if (plainOwner > -2 && indent > plainOwner) {
        this.pos = this.nextLine(lineStart);
        continue;
      }
      plainOwner = -2;
      if (indent === 0 && t[first] === '%') {
        this.pos = this.nextLine(lineStart);
        continue;
      }
      const marker = this.isDocumentMarker(lineStart);
      this.pos = marker ? first + 3 : first;
      // The column of the innermost block collection holding what follows: a bare line's parent is shallower.
      const end = this.blockLine(marker ? -1 : indent - 1);
      if (end.plain) plainOwner = end.column;
    }
  }

  /**
   * Scans from `pos` to the end of a block-context line (which, after a multi-line quoted scalar or flow
   * collection, is the line where it closes). Leaves `pos` at the start of the next line to read.
   */
  private blockLine(owner: number): { plain: boolean; column: number } {
    const t = this.text;
    for (;;) {
      this.skipBlanks();
      const p = this.pos;
      const c = t[p];
      if (c === undefined || c === '\n' || c === '\r' || c === '#') {
        this.pos = this.nextLine(p);
        return { plain: false, column: owner };
      }
      const next = t[p + 1];
      if ((c === '-' || c === '?' || c === ':') && isBlank(next)) {
        if (c !== ':') owner = this.column(p);
        this.pos = p + 1;
      } else if (c === '&' || c === '!' || c === '*') {
        while (this.pos < t.length && !isBlank(t[this.pos])) this.pos++;
      } else if (c === '"' || c === "'" || c === '[' || c === '{') {
        this.flowNode(this.column(p) + 1, owner);
        // A quoted key (`"name": value`) holds what follows as a plain key does.
        if (t[this.pos] === ':' && isBlank(t[this.pos + 1])) owner = this.column(p);
      } else if (c === '|' || c === '>') {
        this.skipBlockScalar(owner);
        return { plain: false, column: owner };
      } else {
        // A plain scalar: a key when `: ` follows on this line, else a value that may go on below.
        const key = this.plainInBlock();
        if (!key) {
          this.pos = this.nextLine(this.pos);
          return { plain: true, column: owner };
        }
        owner = this.column(p);
      }
    }
  }

  /** Steps over a plain scalar to its `:` indicator (returning true) or to its line's end or comment. */
  private plainInBlock(): boolean {
    const t = this.text;
    for (; this.pos < t.length; this.pos++) {
      const c = t[this.pos];
      if (c === '\n' || c === '\r') return false;
      if (c === '#' && isBlank(t[this.pos - 1])) return false;
      if (c === ':' && isBlank(t[this.pos + 1])) {
        this.pos++;
        return true;
      }
    }
    return false;
  }

  /** Past a block scalar's header line and the content lines below it: blank, or indented deeper than `owner`. */
  private skipBlockScalar(owner: number): void {
    let p = this.nextLine(this.pos);
    while (p < this.text.length) {
      const indent = this.spacesAt(p);
      if (!this.blankFrom(p + indent) && (indent <= owner || this.isDocumentMarker(p))) break;
      p = this.nextLine(p);
    }
    this.pos = p;
  }

  /**
   * Steps over a quoted scalar or flow collection that opens at `pos`, indenting each line that continues it
   * to at least `target`. `owner` is the column of the block collection holding it.
   */
  private flowNode(target: number, owner: number): void {
    const t = this.text;
    const c = t[this.pos];
    if (c === '"' || c === "'") {
      this.quoted(target);
      return;
    }
    let depth = 0;
    let inPlain = false;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      const next = t[this.pos + 1];
      if (ch === '\n') {
        this.pos++;
        // go-yaml refuses a tab at or left of the block's column in the white space folded into a plain scalar.
        if (inPlain && this.tabColumn(this.pos) <= owner) throw new Refused();
        this.continuationLine(target);
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos++;
        continue;
      }
      if (ch === '#' && isBlank(t[this.pos - 1])) {
        while (this.pos < t.length && t[this.pos] !== '\n') this.pos++;
        inPlain = false;
        continue;
      }
      if (ch === '[' || ch === '{') {
        depth++;
        inPlain = false;
      } else if (ch === ']' || ch === '}') {
        inPlain = false;
        if (--depth === 0) {
          this.pos++;
          return;
        }
      } else if (ch === ',') {
        inPlain = false;
      } else if (ch === ':' && (!inPlain || isBlank(next) || isFlowIndicator(next))) {
        inPlain = false;
      } else if ((ch === '"' || ch === "'") && !inPlain) {
        this.quoted(target);
        continue;
      } else {
        inPlain = true;
      }
      this.pos++;
    }
    // Never closed: there is nothing go-yaml would accept here either.
    throw new Refused();
  }

  /** Steps over a quoted scalar opening at `pos`. */
  private quoted(target: number): void {
    const t = this.text;
    const quote = t[this.pos++];
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === '\\' && quote === '"') {
        // An escaped line break still starts a line of the scalar.
        if (t[this.pos + 1] === '\n') {
          this.pos += 2;
          this.continuationLine(target);
        } else this.pos += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && t[this.pos + 1] === "'") {
          this.pos += 2;
          continue;
        }
        this.pos++;
        return;
      }
      this.pos++;
      if (ch === '\n') this.continuationLine(target);
    }
    throw new Refused();
  }

  /** At the start of a line inside a quoted scalar or flow collection: indent it to `target` if it is shallower. */
  private continuationLine(target: number): void {
    const p = this.pos;
    if (this.isDocumentMarker(p)) throw new Refused();
    const spaces = this.spacesAt(p);
    if (this.blankFrom(p + spaces) || spaces >= target) return;
    this.out.push({ at: p, spaces: target - spaces });
  }

  private skipBlanks(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  /** The column of the first tab in the white space that starts the line at `p`, or Infinity. */
  private tabColumn(p: number): number {
    for (let i = p; i < this.text.length; i++) {
      if (this.text[i] === '\t') return i - p;
      if (this.text[i] !== ' ') break;
    }
    return Infinity;
  }

  private spacesAt(p: number): number {
    let n = 0;
    while (this.text[p + n] === ' ') n++;
    return n;
  }

  /** Only white space from `p` to the end of its line. */
  private blankFrom(p: number): boolean {
    for (let i = p; i < this.text.length && this.text[i] !== '\n'; i++) {
      if (this.text[i] !== ' ' && this.text[i] !== '\t' && this.text[i] !== '\r') return false;
    }
    return true;
  }

  private nextLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl === -1 ? this.text.length : nl + 1;
  }

  private column(p: number): number {
    return p - (this.text.lastIndexOf('\n', p - 1) + 1);
  }

  /** `---` or `...` at a line's start, alone or followed by white space. */
  private isDocumentMarker(lineStart: number): boolean {
    const marker = this.text.slice(lineStart, lineStart + 3);
    return (marker === '---' || marker === '...') && isBlank(this.text[lineStart + 3]);
  }
}

function isBlank(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function isFlowIndicator(c: string | undefined): boolean {
  return c === ',' || c === '[' || c === ']' || c === '{' || c === '}';
}
