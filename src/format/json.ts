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

/**
 * Writes the JSON document piece by piece as files are analyzed, so findings need not be held until the end.
 * The text is exactly JSON.stringify({ findings, summary, notes }, null, 2).
 */
const HEAD = '{\n  "findings": [\n';
const TAIL = '\n  ]\n}';

export class JsonStream {
  private first = true;
  constructor(private readonly write: (text: string) => void) {}

  findings(findings: Finding[]): void {
    if (findings.length === 0) return;
    // A file's findings in one string and one write (a write to a pipe is a system call): stringified inside the
    // document's own shape, so JSON.stringify indents them as they stand in it, and cut out of it.
    const whole = JSON.stringify({ findings: findings.map(toJsonFinding) }, null, 2);
    const items = whole.slice(HEAD.length, whole.length - TAIL.length);
    this.write(`${this.first ? HEAD : ',\n'}${items}`);
    this.first = false;
  }

  /** Notes (things to know that are not findings) follow the summary, and only when there are some. */
  end(summary: Summary, notes: Note[] = []): void {
    const tail = JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ');
    const noted = notes.length > 0 ? `,\n  "notes": ${JSON.stringify(notes, null, 2).replace(/\n/g, '\n  ')}` : '';
    this.write(`${this.first ? '{\n  "findings": [],\n' : '\n  ],\n'}  "summary": ${tail}${noted}\n}\n`);
  }
}
