// The one entry point every surface calls: sources or objects in, findings and a summary out.
import type { LineCounter, Node } from 'yaml';
import { decode } from '../source/decode.js';
import { aliasBlocking, locate } from '../source/locate.js';
import { LIMITS, parseSource } from '../source/parse.js';
import { isPlainObject, resourcesOf, sourceResources, type Resource } from '../source/resources.js';
import { RULES } from '../rules/index.js';
import { describe, formatPath, type Path } from './field.js';
import { compareFindings, identifyingName, namedPath, type Finding, type Note, type Summary } from './finding.js';
import { looksLikeManifestText, looksLikeObject } from '../source/manifest-like.js';
import { makePodView, type ResourceRef } from './pod-view.js';
import { activeRules, validateRules, type ActiveRule } from './registry.js';
import { suppress, utcToday, type Exemption, type Place, type SuppressionPolicy } from './suppress.js';
import { formatMessage, type AnyRule, type Level, type Profile } from './rule.js';
import { LATEST, parseVersion, type K8sVersion } from './version.js';
import invalidField from '../rules/invalid-field.js';
import invalidYaml from '../rules/invalid-yaml.js';

export type AnalyzeInput =
  /** Manifest text (YAML or JSON): findings get positions. */
  | { file: string; text: string }
  /** Raw file contents: decoded first (UTF-16, Latin-1, binary detection). */
  | { file: string; bytes: Uint8Array }
  /** A parsed object (Pulumi inputs, cdk8s output): findings get paths only. */
  | { file?: string; object: unknown };

export interface AnalyzeOptions {
  profile?: Profile;
  /** '1.N' or 'latest'; newer than the rules know is evaluated as the newest. */
  k8sVersion?: string;
  /** Per-rule level overrides, and rules switched off (from the configuration). */
  levels?: Readonly<Record<string, Level>>;
  disabled?: ReadonlySet<string>;
  /** Exemptions, locked rules and today's date; annotations and comments are read in any case. */
  suppressions?: Partial<SuppressionPolicy>;
  /** The UID and GID that fixes write when none is set. */
  fixDefaults?: { runAsUser?: number; runAsGroup?: number };
}

export interface AnalyzeResult {
  findings: Finding[];
  summary: Summary;
  /** Files skipped as not Kubernetes manifests, one note each. TODO(#14): move into the run's notes. */
  notes: Note[];
}

validateRules(RULES);

const activeCache = new Map<string, ActiveRule[]>();
function rulesFor(profile: Profile, version: K8sVersion): ActiveRule[] {
  const key = `${profile}@${version}`;
  let list = activeCache.get(key);
  if (!list) activeCache.set(key, (list = activeRules(RULES, profile, version)));
  return list;
}

export function analyze(input: AnalyzeInput | AnalyzeInput[], options: AnalyzeOptions = {}): AnalyzeResult {
  const profile = options.profile ?? 'hardened';
  const version = options.k8sVersion ? parseVersion(options.k8sVersion) : LATEST;
  const active = rulesFor(profile, version)
    .filter((a) => !options.disabled?.has(a.rule.id))
    .map((a) => (options.levels?.[a.rule.id] ? { ...a, level: options.levels[a.rule.id] } : a));
  const policy: SuppressionPolicy = { ...options.suppressions, today: options.suppressions?.today ?? utcToday() };
  const findings: Finding[] = [];
  const notes: Note[] = [];
  const summary: Summary = { files: 0, resources: 0, errors: 0, warnings: 0 };
  for (const one of Array.isArray(input) ? input : [input]) {
    summary.files++;
    const own: Finding[] = [];
    const file = one.file ?? null;
    let read: ReadSource;
    if ('object' in one) {
      read = { resources: resourcesOf(one.object, null), lineCounter: null };
      read.resources.forEach((r, i) => analyzeResource(r.value, null, file, active, own, i, options.fixDefaults));
    } else {
      read = analyzeText(one, active, own, options.fixDefaults);
    }
    summary.resources += read.resources.length;
    if (read.skipped) notes.push({ file, message: read.skipped });
    suppress(own, read.resources.map((r) => r.value), read.text, policy, (ruleId, message, data, place) => {
      own.push(suppressionFinding(ruleId, message, data, place, file, read));
    });
    for (const f of own.sort(compareFindings)) findings.push(f);
  }
  for (const f of findings) {
    if (f.suppressed) continue;
    if (f.level === 'error') summary.errors++;
    else if (f.level === 'warning') summary.warnings++;
  }
  return { findings, summary, notes };
}

interface ReadSource {
  resources: Resource[];
  lineCounter: LineCounter | null;
  text?: string;
  /** Why the file was skipped instead of reported: it is no manifest and could not be read. */
  skipped?: string;
}

/**
 * Config exemptions that matched no finding in a whole run (which only the caller can know). One that could not
 * suppress anything (no reason, expired, locked) is reported as such by every file, not as unused.
 */
export function unusedExemptions(policy: Partial<SuppressionPolicy>, used: ReadonlySet<number>): Finding[] {
  const read: ReadSource = { resources: [], lineCounter: null };
  const today = policy.today ?? utcToday();
  const couldApply = (e: Exemption) => !!e.reason?.trim() && !policy.locked?.has(e.rule) && (e.until === undefined || e.until >= today);
  return (policy.exemptions ?? []).flatMap((e, i) =>
    used.has(i) || !couldApply(e) ? [] : [suppressionFinding('unused-suppression', 'unused', { rule: e.rule, where: ' in the scanned objects' }, { exemption: e }, null, read)],
  );
}

const SUPPRESSION_RULES = new Map(RULES.filter((r) => r.engine).map((r) => [r.id, r]));

/** A finding about a waiver, placed at the waiver: its annotation, its comment, or its entry in the config file. */
function suppressionFinding(ruleId: string, messageId: string, data: Record<string, string>, place: Place, file: string | null, read: ReadSource): Finding {
  const rule = SUPPRESSION_RULES.get(ruleId)!;
  const message = formatMessage(rule.messages[messageId], data);
  let finding: Finding;
  if ('exemption' in place) {
    const src = place.exemption.source;
    const region = src && { line: src.line, column: src.column, endLine: src.line, endColumn: src.column, start: 0, end: 0 };
    finding = makeFinding(rule, rule.levels.hardened!, message, { file: src?.file ?? file, resource: null, path: [], container: null, region });
  } else if ('line' in place) {
    const region = { line: place.line, column: place.column, endLine: place.line, endColumn: place.column, start: 0, end: 0 };
    finding = makeFinding(rule, rule.levels.hardened!, message, { file, resource: null, path: [], container: null, region });
  } else {
    const r = read.resources[place.resourceIndex];
    const region = r.node && read.lineCounter ? locate(r.node, place.path, read.lineCounter) : undefined;
    finding = makeFinding(rule, rule.levels.hardened!, message, { file, resource: resourceRef(r.value), object: r.value, path: place.path, container: null, region, resourceIndex: place.resourceIndex });
  }
  finding.messageId = messageId;
  return finding;
}

function analyzeText(input: { file: string; text: string } | { file: string; bytes: Uint8Array }, active: ActiveRule[], out: Finding[], fixDefaults?: AnalyzeOptions['fixDefaults']): ReadSource {
  const problems: Finding[] = [];
  const read = readText(input, active, out, problems, fixDefaults);
  if (problems.length > 0 && !read.manifestLike) {
    const p = problems[0];
    return { resources: [], lineCounter: null, skipped: `not a Kubernetes manifest (no apiVersion or kind), skipped: ${p.message.replace(/^Could not read this file: /, '').replace(/\.$/, '')} (line ${p.line}, column ${p.column})` };
  }
  out.push(...problems);
  return read;
}

/** Reads and analyzes the text; problems reading it go to `problems`, for analyzeText to report or skip. */
function readText(input: { file: string; text: string } | { file: string; bytes: Uint8Array }, active: ActiveRule[], out: Finding[], problems: Finding[], fixDefaults?: AnalyzeOptions['fixDefaults']): ReadSource & { manifestLike: boolean } {
  let text: string;
  if ('bytes' in input) {
    // What cannot be decoded is judged by the ASCII it has: a manifest's keys are ASCII in any 8-bit reading.
    const ascii = () => looksLikeManifestText(new TextDecoder('latin1').decode(input.bytes.subarray(0, 1 << 16)));
    if (input.bytes.length > LIMITS.maxFileBytes) {
      const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
      problems.push(fileFinding(input.file, `file is ${mib(input.bytes.length)} MiB, over the ${mib(LIMITS.maxFileBytes)} MiB limit; not read`));
      return { resources: [], lineCounter: null, manifestLike: ascii() };
    }
    const decoded = decode(input.bytes);
    if (decoded.problem) problems.push(fileFinding(input.file, decoded.problem));
    if (decoded.text === undefined) return { resources: [], lineCounter: null, manifestLike: ascii() };
    text = decoded.text;
  } else {
    text = input.text;
  }
  const parsed = parseSource(text);
  for (const p of parsed.problems) {
    problems.push(fileFinding(input.file, p.message, p.range && regionOf(parsed.lineCounter, text, p.range)));
  }
  const resources = sourceResources(parsed);
  resources.forEach((r, i) => analyzeResource(r.value, { lineCounter: parsed.lineCounter, root: r.node }, input.file, active, out, i, fixDefaults));
  const manifestLike = parsed.documents.some((d) => looksLikeObject(d.value)) || (problems.length > 0 && looksLikeManifestText(text));
  return { resources, lineCounter: parsed.lineCounter, text, manifestLike };
}

function resourceRef(object: Record<string, unknown>): ResourceRef {
  const meta = isPlainObject(object.metadata) ? object.metadata : {};
  const ref: ResourceRef = {
    apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
    kind: object.kind as string,
    name: typeof meta.name === 'string' && meta.name !== '' ? meta.name : null,
    namespace: typeof meta.namespace === 'string' ? meta.namespace : null,
  };
  if (typeof meta.generateName === 'string' && meta.generateName !== '') ref.generateName = meta.generateName;
  return ref;
}

function analyzeResource(
  object: Record<string, unknown>,
  source: { lineCounter: LineCounter; root: Node | null } | null,
  file: string | null,
  active: ActiveRule[],
  out: Finding[],
  resourceIndex: number,
  fixDefaults?: AnalyzeOptions['fixDefaults'],
): void {
  const resource = resourceRef(object);
  const place = (path: Path) => (source ? locate(source.root, path, source.lineCounter) : undefined);
  const mistyped = new Map<string, Finding>();
  let unknownReads: Path[] = [];
  let judging = true;
  const pod = makePodView(object, {
    mistyped(path, expected, actual) {
      const key = formatPath(path);
      if (mistyped.has(key)) return;
      const message = formatMessage(invalidField.messages.mistyped, { path: key, expected: article(expected), actual: describe(actual) });
      const finding = makeFinding(invalidField, 'error', message, { file, resource, object, path, container: null, region: place(path), resourceIndex });
      finding.messageId = 'mistyped';
      mistyped.set(key, finding);
    },
    unknown(path) {
      if (judging) unknownReads.push(path);
    },
  }, resource, fixDefaults);
  if (pod) {
    const containerAt = (path: Path) => pod.containers.find((c) => startsWith(path, c.path))?.name ?? null;
    for (const { rule, level, check } of active) {
      unknownReads = [];
      const reported: Finding[] = [];
      check(pod, (r) => {
        const container = r.container ?? containerAt(r.at.path);
        // A verdict on a value not known yet is no verdict: report it as undecidable, with no fix.
        const undecidable = r.at.isUnknown;
        const message = undecidable
          ? formatMessage(UNDECIDABLE, { path: formatPath(r.at.path) })
          : formatMessage(rule.messages[r.message], { container: container ?? '', ...r.data });
        // A fix that would have to write through a YAML alias or anchor is not offered (podguard fix refuses it).
        const fix = undecidable || r.fix?.some((e) => source && aliasBlocking(source.root, e.path)) ? undefined : r.fix;
        const finding = makeFinding(rule, level, message, { file, resource, object, path: r.at.path, container, region: place(r.at.path), resourceIndex, fix });
        finding.messageId = undecidable ? 'undecidable' : r.message;
        if (undecidable) finding.unknown = true;
        reported.push(finding);
      });
      // An unknown value the rule read without reporting on it also leaves its verdict open: say so once per place.
      for (const path of dedupePaths(unknownReads)) {
        const key = formatPath(path);
        if (reported.some((f) => f.unknown && f.path === key)) continue;
        const finding = makeFinding(rule, level, formatMessage(UNDECIDABLE, { path: key }), { file, resource, object, path, container: containerAt(path), region: place(path), resourceIndex });
        finding.messageId = 'undecidable';
        finding.unknown = true;
        reported.push(finding);
      }
      for (const f of reported) out.push(f);
    }
    // A mistyped field is bad input whatever the profile: read the pod as every other check would, only to hear
    // of mistyped fields, so that invalid-field does not depend on which rules are on.
    judging = false;
    const ran = new Set(active.map((a) => a.check));
    for (const check of ALL_CHECKS) if (!ran.has(check)) check(pod, () => {});
  }
  out.push(...mistyped.values());
}

const ALL_CHECKS = RULES.flatMap((r) => r.versions.map((v) => v.check));

const UNDECIDABLE = '{path} is not known yet (a computed value during preview), so this rule cannot be decided now; it is checked again when the value is known.';

function dedupePaths(paths: Path[]): Path[] {
  const seen = new Map<string, Path>();
  for (const p of paths) seen.set(formatPath(p), p);
  return [...seen.values()];
}

function article(expected: string): string {
  return expected === 'object' || expected === 'integer' ? `an ${expected}` : `a ${expected}`;
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

type RegionLike = { line: number; column: number; endLine: number; endColumn: number; start: number; end: number; exact?: boolean };

/**
 * A problem's place, kept inside the text: a parser reports an unexpected end of input just past the last character
 * (often on the empty line after the final newline), which no editor or annotation can show.
 */
function regionOf(lineCounter: LineCounter, text: string, range: [number, number]): RegionLike {
  const last = Math.max(0, text.trimEnd().length - 1);
  const start = Math.min(range[0], last);
  const end = Math.max(start, Math.min(range[1], last + 1));
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return { line: Math.max(1, a.line), column: Math.max(1, a.col), endLine: Math.max(1, b.line), endColumn: Math.max(1, b.col), start, end };
}

function makeFinding(
  rule: AnyRule,
  level: Level,
  message: string,
  at: { file: string | null; resource: ResourceRef | null; object?: unknown; path: Path; container: string | null; region?: RegionLike; resourceIndex?: number; fix?: Finding['fix'] },
): Finding {
  const f: Finding = {
    ruleId: rule.id,
    level,
    message,
    file: at.file,
    line: at.region?.line ?? null,
    column: at.region?.column ?? null,
    endLine: at.region?.endLine ?? null,
    endColumn: at.region?.endColumn ?? null,
    resource: at.resource,
    container: at.container,
    path: formatPath(at.path),
    pssCheck: rule.pss?.check ?? null,
    pssLevel: rule.pss?.level ?? null,
    fixable: !!at.fix && at.fix.length > 0,
    pathSegments: at.path,
  };
  if (at.fix && at.fix.length > 0) f.fix = at.fix;
  if (at.region) {
    f.offsets = [at.region.start, at.region.end];
    if (at.region.exact !== undefined) f.exact = at.region.exact;
  }
  if (at.resourceIndex !== undefined) f.resourceIndex = at.resourceIndex;
  const r = at.resource;
  f.identity = r
    ? [r.apiVersion, r.kind, r.namespace ?? '', identifyingName(r), rule.id, namedPath(at.object, at.path)].join(' ')
    : [at.file ?? '', rule.id, message].join(' ');
  return f;
}

function fileFinding(file: string, message: string, region?: RegionLike): Finding {
  const finding = makeFinding(invalidYaml, 'error', formatMessage(invalidYaml.messages.unreadable, { reason: message }), {
    file,
    resource: null,
    path: [],
    container: null,
    region: region ?? { line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
  });
  finding.messageId = 'unreadable';
  return finding;
}
