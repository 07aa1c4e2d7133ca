// The Action's job summary, as Markdown: counts, the findings (new first), how to fix them, and anything skipped.
import type { Finding } from '../engine/finding.js';
import { RULES } from '../rules/index.js';
import { ruleDocsUrl } from '../home.js';
import { count } from './plural.js';

export interface SummaryInput {
  title: string;
  /** Findings the run counts (annotated), and those it only lists (pre-existing lines of changed files). */
  counted: Finding[];
  preExisting: Finding[];
  /** Base findings the pull request no longer has (file, line and path as at the base). */
  fixed?: Finding[];
  /** Whether counted findings are "new in this pull request" or simply "all". */
  pullRequest: boolean;
  profile: string;
  k8sVersion: string;
  files: number;
  resources: number;
  refused: Array<{ file: string; reason: string }>;
  notes: string[];
  /** Builds a link to a file and line at the scanned commit, when the repository is known. */
  link?: (file: string, line: number) => string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function counts(findings: Finding[]): string {
  const n = (level: string) => findings.filter((f) => f.level === level).length;
  return `${n('error')} | ${n('warning')} | ${n('note')}`;
}

function table(findings: Finding[], link: SummaryInput['link']): string[] {
  const rows = findings.map((f) => {
    const where = f.line === null ? cell(f.file ?? '') : `${cell(f.file ?? '')}:${f.line}`;
    const located = link && f.file && f.line !== null ? `[${where}](${link(f.file, f.line)})` : where;
    return `| ${located} | \`${f.ruleId}\` | ${f.level} | ${cell(f.container ?? '')} | ${cell(f.message)} |`;
  });
  return ['| Location | Rule | Level | Container | Message |', '| --- | --- | --- | --- | --- |', ...rows, ''];
}

export function summaryMarkdown(s: SummaryInput): string {
  const out = [`## ${s.title}`, ''];
  out.push('| | errors | warnings | notes |', '| --- | --- | --- | --- |');
  out.push(`| ${s.pullRequest ? 'New in this pull request' : 'Findings'} | ${counts(s.counted)} |`);
  if (s.pullRequest) out.push(`| Pre-existing (not annotated) | ${counts(s.preExisting)} |`, `| Fixed by this pull request | ${counts(s.fixed ?? [])} |`);
  out.push('', `Profile \`${s.profile}\`, Kubernetes ${s.k8sVersion}: ${count(s.files, 'file')} and ${count(s.resources, 'resource')} scanned.`, '');
  if (s.pullRequest) {
    out.push('### New', '', ...(s.counted.length > 0 ? table(s.counted, s.link) : ['None.', '']));
    out.push('### Pre-existing', '', ...(s.preExisting.length > 0 ? table(s.preExisting, s.link) : ['None.', '']));
    const fixed = s.fixed ?? [];
    const rows = fixed.map((f) => `| ${cell(f.file ?? '')}:${f.line ?? ''} (base) | \`${f.ruleId}\` | ${cell(f.container ?? '')} | \`${cell(f.path)}\` |`);
    out.push('### Fixed', '', ...(fixed.length > 0 ? ['| Base location | Rule | Container | Path |', '| --- | --- | --- | --- |', ...rows, ''] : ['None.', '']));
  } else if (s.counted.length > 0) out.push('### Findings', '', ...table(s.counted, s.link));
  const ids = new Set([...s.counted, ...s.preExisting].map((f) => f.ruleId));
  const help = RULES.filter((r) => ids.has(r.id));
  if (help.length > 0) out.push('### How to fix', '', ...help.map((r) => `- [\`${r.id}\`](${ruleDocsUrl(r.id)}): ${r.help.fix}`), '');
  if (s.refused.length > 0) out.push('### Paths not read', '', ...s.refused.map((r) => `- \`${cell(r.file)}\`: ${r.reason}`), '');
  if (s.notes.length > 0) out.push('### Notes', '', ...s.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
