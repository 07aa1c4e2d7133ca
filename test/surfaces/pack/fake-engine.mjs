// Stands in for the Pulumi CLI in the test of an engine that dies: starts the pack as the engine does (its own process
// group, pipes for stdin, stdout and stderr), connects to it, makes a call, prints "<pack pid> <port>" and waits to be
// killed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const [launcher, packDir] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const grpc = require('@grpc/grpc-js');
const { AnalyzerClient } = require('@pulumi/pulumi/proto/analyzer_grpc_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');

const pack = spawn(process.execPath, [launcher, '127.0.0.1:1', '.'], { cwd: packDir, stdio: 'pipe', detached: true });
pack.stderr.resume();
pack.stdout.once('data', (line) => {
  const port = Number(String(line).split('\n')[0]);
  const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  client.getAnalyzerInfo(new Empty(), (err) => {
    if (err) throw err;
    process.stdout.write(`${pack.pid} ${port}\n`);
  });
});
