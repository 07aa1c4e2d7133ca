// Judges one input (text, bytes or an object) against prepared settings; a Run (run.ts) strings inputs together and
// adds what only a whole run knows. analyze() is the short way to do a whole run at once.
import type { LineCounter, Node } from 'yaml';
import { decode } from '../source/decode.js';
import { aliasBlocking, locate } from '../source/locate.js';
import { LIMITS, parseSource, type ParsedSource } from '../source/parse.js';
import { isPlainObject, resourcesOf, sourceResources, type Resource } from '../source/resources.js';
import { RULES } from '../rules/index.js';
import { DEFAULT_PROFILE, FIX_DEFAULTS } from './defaults.js';
import { describe, formatPath, type Path } from './field.js';
import { compareFindings, identifyingName, namedPath, type Finding, type Note, type Summary } from './finding.js';
import { looksLikeManifestText, looksLikeObject } from '../source/manifest-like.js';
import { isPlaced, makePodViews, type PodView, type ResourceRef } from './pod-view.js';
import { collectUnread, valueAt, type DeclaredKind, type UnreadKinds } from './custom-resources.js';
import { activeRules, validateRules, type ActiveRule } from './registry.js';
import { suppress, utcToday, type Place, type SuppressionPolicy } from './suppress.js';
import { formatMessage, type AnyRule, type Level, type Profile } from './rule.js';
import { LATEST, parseVersion, type K8sVersion } from './version.js';
import { Run } from './run.js';
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
  /** The rules to apply (PSA's evaluator takes its checks the same way); default: every built-in rule. */
  rules?: readonly AnyRule[];
  /** Custom resource kinds declared in the configuration, read like the known ones. */
  customResources?: readonly DeclaredKind[];
}

export interface AnalyzeResult {
  findings: Finding[];
  summary: Summary;
  notes: Note[];
}

/** The parsed source of a text input, handed back so that no surface parses a file twice. */
export interface ReadSource {
  resources: Resource[];
  lineCounter: LineCounter | null;
  text?: string;
  parsed?: ParsedSource;
  /** Why the file was skipped instead of reported: it is no manifest and could not be read. */
  skipped?: string;
}

/** What one input gave: its findings in output order, how many resources it held, notes, and its parsed source. */
export interface InputResult {
  file: string | null;
  findings: Finding[];
  resources: number;
  notes: Note[];
  /** Objects of custom kinds podguard does not read that hold pod-shaped parts, for the run's note per kind. */
  unreadKinds?: UnreadKinds;
  source?: ReadSource;
}

/** Settings resolved once for many inputs. */
export interface Prepared {
  profile: Profile;
  version: K8sVersion;
  active: ActiveRule[];
  policy: SuppressionPolicy;
  fixDefaults: typeof FIX_DEFAULTS;
  rules: readonly AnyRule[];
  customResources?: readonly DeclaredKind[];
  /** The newest check of every rule that is not active, run only to hear of mistyped fields. */
  readers: ReadonlyArray<ActiveRule['check']>;
}

validateRules(RULES);

const activeCache = new Map<string, ActiveRule[]>();
function rulesFor(rules: readonly AnyRule[], profile: Profile, version: K8sVersion): ActiveRule[] {
  if (rules !== RULES) return activeRules(rules, profile, version);
  const key = `${profile}@${version}`;
  let list = activeCache.get(key);
  if (!list) activeCache.set(key, (list = activeRules(RULES, profile, version)));
  return list;
}

export function prepare(options: AnalyzeOptions = {}): Prepared {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const version = options.k8sVersion ? parseVersion(options.k8sVersion) : LATEST;
  const rules = options.rules ?? RULES;
  if (rules !== RULES) validateRules(rules);
  const active = rulesFor(rules, profile, version)
    .filter((a) => !options.disabled?.has(a.rule.id))
    .map((a) => (options.levels?.[a.rule.id] ? { ...a, level: options.levels[a.rule.id] } : a));
  const policy: SuppressionPolicy = { ...options.suppressions, today: options.suppressions?.today ?? utcToday() };
  const on = new Set(active.map((a) => a.rule));
  const readers = rules.flatMap((r) => (on.has(r) || r.versions.length === 0 ? [] : [r.versions[r.versions.length - 1].check]));
  return { profile, version, active, policy, fixDefaults: { ...FIX_DEFAULTS, ...options.fixDefaults }, rules, customResources: options.customResources, readers };
}

/** A whole run over the inputs at once: every input's findings, then the run's own, and the summary of them all. */
export function analyze(input: AnalyzeInput | AnalyzeInput[], options: AnalyzeOptions = {}): AnalyzeResult {
  const run = new Run(options);
  const findings: Finding[] = [];
  for (const one of Array.isArray(input) ? input : [input]) findings.push(...run.add(one).findings);
  const end = run.finish();
  return { findings: [...findings, ...end.findings], summary: end.summary, notes: end.notes };
}

/** Judges one input; nothing about the run (exemptions used elsewhere, counts) is kept. */
export function analyzeInput(one: AnalyzeInput, prepared: Prepared): InputResult {
  const own: Finding[] = [];
  const file = one.file ?? null;
  let read: ReadSource;
  if ('object' in one) {
    read = { resources: resourcesOf(one.object, null), lineCounter: null };
    read.resources.forEach((r, i) => analyzeResource(r.value, null, file, prepared, own, i));
  } else {
    read = analyzeText(one, prepared, own);
  }
  suppress(own, read.resources.map((r) => r.value), read.text, prepared.policy, (rule, message, data, place) => {
    own.push(suppressionFinding(rule, message, data, place, file, read));
  }, prepared.customResources);
  const unreadKinds: UnreadKinds = {};
  collectUnread(unreadKinds, read.resources, prepared.customResources);
  const notes: Note[] = read.skipped ? [file === null ? { message: read.skipped } : { file, message: read.skipped }] : [];
  const result: InputResult = { file, findings: own.sort(compareFindings), resources: read.resources.length, notes, source: read };
  if (Object.keys(unreadKinds).length > 0) result.unreadKinds = unreadKinds;
  return result;
}

/** A finding about a waiver, placed at the waiver: its annotation, its comment, or its entry in the config file. */
export function suppressionFinding(rule: AnyRule, messageId: string, data: Record<string, string>, place: Place, file: string | null, read: ReadSource): Finding {
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

function analyzeText(input: { file: string; text: string } | { file: string; bytes: Uint8Array }, prepared: Prepared, out: Finding[]): ReadSource {
  const problems: Finding[] = [];
  const read = readText(input, prepared, out, problems);
  if (problems.length > 0 && !read.manifestLike) {
    const p = problems[0];
    return { resources: [], lineCounter: null, skipped: `not a Kubernetes manifest (no apiVersion or kind), skipped: ${p.message.replace(/^Could not read this file: /, '').replace(/\.$/, '')} (line ${p.line}, column ${p.column})` };
  }
  out.push(...problems);
  return read;
}

/** Reads and analyzes the text; problems reading it go to `problems`, for analyzeText to report or skip. */
function readText(input: { file: string; text: string } | { file: string; bytes: Uint8Array }, prepared: Prepared, out: Finding[], problems: Finding[]): ReadSource & { manifestLike: boolean } {
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
  resources.forEach((r, i) => analyzeResource(r.value, { lineCounter: parsed.lineCounter, root: r.node }, input.file, prepared, out, i));
  const manifestLike = parsed.documents.some((d) => looksLikeObject(d.value)) || (problems.length > 0 && looksLikeManifestText(text));
  return { resources, lineCounter: parsed.lineCounter, text, parsed, manifestLike };
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
  prepared: Prepared,
  out: Finding[],
  resourceIndex: number,
): void {
  const resource = resourceRef(object);
  const place = (path: Path) => (source ? locate(source.root, path, source.lineCounter) : undefined);
  const mistyped = new Map<string, Finding>();
  let unknownReads: Path[] = [];
  let judging = true;
  const pods = makePodViews(object, {
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
  }, resource, prepared.fixDefaults, prepared.customResources);
  // Pods of one custom resource share fields (a workflow's securityContext): a finding there is reported once.
  const seen = new Set<string>();
  for (const pod of pods) {
    const containerAt = (path: Path) => pod.containerAt(path);
    for (const { rule, level, check } of prepared.active) {
      unknownReads = [];
      const reported: Finding[] = [];
      check(pod, (r) => {
        if (!isPlaced(r.at.path)) return;
        const container = r.container ?? containerAt(r.at.path);
        // A verdict on a value not known yet is no verdict: report it as undecidable, with no fix.
        const undecidable = r.at.isUnknown;
        const message = undecidable
          ? formatMessage(UNDECIDABLE, { path: formatPath(r.at.path) })
          : formatMessage(rule.messages[r.message], { container: container ?? '', ...r.data });
        // A fix that would have to write through a YAML alias or anchor is not offered (podguard fix refuses it).
        const fix = undecidable || r.fix?.some((e) => !isPlaced(e.path) || (source && aliasBlocking(source.root, e.path))) ? undefined : r.fix;
        const finding = makeFinding(rule, level, message, { file, resource, object, path: r.at.path, container, region: place(r.at.path), resourceIndex, fix });
        inheritance(finding, pod, object, r.at.path);
        finding.messageId = undecidable ? 'undecidable' : r.message;
        if (finding.fixable) finding.fixSafety = r.fixSafety ?? 'unsafe';
        if (undecidable) finding.unknown = true;
        reported.push(finding);
      });
      // An unknown value the rule read without reporting on it also leaves its verdict open: say so once per place.
      for (const path of dedupePaths(unknownReads)) {
        const key = formatPath(path);
        if (reported.some((f) => f.unknown && f.path === key)) continue;
        const finding = makeFinding(rule, level, formatMessage(UNDECIDABLE, { path: key }), { file, resource, object, path, container: containerAt(path), region: place(path), resourceIndex });
        inheritance(finding, pod, object, path);
        finding.messageId = 'undecidable';
        finding.unknown = true;
        reported.push(finding);
      }
      for (const f of reported) {
        const key = `${f.ruleId}\0${f.path}\0${f.message}`;
        if (!seen.has(key)) out.push(f);
        seen.add(key);
      }
    }
    // A mistyped field is bad input whatever the profile: the rules that are off read the pod too, only to tell of
    // mistyped fields, so that invalid-field does not depend on which rules are on.
    judging = false;
    for (const check of prepared.readers) check(pod, () => {});
    judging = true;
  }
  out.push(...mistyped.values());
}

/**
 * What the engine knows of a finding's container: where it is (for exemptions by image), and, for a field a
 * container inherits and does not set, the pod-level field its verdict rests on.
 */
function inheritance(finding: Finding, pod: PodView, object: unknown, path: Path): void {
  const container = pod.containerOf(path);
  if (!container) return;
  finding.containerPath = container.path;
  const from = container.inheritedFrom(path);
  if (from && valueAt(object, path.slice(0, container.path.length + 2)) == null) finding.restsOn = from;
}

const UNDECIDABLE = '{path} is not known yet (a computed value during preview), so this rule cannot be decided now; it is checked again when the value is known.';

function dedupePaths(paths: Path[]): Path[] {
  const seen = new Map<string, Path>();
  for (const p of paths) seen.set(formatPath(p), p);
  return [...seen.values()];
}

function article(expected: string): string {
  return expected === 'object' || expected === 'integer' ? `an ${expected}` : `a ${expected}`;
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
    fixSafety: null,
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
