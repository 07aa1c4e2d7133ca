// npm run bench [-- --files N --runs R]: generates a corpus of realistic multi-document manifests, then compares
// `podguard scan` with the parse floor (bench-floor.mjs: yaml's parseAllDocuments + toJS of every file plus a walk of
// every pod spec, in a process of its own), in turn, R times each. Also checks that peak memory does not grow with
// the number of files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { files: { type: 'string', default: '4000' }, runs: { type: 'string', default: '3' } } });
const FILES = Number(values.files);
const RUNS = Number(values.runs);
const ROOT = new URL('../bench-corpus/', import.meta.url).pathname;
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const RSS_PROBE = new URL('./max-rss.cjs', import.meta.url).pathname;

// A small deterministic PRNG, so every run measures the same corpus.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function container(name, hardened) {
  const sc = hardened
    ? `        securityContext:\n          allowPrivilegeEscalation: false\n          readOnlyRootFilesystem: true\n          capabilities:\n            drop: [ALL]\n`
    : pick(['', `        securityContext:\n          privileged: ${pick(['true', 'false'])}\n`, `        securityContext:\n          capabilities:\n            add: [${pick(['NET_ADMIN', 'SYS_TIME', 'CHOWN'])}]\n`]);
  return `      - name: ${name}
        image: registry.example/${name}:${Math.floor(rand() * 100)}.${Math.floor(rand() * 10)}
        # resources sized from last quarter's load test
        resources:
          requests: {cpu: ${Math.floor(rand() * 900) + 100}m, memory: ${Math.floor(rand() * 900) + 100}Mi}
          limits: {memory: ${Math.floor(rand() * 2000) + 500}Mi}
        env:
${Array.from({ length: 6 }, (_, i) => `          - name: SETTING_${i}\n            value: "${'v'.repeat(Math.floor(rand() * 30))}"`).join('\n')}
        ports:
          - containerPort: ${8000 + Math.floor(rand() * 100)}
            name: http
        livenessProbe:
          httpGet: {path: /healthz, port: http}
          periodSeconds: 10
        volumeMounts:
          - {name: config, mountPath: /etc/app}
${sc}`;
}

function workload(i) {
  const kind = pick(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod']);
  const hardened = rand() < 0.3;
  const podSc = hardened ? `      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n        runAsGroup: 10001\n        seccompProfile: {type: RuntimeDefault}\n` : '';
  const containers = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, c) => container(`app${c}`, hardened)).join('');
  const podSpec = `${podSc}      containers:\n${containers}      volumes:\n        - name: config\n          configMap: {name: app-${i}}\n`;
  const indent = (text, n) => text.replace(/^(?=.)/gm, ' '.repeat(n));
  const meta = `metadata:\n  name: app-${i}\n  namespace: team-${i % 17}\n  labels: {app: app-${i}, tier: ${pick(['web', 'worker', 'batch'])}}\n`;
  if (kind === 'Pod') return `apiVersion: v1\nkind: Pod\n${meta}spec:\n${indent(podSpec, -0).replace(/^ {4}/gm, '  ')}`;
  const template = `  template:\n    metadata:\n      labels: {app: app-${i}}\n    spec:\n${podSpec}`;
  if (kind === 'CronJob') return `apiVersion: batch/v1\nkind: CronJob\n${meta}spec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n${indent(template, 4)}`;
  const api = kind === 'Job' ? 'batch/v1' : 'apps/v1';
  return `apiVersion: ${api}\nkind: ${kind}\n${meta}spec:\n  selector:\n    matchLabels: {app: app-${i}}\n${template}`;
}

function companion(i) {
  return pick([
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  selector: {app: app-${i}}\n  ports:\n    - {port: 80, targetPort: http}\n`,
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-${i}\ndata:\n  app.properties: |\n${Array.from({ length: 20 }, (_, k) => `    key${k}=value${k}`).join('\n')}\n`,
  ]);
}

function generate(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let f = 0; f < count; f++) {
    const sub = join(dir, `team-${f % 40}`);
    mkdirSync(sub, { recursive: true });
    const docs = [];
    for (let d = 0; d < 2 + Math.floor(rand() * 4); d++) docs.push(rand() < 0.6 ? workload(f * 10 + d) : companion(f * 10 + d));
    const text = `# generated for podguard's benchmark\n${docs.join('---\n')}`;
    writeFileSync(join(sub, `app-${f}.yaml`), text);
    bytes += text.length;
  }
  return bytes;
}

const FLOOR = new URL('./bench-floor.mjs', import.meta.url).pathname;

/** One process run, timed from outside, with its peak memory as the RSS probe reports it. */
function timed(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', RSS_PROBE, ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 1 && r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = Number(/podguard-max-rss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, out: r.stdout.length, stdout: r.stdout };
}

// Two floors: yaml 2.9.1, the parser the target of issue #22 (scan <= 0.5x the floor) was set against, and the
// yaml podguard ships, so that a reader sees the scan against both.
const FLOORS = { floor: 'yaml-2.9.1', shipped: 'yaml' };
const VERSIONS = Object.fromEntries(
  Object.entries(FLOORS).map(([k, pkg]) => [k, JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version]),
);
const floor = (dir, which) => timed([FLOOR, dir, FLOORS[which]]);
const scan = (dir, format) => timed([CLI, 'scan', dir, '--format', format]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => (n / 1e6).toFixed(1);

const small = join(ROOT, 'small');
const large = join(ROOT, 'large');
const smallBytes = generate(small, Math.floor(FILES / 4));
const largeBytes = generate(large, FILES);
console.log(`corpus: ${FILES} files, ${mb(largeBytes)} MB (and ${Math.floor(FILES / 4)} files, ${mb(smallBytes)} MB for the memory check)`);

// The floors and the scans in turn, so that all meet the same load on a shared machine; medians are quoted.
const runs = { floor: [], shipped: [], json: [], text: [] };
for (let i = 0; i < RUNS; i++) {
  runs.floor.push(floor(large, 'floor'));
  runs.json.push(scan(large, 'json'));
  runs.shipped.push(floor(large, 'shipped'));
  runs.text.push(scan(large, 'text'));
}
const mid = (list) => ({ ms: median(list.map((r) => r.ms)), rss: median(list.map((r) => r.rss)) });
const f = mid(runs.floor);
const shipped = mid(runs.shipped);
console.log(`floor: yaml ${VERSIONS.floor} parseAllDocuments + toJS + pod walk, one core, its own process: ${f.ms.toFixed(0)} ms, peak RSS ${f.rss.toFixed(0)} MB, ${runs.floor[0].stdout.trim()}`);
console.log(`the same with yaml ${VERSIONS.shipped}, the parser podguard ships: ${shipped.ms.toFixed(0)} ms, peak RSS ${shipped.rss.toFixed(0)} MB`);
for (const format of ['json', 'text']) {
  const ratio = (against) => median(runs[format].map((s, i) => s.ms / against[i].ms)).toFixed(2);
  const s = mid(runs[format]);
  console.log(
    `podguard scan --format ${format}: ${s.ms.toFixed(0)} ms, scan/floor ${ratio(runs.floor)} (median of ${RUNS} pairs; ${ratio(runs.shipped)} of yaml ${VERSIONS.shipped}'s parse), ` +
      `peak RSS ${s.rss.toFixed(0)} MB = ${(s.rss / f.rss).toFixed(2)}x the floor's, ${mb(runs[format][0].out)} MB of output`,
  );
}
const s1 = scan(small, 'text');
const s2 = scan(large, 'text');
console.log(`peak RSS with text output: ${s1.rss.toFixed(0)} MB for ${Math.floor(FILES / 4)} files, ${s2.rss.toFixed(0)} MB for ${FILES} files`);
console.log(`(corpus kept in ${ROOT}; bytes on disk: ${mb(statSync(large).size ? largeBytes : 0)} MB)`);

// The language server: the time from a change to its diagnostics on a 1,000-line and a 5 MB manifest.
const lsp = spawnSync(process.execPath, [new URL('./bench-lsp.mjs', import.meta.url).pathname], { stdio: 'inherit' });
if (lsp.status !== 0) throw new Error(`bench-lsp.mjs failed (${lsp.status})`);
