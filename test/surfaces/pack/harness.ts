// Plays the Pulumi engine's part for the policy pack: starts it the way `pulumi preview --policy-pack` does (the
// run-policy-pack launcher, the pack directory as working directory, the port on the first stdout line) and speaks the
// analyzer gRPC protocol to it with the stubs @pulumi/pulumi ships.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as grpcTypes from '@grpc/grpc-js';
// The pack's sources are outside the root tsconfig's `include`; importing their types here brings them into
// `tsc --noEmit -p .`, which covers test/.
import type * as packEntry from '../../../policypack/index.js';
import type { PackSettings } from '../../../policypack/settings.js';

const require = createRequire(import.meta.url);
export const REPO = join(import.meta.dirname, '../../..');
export const PACK_DIR = join(REPO, 'policypack');
// Resolved from the pack directory, as the engine's `pulumi-analyzer-policy` script does.
export const LAUNCHER = require.resolve('@pulumi/pulumi/cmd/run-policy-pack/index.js', { paths: [PACK_DIR] });

const grpc = require('@grpc/grpc-js') as typeof grpcTypes;
const pb = require('@pulumi/pulumi/proto/analyzer_pb.js') as typeof import('@pulumi/pulumi/proto/analyzer_pb.js');
const rpc = require('@pulumi/pulumi/proto/analyzer_grpc_pb.js') as typeof import('@pulumi/pulumi/proto/analyzer_grpc_pb.js');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb.js') as typeof import('google-protobuf/google/protobuf/struct_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js') as typeof import('google-protobuf/google/protobuf/empty_pb.js');

// How the engine encodes special values on the wire (@pulumi/pulumi's runtime/rpc.js: unknownValue, specialSigKey,
// specialSecretSig).
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
export const SIG_KEY = '4dabf18193072939515e22adb298388d';
export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
export const secret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });

export type Level = 'advisory' | 'mandatory' | 'remediate' | 'disabled';
const LEVELS: Level[] = ['advisory', 'mandatory', 'disabled', 'remediate']; // the proto enum's order
export type Severity = 'unspecified' | 'low' | 'medium' | 'high' | 'critical';
const SEVERITIES: Severity[] = ['unspecified', 'low', 'medium', 'high', 'critical']; // likewise

export interface Diagnostic {
  policyName: string;
  enforcementLevel: Level;
  message: string;
  description: string;
  urn: string;
}

export interface Resource {
  type: string;
  name: string;
  props: Record<string, unknown>;
}

export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: Level;
  severity: Severity;
  remediationSteps: string;
  configSchema: Record<string, unknown> | undefined;
}

/** A policy's entry in a policy-pack config file: a level, or an object with optional level and settings. */
export type PolicyConfig = Level | (PackSettings & { enforcementLevel?: Level; [key: string]: unknown });

export interface RunningPack {
  child: ChildProcess;
  port: number;
  /** Launch to port printed, in milliseconds. */
  startupMs: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  engine: Engine;
  /** Kills the process group if it is still there. */
  kill: () => void;
}

/** Starts the pack in `dir` (default: this checkout's policypack/), with the launcher resolved from there. */
export async function launchPack(env: Record<string, string> = {}, dir = PACK_DIR): Promise<RunningPack> {
  const started = performance.now();
  const launcher = require.resolve('@pulumi/pulumi/cmd/run-policy-pack/index.js', { paths: [dir] });
  const child = spawn(process.execPath, [launcher, '127.0.0.1:1', '.'], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, as the engine starts plugins: signals go to the group.
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        child.stdout!.off('data', check);
        resolve(Number(out.slice(0, nl)));
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => reject(new Error(`pack exited (${code ?? signal}) before printing a port:\n${err}`)));
  });
  const startupMs = performance.now() - started;
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return { child, port, startupMs, stdout: () => out, stderr: () => err, exited, engine: new Engine(port), kill };
}

/**
 * The environment the engine gives a policy pack for a stack with this config: PULUMI_CONFIG, a JSON object of
 * strings, in which a structured value (an object or a list in Pulumi.<stack>.yaml) arrives as JSON text.
 */
export function stackConfig(values: Record<string, unknown>): Record<string, string> {
  const config = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return { PULUMI_CONFIG: JSON.stringify(config) };
}

/** A pack through the engine's start-up calls, configured as with no policy-pack config file (or with `file`). */
export async function startPack(env: Record<string, string> = {}, file?: Record<string, PolicyConfig>): Promise<RunningPack & { policies: PolicyInfo[] }> {
  const pack = await launchPack(env);
  try {
    await pack.engine.handshake();
    await pack.engine.configureStack({ stack: 'dev', project: 'shop', dryRun: true });
    const { policies } = await pack.engine.info();
    await pack.engine.configure(policies, file);
    return Object.assign(pack, { policies });
  } catch (e) {
    pack.kill();
    throw e;
  }
}

type Callback<T> = (err: grpcTypes.ServiceError | null, res: T) => void;

/** The engine's side of the analyzer protocol, with plain objects in and out. */
export class Engine {
  readonly client: InstanceType<typeof rpc.AnalyzerClient>;

  constructor(port: number) {
    this.client = new rpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  }

  private call<T>(fn: (cb: Callback<T>) => unknown): Promise<T> {
    return new Promise((resolve, reject) => fn((err, res) => (err ? reject(err) : resolve(res))));
  }

  /** 'unimplemented' is an answer the engine accepts (it then uses the launcher's arguments). */
  async handshake(): Promise<'ok' | 'unimplemented'> {
    const req = new pb.AnalyzerHandshakeRequest().setEngineAddress('127.0.0.1:1').setRootDirectory(PACK_DIR).setProgramDirectory(PACK_DIR);
    try {
      await this.call((cb) => this.client.handshake(req, cb));
      return 'ok';
    } catch (e) {
      if ((e as grpcTypes.ServiceError).code === grpc.status.UNIMPLEMENTED) return 'unimplemented';
      throw e;
    }
  }

  async configureStack(stack: { stack: string; project: string; organization?: string; dryRun: boolean; config?: Record<string, string> }): Promise<void> {
    const req = new pb.AnalyzerStackConfigureRequest()
      .setStack(stack.stack)
      .setProject(stack.project)
      .setOrganization(stack.organization ?? 'org')
      .setDryRun(stack.dryRun);
    for (const [k, v] of Object.entries(stack.config ?? {})) req.getConfigMap().set(k, v);
    await this.call((cb) => this.client.configureStack(req, cb));
  }

  async info(): Promise<{ name: string; version: string; supportsConfig: boolean; policies: PolicyInfo[] }> {
    const res = await this.call<import('@pulumi/pulumi/proto/analyzer_pb.js').AnalyzerInfo>((cb) => this.client.getAnalyzerInfo(new Empty(), cb));
    return {
      name: res.getName(),
      version: res.getVersion(),
      supportsConfig: res.getSupportsconfig(),
      policies: res.getPoliciesList().map((p) => ({
        name: p.getName(),
        description: p.getDescription(),
        enforcementLevel: LEVELS[p.getEnforcementlevel()],
        severity: SEVERITIES[p.getSeverity()],
        remediationSteps: p.getRemediationSteps(),
        configSchema: p.getConfigschema()?.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
      })),
    };
  }

  /**
   * Configure as the engine sends it after reading a policy-pack config file: an entry for every policy, holding its
   * default level unless "all" or the policy's own entry sets one, and the properties the file gives it.
   */
  async configure(policies: PolicyInfo[], file: Record<string, PolicyConfig> = {}): Promise<void> {
    const entries = new Map<string, { level: Level; props: Record<string, unknown> }>();
    const all = typeof file.all === 'string' ? file.all : file.all?.enforcementLevel;
    for (const p of policies) entries.set(p.name, { level: all ?? p.enforcementLevel, props: {} });
    for (const [name, given] of Object.entries(file)) {
      const { enforcementLevel, ...props } = typeof given === 'string' ? { enforcementLevel: given } : given;
      const entry = entries.get(name) ?? { level: 'advisory' as Level, props: {} };
      entries.set(name, { level: enforcementLevel ?? entry.level, props: { ...entry.props, ...props } });
    }
    await this.configureRaw(Object.fromEntries([...entries].map(([name, e]) => [name, e])));
  }

  /** Configure exactly as given, without the engine's checks (for testing the pack's own). */
  async configureRaw(entries: Record<string, { level: Level; props: Record<string, unknown> }>): Promise<void> {
    const req = new pb.ConfigureAnalyzerRequest();
    for (const [name, e] of Object.entries(entries)) {
      const config = new pb.PolicyConfig().setEnforcementlevel(LEVELS.indexOf(e.level)).setProperties(Struct.fromJavaScript(e.props as never));
      req.getPolicyconfigMap().set(name, config);
    }
    await this.call((cb) => this.client.configure(req, cb));
  }

  private request(r: Resource): import('@pulumi/pulumi/proto/analyzer_pb.js').AnalyzeRequest {
    const options = new pb.AnalyzerResourceOptions().setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts());
    return new pb.AnalyzeRequest()
      .setType(r.type)
      .setName(r.name)
      .setUrn(urnOf(r))
      .setProperties(Struct.fromJavaScript(r.props as never))
      .setOptions(options);
  }

  async analyze(r: Resource): Promise<{ diagnostics: Diagnostic[]; notApplicable: string[] }> {
    const res = await this.call<import('@pulumi/pulumi/proto/analyzer_pb.js').AnalyzeResponse>((cb) => this.client.analyze(this.request(r), cb));
    return { diagnostics: res.getDiagnosticsList().map(diagnostic), notApplicable: res.getNotApplicableList().map((n) => n.getPolicyName()) };
  }

  /** The remediations in order; each one's properties are the resource after it (the engine applies them in turn). */
  async remediate(r: Resource): Promise<Array<{ policyName: string; props: Record<string, unknown> | undefined; diagnostic: string }>> {
    const res = await this.call<import('@pulumi/pulumi/proto/analyzer_pb.js').RemediateResponse>((cb) => this.client.remediate(this.request(r), cb));
    return res.getRemediationsList().map((m) => ({
      policyName: m.getPolicyname(),
      props: m.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
      diagnostic: m.getDiagnostic(),
    }));
  }

  async analyzeStack(resources: Resource[]): Promise<Diagnostic[]> {
    const req = new pb.AnalyzeStackRequest().setResourcesList(
      resources.map((r) =>
        new pb.AnalyzerResource()
          .setType(r.type)
          .setName(r.name)
          .setUrn(urnOf(r))
          .setProperties(Struct.fromJavaScript(r.props as never))
          .setOptions(new pb.AnalyzerResourceOptions().setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts())),
      ),
    );
    const res = await this.call<import('@pulumi/pulumi/proto/analyzer_pb.js').AnalyzeResponse>((cb) => this.client.analyzeStack(req, cb));
    return res.getDiagnosticsList().map(diagnostic);
  }

  close(): void {
    this.client.close();
  }
}

function diagnostic(d: import('@pulumi/pulumi/proto/analyzer_pb.js').AnalyzeDiagnostic): Diagnostic {
  return {
    policyName: d.getPolicyname(),
    enforcementLevel: LEVELS[d.getEnforcementlevel()],
    message: d.getMessage(),
    description: d.getDescription(),
    urn: d.getUrn(),
  };
}

export function urnOf(r: { type: string; name: string }): string {
  return `urn:pulumi:dev::podguard-test::${r.type}::${r.name}`;
}

/** The Pulumi type token of a Kubernetes object: kubernetes:<group or core>/<version>:<Kind>. */
export function typeOf(object: { apiVersion: string; kind: string }): string {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['core', object.apiVersion];
  return `kubernetes:${group}/${version}:${object.kind}`;
}

/** The object as a resource the engine would analyze. */
export function resourceOf(object: Record<string, unknown> & { apiVersion: string; kind: string }, name = 'res'): Resource {
  return { type: typeOf(object), name, props: object };
}

/** A stack trace has "    at fn (file:line:col)" lines. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
