// Measures the pack as the engine sees it: start-up (launcher started to port printed) and Analyze time per resource
// over gRPC. Run after a build: `node policypack/bench.mjs [--runs N] [--resources N]`. For scale, both are also
// measured for a CrossGuard pack with as many policies that do nothing: the floor set by the launcher, the Pulumi SDKs
// (which deserialize a resource's properties once per policy) and gRPC.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PACK = fileURLToPath(new URL('.', import.meta.url));
const REPO = join(PACK, '..');
const require = createRequire(import.meta.url);
const LAUNCHER = require.resolve('@pulumi/pulumi/cmd/run-policy-pack/index.js', { paths: [PACK] });
const grpc = require('@grpc/grpc-js');
const pb = require('@pulumi/pulumi/proto/analyzer_pb.js');
const { AnalyzerClient } = require('@pulumi/pulumi/proto/analyzer_grpc_pb.js');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');
const { parseAllDocuments } = require('yaml');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, resources: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);
const count = Number(values.resources);

function launch(dir) {
  const started = performance.now();
  const child = spawn(process.execPath, [LAUNCHER, '127.0.0.1:1', '.'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'], detached: true });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`pack exited with ${code}`)));
    child.stdout.once('data', (d) => resolve({ child, port: Number(String(d).trim()), ms: performance.now() - started }));
  });
}

function stop(child) {
  child.removeAllListeners('exit');
  process.kill(-child.pid, 'SIGINT');
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms (min ${s[0].toFixed(0)}, max ${s.at(-1).toFixed(0)}, ${s.length} runs)`;
};

async function startup(dir) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { child, ms } = await launch(dir);
    times.push(ms);
    stop(child);
    await new Promise((r) => setTimeout(r, 200));
  }
  return stats(times);
}

/** A CrossGuard pack of `n` policies that do nothing, using the same node_modules as this one. */
function emptyPack(n) {
  const dir = mkdtempSync(join(tmpdir(), 'empty-pack-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty', version: '0.0.0', main: 'index.js' }));
  const policies = `Array.from({ length: ${n} }, (_, i) => ({ name: 'noop' + i, description: 'nothing', validateResource: () => {} }))`;
  writeFileSync(join(dir, 'index.js'), `new (require('@pulumi/policy').PolicyPack)('empty', { policies: ${policies} });\n`);
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The examples' workloads, each also as the other kinds' pod template: a mix of clean and insecure resources. */
function resources() {
  const objects = [];
  for (const f of readdirSync(join(REPO, 'examples')).filter((x) => x.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(REPO, 'examples', f), 'utf8'))) {
      const o = doc.toJS();
      objects.push(...(o.kind === 'List' ? o.items : [o]));
    }
  }
  return objects.map((o, i) => {
    const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['core', o.apiVersion];
    const type = `kubernetes:${group}/${version}:${o.kind}`;
    return new pb.AnalyzeRequest()
      .setType(type)
      .setName(`r${i}`)
      .setUrn(`urn:pulumi:bench::bench::${type}::r${i}`)
      .setProperties(Struct.fromJavaScript(o))
      .setOptions(new pb.AnalyzerResourceOptions().setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts()));
  });
}

async function analyzeTime(dir) {
  const { child, port } = await launch(dir);
  const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const call = (method, req) => new Promise((resolve, reject) => client[method](req, (err, res) => (err ? reject(err) : resolve(res))));
  const info = await call('getAnalyzerInfo', new Empty());
  const configure = new pb.ConfigureAnalyzerRequest();
  for (const p of info.getPoliciesList()) {
    configure.getPolicyconfigMap().set(p.getName(), new pb.PolicyConfig().setEnforcementlevel(p.getEnforcementlevel()).setProperties(new Struct()));
  }
  await call('configure', configure);
  const reqs = resources();
  let diagnostics = 0;
  for (let i = 0; i < 200; i++) await call('analyze', reqs[i % reqs.length]); // warm-up
  const sequential = performance.now();
  for (let i = 0; i < count; i++) diagnostics += (await call('analyze', reqs[i % reqs.length])).getDiagnosticsList().length;
  const perResource = (performance.now() - sequential) / count;
  // The engine analyzes resources in parallel (16 steps at a time by default).
  const parallel = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < count) await call('analyze', reqs[next++ % reqs.length]);
  }));
  const perResourceParallel = (performance.now() - parallel) / count;
  client.close();
  stop(child);
  return { perResource, perResourceParallel, diagnostics: diagnostics / count, kinds: reqs.length };
}

async function countPolicies() {
  const { child, port } = await launch(PACK);
  const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const info = await new Promise((resolve, reject) => client.getAnalyzerInfo(new Empty(), (err, res) => (err ? reject(err) : resolve(res))));
  client.close();
  stop(child);
  return info.getPoliciesList().length;
}

const empty = emptyPack(await countPolicies());
try {
  console.log(`node ${process.version}, ${runs} start-ups, ${count} Analyze calls`);
  console.log(`start-up:  podguard ${await startup(PACK)}`);
  console.log(`           no-op    ${await startup(empty)}`);
  for (const [label, dir] of [['podguard', PACK], ['no-op   ', empty]]) {
    const a = await analyzeTime(dir);
    console.log(`Analyze:   ${label} ${a.perResource.toFixed(2)} ms per resource one at a time, ${a.perResourceParallel.toFixed(2)} ms with 16 in flight (${a.kinds} resources, ${a.diagnostics.toFixed(1)} diagnostics each)`);
  }
} finally {
  rmSync(empty, { recursive: true, force: true });
}
