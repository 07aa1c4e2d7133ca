// GitHub workflow-command annotations, written by the Actions toolkit so escaping is the toolkit's own.
import * as core from '@actions/core';
import type { Finding, Note } from '../engine/finding.js';

export function annotate(f: Finding): void {
  const properties: core.AnnotationProperties = { title: f.ruleId };
  if (f.file) properties.file = f.file;
  if (f.line !== null) {
    properties.startLine = f.line;
    properties.endLine = f.endLine ?? f.line;
    // GitHub accepts columns only on single-line annotations.
    if (f.endLine === f.line) {
      properties.startColumn = f.column ?? undefined;
      properties.endColumn = f.endColumn ?? undefined;
    }
  }
  if (f.level === 'error') core.error(f.message, properties);
  else if (f.level === 'warning') core.warning(f.message, properties);
  else core.notice(f.message, properties);
}

export function annotateNote(n: Note): void {
  core.notice(n.message, { title: 'podguard', ...(n.file ? { file: n.file } : {}) });
}
