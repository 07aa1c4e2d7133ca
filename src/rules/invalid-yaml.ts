// Emitted by the engine, not by a check: a file that could not be read as manifests.
import { defineRule } from '../engine/rule.js';

export default defineRule({
  id: 'invalid-yaml',
  summary: 'The file can be read as YAML or JSON manifests.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  engine: true,
  about: ['file'],
  versions: [],
  messages: { unreadable: 'Could not read this file: {reason}.' },
  help: {
    why: 'A file podguard cannot parse is a file nobody has checked, and the API server would refuse it too.',
    fix: 'Correct the syntax at the reported position (or render templates first, e.g. `helm template`), then scan again.',
  },
  risk: 'low',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports: [{containerPort: 8080}
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      ports: [{containerPort: 8080}]
`,
  },
});
