// Emitted by the engine for a suppression that matched no finding.
import { defineRule } from '../engine/rule.js';

export default defineRule({
  id: 'unused-suppression',
  summary: 'Suppressions match a finding; stale ones are removed.',
  levels: { baseline: 'note', restricted: 'note', hardened: 'note' },
  engine: true,
  about: ['resource', 'configuration'],
  versions: [],
  messages: {
    unused: 'This suppression of {rule} matches no finding{where}; remove it.',
  },
  help: {
    why: 'A stale waiver would silently hide the problem if it came back.',
    fix: 'Delete the suppression, or correct its rule id or container.',
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
      securityContext:
        # podguard:ignore privileged the GPU driver installer needs it (GPU-12)
        readOnlyRootFilesystem: true
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        # podguard:ignore privileged the GPU driver installer needs it (GPU-12)
        privileged: true
`,
  },
});
