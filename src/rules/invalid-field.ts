// Emitted by the engine when a field a rule reads has a type the API server would refuse.
import { defineRule } from '../engine/rule.js';

export default defineRule({
  id: 'invalid-field',
  summary: 'Pod security fields have the types the Kubernetes API requires.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  engine: true,
  versions: [],
  messages: {
    mistyped: '{path} must be {expected}, not {actual}; the API server rejects this object, and podguard read the field as unset.',
  },
  help: {
    why: 'A mistyped field (`runAsUser: "0"`, `containers: "x"`) makes the API server reject the object, and it hides what the author meant to enforce.',
    fix: 'Write the field with the type the Kubernetes API reference gives (booleans and numbers unquoted, lists as lists).',
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
        privileged: "false"
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
        privileged: false
`,
  },
});
