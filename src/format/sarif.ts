// SARIF 2.1.0 for code-scanning upload: rules with their help, results with real regions, and fingerprints that
// do not move when unrelated lines do (they hash the resource, container and field, not the line).
import { createHash } from 'node:crypto';
import { identifyingName, type Finding, type Note } from '../engine/finding.js';
import type { AnyRule, Level } from '../engine/rule.js';
import { HOME, ruleDocsUrl } from '../home.js';
import { securitySeverity } from '../engine/rule-facts.js';
import { RULES } from '../rules/index.js';

const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

export function ruleHelpMarkdown(rule: AnyRule): string {
  return `**Why:** ${rule.help.why}\n\n**Fix:** ${rule.help.fix}\n\n[Documentation of \`${rule.id}\`](${ruleDocsUrl(rule.id)}), with a failing and a passing example.`;
}

function toUri(file: string): { uri: string; uriBaseId?: string } {
  const posix = file.replace(/\\/g, '/');
  if (posix.startsWith('/')) return { uri: 'file://' + encodeURI(posix) };
  return { uri: encodeURI(posix.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

export function fingerprint(f: Finding): string {
  const r = f.resource;
  const identity = [f.ruleId, f.file ?? '', r?.apiVersion ?? '', r?.kind ?? '', r?.namespace ?? '', r ? identifyingName(r) : '', f.container ?? '', f.path];
  // invalid-yaml has no resource; its message (the parser's words) tells one error from another.
  if (!r) identity.push(f.message);
  return createHash('sha256').update(identity.join('\0')).digest('hex').slice(0, 32);
}

export function formatSarif(findings: Finding[], version: string, levels: Map<string, Level>, notes: Note[] = []): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.help.why },
    helpUri: ruleDocsUrl(rule.id),
    help: { text: `${rule.help.why} Fix: ${rule.help.fix} Documentation: ${ruleDocsUrl(rule.id)}`, markdown: ruleHelpMarkdown(rule) },
    defaultConfiguration: { level: SARIF_LEVEL[levels.get(rule.id) ?? 'error'], enabled: levels.has(rule.id) },
    properties: {
      tags: ['security', 'kubernetes', ...(rule.pss ? [`pss-${rule.pss.level}`] : [])],
      // GitHub code scanning ranks alerts by this (a number as a string, as GitHub documents it).
      'security-severity': securitySeverity(rule),
      ...(rule.pss ? { pssCheck: rule.pss.check } : {}),
    },
  }));
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: SARIF_LEVEL[f.level],
    message: { text: f.message },
    locations: f.file
      ? [
          {
            physicalLocation: {
              artifactLocation: toUri(f.file),
              ...(f.line !== null
                ? { region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } }
                : {}),
            },
            ...(f.resource
              ? { logicalLocations: [{ name: f.path, fullyQualifiedName: `${f.resource.kind}/${identifyingName(f.resource)}:${f.path}`, kind: 'member' }] }
              : {}),
          },
        ]
      : [],
    partialFingerprints: { 'podguardFindingHash/v1': fingerprint(f) },
    ...(f.suppressed
      ? { suppressions: [{ kind: f.suppressed.by === 'config' ? 'external' : 'inSource', status: 'accepted', justification: f.suppressed.reason }] }
      : {}),
    properties: { container: f.container, path: f.path, pssCheck: f.pssCheck, fixable: f.fixable, fixSafety: f.fixSafety },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'podguard', version, informationUri: HOME, rules } },
        results,
        // Files skipped as not manifests are no results: SARIF's place for what a tool says about its run.
        ...(notes.length > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: notes.map((n) => ({
                    level: 'note',
                    message: { text: n.message },
                    ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: toUri(n.file) } }] } : {}),
                  })),
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
