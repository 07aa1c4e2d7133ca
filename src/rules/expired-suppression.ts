// Emitted by the engine for a suppression past its until= date.
import { defineRule } from '../engine/rule.js';

export default defineRule({
  id: 'expired-suppression',
  summary: 'Suppressions are renewed or removed when they expire.',
  levels: { baseline: 'warning', restricted: 'warning', hardened: 'warning' },
  engine: true,
  about: ['resource', 'configuration'],
  versions: [],
  messages: {
    expired: 'This suppression of {rule} expired on {until}, so the finding counts again; fix it, or renew the waiver with a new date and reason.',
  },
  help: {
    why: 'A waiver is a promise to come back; an expired one means the risk has outlived the plan to remove it.',
    fix: 'Fix the finding and delete the suppression, or move its until= date with a fresh reason.',
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
        # podguard:ignore privileged until=2020-01-31 the GPU driver installer needs it
        privileged: true
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
        # podguard:ignore privileged until=2999-12-31 the GPU driver installer needs it (GPU-12)
        privileged: true
`,
  },
});
