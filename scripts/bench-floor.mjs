// The parse floor of npm run bench, as a process of its own (so its time and peak memory compare with a scan's):
// read every *.yaml under DIR, parseAllDocuments + toJS each, and touch every container's securityContext.
// `node bench-floor.mjs DIR [PACKAGE]`: PACKAGE is `yaml` (the parser podguard ships) or `yaml-2.9.1` (the parser
// the floor of issue #22 was measured with, kept so that figures stay comparable across parser upgrades).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { parseAllDocuments } = await import(process.argv[3] ?? 'yaml');

const POD_PATHS = { Pod: ['spec'], CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] };
const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)).sort();
let pods = 0;
for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const obj = doc.toJS();
    let spec = obj;
    for (const k of POD_PATHS[obj?.kind] ?? ['spec', 'template', 'spec']) spec = spec?.[k];
    if (!spec || typeof spec !== 'object') continue;
    pods++;
    for (const group of ['initContainers', 'containers', 'ephemeralContainers']) {
      for (const c of spec[group] ?? []) void c?.securityContext?.privileged;
    }
  }
}
console.log(`${files.length} files, ${pods} pod specs`);
