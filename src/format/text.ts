// Human output: one line per finding (`file:line:col level ruleId message`), grouped by file and under a line naming
// each object (kind, namespace/name), colour when asked for.
import { identifyingName, resourceLabel, type Finding, type Note, type Summary } from '../engine/finding.js';
import type { Level } from '../engine/rule.js';
import { count } from './plural.js';

const COLOURS: Record<Level | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  note: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

export class TextFormatter {
  constructor(private readonly colour: boolean) {}

  private paint(style: keyof typeof COLOURS, text: string): string {
    return this.colour ? COLOURS[style][0] + text + COLOURS[style][1] : text;
  }

  /** The findings of one file, ending with a blank line; empty when there are none. */
  file(findings: Finding[]): string {
    if (findings.length === 0) return '';
    const lines: string[] = [];
    let object: string | undefined;
    for (const f of findings) {
      // The object once, above its findings: a multi-document file's line numbers alone do not say which it is.
      const name = f.resource ? objectName(f.resource) : undefined;
      if (name !== undefined && `${f.resourceIndex}:${name}` !== object) lines.push(this.paint('bold', name));
      object = name === undefined ? undefined : `${f.resourceIndex}:${name}`;
      lines.push(this.line(f));
    }
    // Ending in a blank line, in one join (a worker encodes a joined string without copying it first).
    lines.push('', '');
    return lines.join('\n');
  }

  private line(f: Finding): string {
    const where = f.line !== null ? `${f.file}:${f.line}:${f.column}` : (f.file ?? (f.resource ? resourceLabel(f.resource) : '<object>'));
    const waived = f.suppressed ? ` ${this.paint('dim', `[suppressed by ${f.suppressed.by}: ${f.suppressed.reason}]`)}` : '';
    const fix = f.fixSafety === 'safe' ? ' (fix)' : f.fixSafety === 'unsafe' ? ' (unsafe fix)' : '';
    return `${this.paint('bold', where)} ${this.paint(f.level, f.level)} ${this.paint('dim', f.ruleId)}${waived} ${f.message}${fix && this.paint('dim', fix)}`;
  }

  /** The run's notes, once, after the findings. */
  notes(notes: Note[]): string {
    const lines = notes.map((n) => `  ${n.file ? `${n.file}: ` : ''}${n.message}`);
    return `${this.paint('bold', 'Notes')}\n${lines.join('\n')}\n`;
  }

  summary(s: Summary, notes = 0, suppressed = 0): string {
    const found = [count(s.errors, 'error'), count(s.warnings, 'warning')];
    if (notes > 0) found.push(count(notes, 'note'));
    if (suppressed > 0) found.push(`${suppressed} suppressed`);
    const line = `${found.join(', ')} in ${count(s.files, 'file')} (${count(s.resources, 'resource')} read)`;
    const style = s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : 'bold';
    return this.paint(style, line) + '\n';
  }
}

/** `Deployment shop/web`, `Pod web` (no namespace), `Job batch-*` (generateName), `Pod (no name)`. */
export function objectName(r: NonNullable<Finding['resource']>): string {
  const name = identifyingName(r) || '(no name)';
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${name}`;
}
