// What the language server shows for one document: the findings `podguard scan` gives for that file with the same
// configuration (the document's nearest .podguard.yaml, then the client's settings), as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { extname } from 'node:path';
import type { AnalyzeOptions } from '../engine/analyze.js';
import { DEFAULT_PROFILE } from '../engine/defaults.js';
import type { Finding } from '../engine/finding.js';
import { PROFILES, type Level, type Profile } from '../engine/rule.js';
import { parseVersion } from '../engine/version.js';
import { ConfigError, findConfig, isConfigFile, loadConfig } from '../config/load.js';
import { analyzeOptions } from '../config/options.js';
import { ruleDocsUrl } from '../home.js';
import type { Judge } from './judge.js';

export const SOURCE = 'podguard';

/** The client's `podguard` settings (workspace/configuration); a .podguard.yaml setting wins over them. */
export interface ClientSettings {
  profile?: unknown;
  k8sVersion?: unknown;
}

export interface Entry {
  diagnostic: Diagnostic;
  /** Absent for a diagnostic about the configuration rather than a finding. */
  finding?: Finding;
}

/** One document judged at one version. */
export interface Analysis {
  uri: string;
  version: number;
  /** The name the engine saw (a path for file: documents); fixes tell JSON from YAML by it. */
  file: string;
  text: string;
  options: AnalyzeOptions;
  entries: Entry[];
}

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

/** The path of a file: document, or null for an unsaved or remote one (which has no .podguard.yaml). */
export function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/**
 * Whether the document is one `podguard scan` would read: YAML or JSON, and not podguard's own configuration. Whether
 * it holds Kubernetes objects is the engine's to judge (a workflow or a compose file gets no findings).
 */
export function isCandidate(doc: TextDocument): boolean {
  const path = pathOf(doc.uri);
  if (path && isConfigFile(path)) return false;
  if (['yaml', 'json', 'jsonc'].includes(doc.languageId)) return true;
  return /^\.(ya?ml|json)$/i.test(extname(path ?? doc.uri));
}

/** The engine's options for a document; a broken configuration is a problem to show, not a crash. */
export function documentOptions(path: string | null, client: ClientSettings, warn: (message: string) => void): { options: AnalyzeOptions } | { problem: string } {
  let config;
  try {
    const file = path ? findConfig(path) : undefined;
    config = file ? loadConfig(file) : undefined;
  } catch (e) {
    if (e instanceof ConfigError) return { problem: e.message };
    throw e;
  }
  let profile: Profile = config?.profile ?? DEFAULT_PROFILE;
  if (!config?.profile && client.profile !== undefined && client.profile !== null && client.profile !== '') {
    if ((PROFILES as readonly unknown[]).includes(client.profile)) profile = client.profile as Profile;
    else warn(`the podguard.profile setting must be one of ${PROFILES.join(', ')}, not ${JSON.stringify(client.profile)}; using ${profile}`);
  }
  let k8sVersion = config?.k8sVersion ?? 'latest';
  if (!config?.k8sVersion && typeof client.k8sVersion === 'string' && client.k8sVersion !== '') {
    try {
      k8sVersion = parseVersion(client.k8sVersion);
    } catch (e) {
      warn(`the podguard.k8sVersion setting is not valid (${(e as Error).message}); using ${k8sVersion}`);
    }
  }
  try {
    parseVersion(k8sVersion);
  } catch (e) {
    return { problem: `${config?.file}: k8sVersion: ${(e as Error).message}` };
  }
  return { options: { profile, k8sVersion, ...analyzeOptions(config) } };
}

/**
 * The document judged as `podguard scan` judges the file, or undefined when a newer version took its place while it
 * was judged. Waived findings are not problems and are left out.
 */
export async function analyzeDocument(doc: TextDocument, client: ClientSettings, judge: Judge, warn: (message: string) => void): Promise<Analysis | undefined> {
  const path = pathOf(doc.uri);
  const file = path ?? doc.uri;
  const text = doc.getText();
  const base = { uri: doc.uri, version: doc.version, file, text };
  const settings = documentOptions(path, client, warn);
  if ('problem' in settings) {
    const message = `podguard cannot check this file: its configuration is not valid.\n${settings.problem}`;
    const diagnostic: Diagnostic = { range: lineRange(doc, 0), severity: DiagnosticSeverity.Error, source: SOURCE, message };
    return { ...base, options: {}, entries: [{ diagnostic }] };
  }
  const findings = await judge.judge({ uri: doc.uri, file, text, options: settings.options });
  if (!findings) return undefined;
  const entries = findings
    .filter((f) => !f.suppressed && (f.file === null || f.file === file))
    .map((finding) => ({ finding, diagnostic: toDiagnostic(finding, doc) }));
  return { ...base, options: settings.options, entries };
}

function toDiagnostic(f: Finding, doc: TextDocument): Diagnostic {
  return {
    range: findingRange(f, doc),
    severity: SEVERITY[f.level],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
  };
}

/** The finding's range (1-based, end exclusive) in LSP terms; an empty one widens to its line, so it can be seen. */
export function findingRange(f: Finding, doc: TextDocument): Range {
  const start = { line: Math.max(0, (f.line ?? 1) - 1), character: Math.max(0, (f.column ?? 1) - 1) };
  const end = { line: Math.max(0, (f.endLine ?? f.line ?? 1) - 1), character: Math.max(0, (f.endColumn ?? f.column ?? 1) - 1) };
  if (end.line < start.line || (end.line === start.line && end.character <= start.character)) return lineRange(doc, start.line, start.character);
  return { start, end };
}

/** From `from` to the end of the line's text (or the whole line). */
function lineRange(doc: TextDocument, line: number, from = 0): Range {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const start = from < text.length ? from : 0;
  return { start: { line, character: start }, end: { line, character: Math.max(start, text.length) } };
}

export function contains(range: Range, at: { line: number; character: number }): boolean {
  const after = (a: typeof at, b: typeof at) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(at, range.start) && after(range.end, at);
}

export function intersects(a: Range, b: Range): boolean {
  return contains(a, b.start) || contains(a, b.end) || contains(b, a.start);
}
