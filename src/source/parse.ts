// Parses manifest text with `yaml`, keeping node ranges for locations, within limits that keep hostile input
// (deep nesting, alias bombs) from costing more time or memory than a real manifest would.
import { LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { readAsKubernetes } from './continuations.js';
import { isMap } from './yaml-nodes.js';

export const LIMITS = {
  /** Files above this are skipped (with a finding), not parsed. */
  maxFileBytes: 16 * 1024 * 1024,
  /** Real manifests nest about 15 deep; `yaml` recurses, and pathological depth costs seconds and gigabytes. */
  maxDepth: 500,
  /** Alias expansions per document before we call it a billion-laughs attack. */
  maxAliasCount: 1000,
};

export interface SourceProblem {
  message: string;
  /** Byte offsets into the text, when the problem has a place. */
  range?: [number, number];
}

export interface ParsedDocument {
  doc: Document.Parsed;
  value: unknown;
}

export interface ParsedSource {
  documents: ParsedDocument[];
  lineCounter: LineCounter;
  problems: SourceProblem[];
}

export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const refusal = refuse(text);
  if (refusal) {
    // The parser fills the line counter as it reads; a refused text is not read, so count its lines here.
    countLines(text, lineCounter);
    return { documents: [], lineCounter, problems: [refusal] };
  }

  const problems: SourceProblem[] = [];
  const documents: ParsedDocument[] = [];
  // logLevel 'error': yaml would otherwise print process warnings (e.g. for collection keys) on our stderr.
  const options = { logLevel: 'error', prettyErrors: false } as const;
  // Most texts have no `{{` at all, and then need no walk of their trees for one.
  const mayHoldTemplates = text.includes('{{');
  let strict: ReturnType<typeof parseAllDocuments>;
  try {
    strict = parseAllDocuments(quietEmptyDocuments(text), { ...options, lineCounter });
  } catch (e) {
    // yaml reports what it foresees as an error; a stack it runs out of otherwise is this file's problem alone.
    if (!(e instanceof RangeError)) throw e;
    const fresh = new LineCounter();
    countLines(text, fresh);
    return { documents: [], lineCounter: fresh, problems: [{ message: `YAML could not be read: the parser ran out of stack (${e.message})`, range: [0, 1] }] };
  }
  // Kubernetes (go-yaml) takes lines continuing a quoted scalar or flow collection at any indentation.
  for (const doc of readAsKubernetes(text, strict, options)) {
    if (doc.errors.length > 0) {
      // The first error only: the parser's later ones are mostly echoes of it. A broken document's structure is a
      // guess, so it gets no other findings either.
      const e = doc.errors[0];
      const template = doc.range ? templateMark(text, doc.range[0], doc.range[2]) : undefined;
      problems.push(template !== undefined ? helmProblem(template) : { message: syntaxMessage(e.code, e.message), range: [e.pos[0], e.pos[1]] });
      continue;
    }
    // `name: {{ .Values.name }}` parses, as a map inside a map: template syntax, not the string it will become.
    const braces = mayHoldTemplates ? templateBraces(doc, text) : undefined;
    if (braces !== undefined) {
      problems.push(helmProblem(braces));
      continue;
    }
    try {
      documents.push({ doc, value: doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) });
    } catch (e) {
      problems.push({ message: aliasMessage(e), range: doc.range ? [doc.range[0], doc.range[1]] : undefined });
    }
  }
  return { documents, lineCounter, problems };
}

/**
 * `yaml` 3.0.0-2 reads each `---` line (bare or with a comment) that directly follows another by recursing, and
 * thousands in a row overflow the stack. Such a run holds only empty documents, which hold nothing to judge: all but
 * its first and last markers become comments of the same length, so every offset after them stays where it was.
 */
const MARKER_RUN = /^---((?:[ \t]+#[^\r\n]*|[ \t]*)\r?\n)((?:---(?:[ \t]+#[^\r\n]*|[ \t]*)\r?\n){64,})(?=---)/gm;

export function quietEmptyDocuments(text: string): string {
  return text.replace(MARKER_RUN, (_, end: string, middle: string) => `---${end}${middle.replace(/^---/gm, '#--')}`);
}

function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

function syntaxMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'RESOURCE_EXHAUSTION') return `YAML nested too deeply to read (${first})`;
  return `YAML syntax error: ${first}`;
}

function aliasMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return /alias/i.test(text)
    ? `YAML aliases expand to more than ${LIMITS.maxAliasCount} nodes (a "billion laughs" pattern); refusing to expand them`
    : `YAML could not be read: ${text.split('\n')[0]}`;
}

const HELM_MESSAGE =
  'this is a Helm template, not YAML: scan its chart folder (podguard renders charts with helm), or render it first (`helm template <chart> | podguard scan -`)';

function helmProblem(at: number): SourceProblem {
  return { message: HELM_MESSAGE, range: [at, at + 2] };
}

/**
 * Where template syntax stands as YAML structure in a document that did not parse: a `{{` at a line's start or
 * after a key or dash (inside a quoted or block string, `{{` is text, and such a document parses).
 */
function templateMark(text: string, start: number, end: number): number | undefined {
  const m = /^[ \t]*(?:- +)?(?:[\w.\/-]+: +)?\{\{/m.exec(text.slice(start, end));
  return m ? start + m.index + m[0].length - 2 : undefined;
}

/** A flow map written `{{`: a template expression the parser read as a map holding a map. */
function templateBraces(doc: Document.Parsed, text: string): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Map(_, node) {
      if (node.flow && node.range && text.startsWith('{{', node.range[0]) && isMap(node)) {
        at = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}

/** Reasons to not parse the text at all. */
function refuse(text: string): SourceProblem | undefined {
  // Each level of nesting takes a character of its own ([, {, - or ?): a text with few of them needs no closer look.
  if (fewerThan(text, '[{-?', LIMITS.maxDepth + 1)) return undefined;
  const depth = nestingDepth(text);
  if (depth.depth > LIMITS.maxDepth) {
    return { message: `YAML nested more than ${LIMITS.maxDepth} levels deep; not read`, range: [depth.at, depth.at + 1] };
  }
  return undefined;
}

function fewerThan(text: string, chars: string, limit: number): boolean {
  let count = 0;
  for (const c of chars) {
    for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) if (++count >= limit) return false;
  }
  return true;
}

/**
 * An upper bound on nesting, cheap enough to run on every file: flow brackets outside quotes, plus the compact
 * block forms that nest on one line ("- - - x", "? ? x"). Indentation nesting needs quadratic file size, so the
 * file-size limit already bounds it.
 */
export function nestingDepth(text: string): { depth: number; at: number } {
  let flow = 0;
  let max = 0;
  let at = 0;
  let quote = 0; // the open quote character, or 0
  let lineStart = true;
  let compact = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++; // '' escapes a single quote
        else quote = 0;
      } else if (c === 0x5c && quote === 0x22) i++; // backslash escape in double quotes
      continue;
    }
    switch (c) {
      case 0x0a: // newline
        lineStart = true;
        compact = 0;
        continue;
      case 0x20: // space
      case 0x09:
        continue;
      case 0x23: // '#': a comment when it starts a line or follows a space
        if (i === 0 || text.charCodeAt(i - 1) <= 0x20) {
          const nl = text.indexOf('\n', i);
          i = nl === -1 ? text.length : nl - 1;
        }
        continue;
      case 0x22: // '"'
      case 0x27: // "'"
        if (flow > 0 || lineStart || /[\s:,[{-]/.test(text[i - 1] ?? ' ')) quote = c;
        break;
      case 0x5b: // '['
      case 0x7b: // '{'
        flow++;
        break;
      case 0x5d: // ']'
      case 0x7d: // '}'
        if (flow > 0) flow--;
        break;
      case 0x2d: // '-'
      case 0x3f: // '?'
        if (lineStart && text.charCodeAt(i + 1) === 0x20) {
          compact++;
          if (compact > max) {
            max = compact;
            at = i;
          }
          continue;
        }
        break;
    }
    lineStart = false;
    if (flow > max) {
      max = flow;
      at = i;
    }
  }
  return { depth: max, at };
}
