// Fixes one manifest's text: scan, apply the offered edits, and scan again, since one fix can open the way for
// another (a container stops being privileged, and then allowPrivilegeEscalation: false becomes legal).
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { analyze, type AnalyzeOptions } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { applyTextEdits, type ResourceEdit } from './apply-yaml.js';
import { editKey } from './edits.js';

export interface SourceFix {
  text: string;
  /** Fixable findings before, and after. */
  before: number;
  after: number;
  /** Edits that could not be written, with why (an alias in the way, say). */
  skipped: Array<ResourceEdit & { reason: string }>;
  /** Findings left after fixing (fixable or not). */
  remaining: Finding[];
}

const MAX_ROUNDS = 4;

// The order people write securityContext fields in; new keys are added in this order.
const KEY_ORDER = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup', 'seccompProfile', 'allowPrivilegeEscalation', 'privileged', 'readOnlyRootFilesystem', 'capabilities'];
const rank = (e: ResourceEdit) => {
  const i = KEY_ORDER.indexOf(String(e.edit.path[e.edit.path.length - 1]));
  return i < 0 ? KEY_ORDER.length : i;
};

export function resourceEdits(findings: Finding[]): ResourceEdit[] {
  const seen = new Set<string>();
  const out: ResourceEdit[] = [];
  for (const f of findings) {
    for (const edit of f.fix ?? []) {
      const key = `${f.resourceIndex} ${editKey(edit)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ resourceIndex: f.resourceIndex ?? 0, edit });
    }
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

export function fixSource(file: string, original: string, options: AnalyzeOptions): SourceFix {
  const json = /\.json$/i.test(file);
  let text = original;
  let findings = analyze({ file, text }, options).findings;
  const before = findings.filter((f) => f.fixable).length;
  const refused = new Map<string, ResourceEdit & { reason: string }>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits = resourceEdits(findings.filter((f) => f.fixable)).filter((e) => !refused.has(`${e.resourceIndex} ${editKey(e.edit)}`));
    if (edits.length === 0) break;
    const outcome = applyTextEdits(text, edits, { json });
    for (const s of outcome.skipped) refused.set(`${s.resourceIndex} ${editKey(s.edit)}`, s);
    if (outcome.applied.length === 0) break;
    text = outcome.text;
    findings = analyze({ file, text }, options).findings;
  }
  return { text, before, after: findings.filter((f) => f.fixable).length, skipped: [...refused.values()], remaining: findings };
}

export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
