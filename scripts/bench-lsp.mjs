// npm run bench (or node scripts/bench-lsp.mjs): the time from a change to its diagnostics in `podguard lsp`, on a
// 1,000-line manifest and a 5 MB one, through the protocol as an editor speaks it. The time includes the server's
// debounce after a change (the quiet time it waits for more typing).
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const ROOT = new URL('../bench-corpus/', import.meta.url).pathname; // the documents live in the editor only: nothing is written

function deployment(i) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 17}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels: {app: app-${i}}
    spec:
      containers:
        - name: web
          image: registry.example/web:${i}.0
          ports:
            - containerPort: 8080
          env:
            - {name: MODE, value: production}
            - {name: SHARD, value: "${i}"}
          securityContext:
            privileged: ${i % 3 === 0}
            allowPrivilegeEscalation: false
        - name: sidecar
          image: registry.example/proxy:1.${i % 9}
          resources:
            limits: {memory: 128Mi}
`;
}

/** Whole Deployments up to about `lines` lines or `bytes` bytes. */
function manifest({ lines = Infinity, bytes = Infinity }) {
  const docs = [];
  let size = 0;
  let count = 0;
  for (let i = 0; count < lines && size < bytes; i++) {
    const doc = deployment(i);
    docs.push(doc);
    size += doc.length + 4;
    count += doc.split('\n').length;
  }
  return docs.join('---\n');
}

const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  const key = `${p.uri} ${p.version}`;
  waiting.get(key)?.(p.diagnostics.length);
  waiting.delete(key);
});
connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});

const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri} ${version}`, resolve));

async function measure(name, text, runs = 5) {
  const uri = pathToFileURL(`${ROOT}${name}`).href;
  let ready = published(uri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await ready;
  const line = text.split('\n').findIndex((l) => l.includes('privileged: false'));
  const times = [];
  let diagnostics = 0;
  for (let version = 2; version < 2 + runs; version++) {
    // Flip the first privileged: false to true and back: a change that changes the findings.
    const [from, to] = version % 2 === 0 ? ['false', 'true'] : ['true', 'false'];
    const character = text.split('\n')[line].indexOf(from);
    ready = published(uri, version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character: character + from.length } }, text: to }] });
    diagnostics = await ready;
    times.push(performance.now() - start);
    text = text.split('\n').map((l, i) => (i === line ? l.replace(from, to) : l)).join('\n');
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  times.sort((a, b) => a - b);
  const lines = text.split('\n').length;
  console.log(`podguard lsp, change to diagnostics: ${name} (${lines} lines, ${(text.length / 1e6).toFixed(1)} MB, ${diagnostics} diagnostics): median ${times[times.length >> 1].toFixed(0)} ms, best ${times[0].toFixed(0)} ms`);
}

await measure('lsp-1000-lines.yaml', manifest({ lines: 1000 }));
await measure('lsp-5mb.yaml', manifest({ bytes: 5e6 }), 3);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
