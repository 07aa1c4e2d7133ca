// The JSON contract other surfaces and checks rely on, field by field and in this order.
import type { Finding, Summary } from '../engine/finding.js';

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
  };
}

export function formatJson(findings: Finding[], summary: Summary): string {
  return JSON.stringify({ findings: findings.map(toJsonFinding), summary }, null, 2) + '\n';
}
