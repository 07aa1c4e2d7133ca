// Hover on a finding: what the rule asks, why, how to fix it, and where its documentation is.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { RULES } from '../rules/index.js';
import { ruleDocsUrl } from '../home.js';
import { contains, type Analysis } from './analysis.js';

export function hover(analysis: Analysis, at: Position): Hover | null {
  const here = analysis.entries.filter((e) => e.finding && contains(e.diagnostic.range, at));
  if (here.length === 0) return null;
  const sections = [...new Set(here.map((e) => e.finding!.ruleId))].map((id) => {
    const rule = RULES.find((r) => r.id === id);
    const messages = here.filter((e) => e.finding!.ruleId === id).map((e) => `> ${e.finding!.message}`);
    const lines = [`**podguard ${id}**: ${rule?.summary ?? ''}`, '', ...messages.flatMap((m) => [m, ''])];
    if (rule) lines.push(`**Why:** ${rule.help.why}`, '', `**Fix:** ${rule.help.fix}`, '');
    lines.push(`[Documentation of ${id}](${ruleDocsUrl(id)})`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0].diagnostic.range };
}
