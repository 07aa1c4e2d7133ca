// The JSON contract other surfaces and checks rely on, field by field and in this order.
import type { Finding, Note, Summary } from '../engine/finding.js';
import { ruleDocsUrl } from '../home.js';

export function toJsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: f.resource && { ...f.resource },
    container: f.container,
    path: f.path,
    pssCheck: f.pssCheck,
    pssLevel: f.pssLevel,
    fixable: f.fixable,
    fixSafety: f.fixSafety,
    docs: ruleDocsUrl(f.ruleId),
    ...(f.suppressed ? { suppressed: { by: f.suppressed.by, reason: f.suppressed.reason, until: f.suppressed.until } } : {}),
  };
}

const HEAD = '{\n  "findings": [\n';
const TAIL = '\n  ]\n}';
const SEPARATOR = ',\n';
const STAND_IN = '    0';

/**
 * A file's findings as they stand in the document's findings array after another file's: a separator, then the
 * items; empty when there are none. Stringified inside the document's own shape, so that JSON.stringify indents them
 * as they stand in it, after a stand-in item so that the separator is its own too: the piece is then one slice of one
 * string, which a worker encodes without first copying it whole.
 */
export function jsonPiece(findings: Finding[]): string {
  if (findings.length === 0) return '';
  const whole = JSON.stringify({ findings: [0, ...findings.map(toJsonFinding)] }, null, 2);
  return whole.slice(HEAD.length + STAND_IN.length, whole.length - TAIL.length);
}

/**
 * Writes the JSON document piece by piece as files are analyzed, so findings need not be held until the end.
 * The text is exactly JSON.stringify({ findings, summary, notes }, null, 2).
 */
export class JsonStream {
  private first = true;
  constructor(private readonly write: (text: string | Uint8Array) => void) {}

  /** A file's piece (jsonPiece, as text or as its UTF-8 bytes), in one write but for the first. */
  piece(piece: string | Uint8Array): void {
    if (piece.length === 0) return;
    if (this.first) {
      this.write(HEAD);
      this.write(typeof piece === 'string' ? piece.slice(SEPARATOR.length) : piece.subarray(SEPARATOR.length));
    } else this.write(piece);
    this.first = false;
  }

  /** Notes (things to know that are not findings) follow the summary, and only when there are some. */
  end(summary: Summary, notes: Note[] = []): void {
    const tail = JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ');
    const noted = notes.length > 0 ? `,\n  "notes": ${JSON.stringify(notes, null, 2).replace(/\n/g, '\n  ')}` : '';
    this.write(`${this.first ? '{\n  "findings": [],\n' : '\n  ],\n'}  "summary": ${tail}${noted}\n}\n`);
  }
}
