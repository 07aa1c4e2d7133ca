// Emitted by the engine for a suppression that does not suppress: no reason, a malformed date, or a locked rule.
import { defineRule } from '../engine/rule.js';

export default defineRule({
  id: 'invalid-suppression',
  summary: 'Every suppression gives a reason and waives only a rule that may be waived.',
  levels: { baseline: 'error', restricted: 'error', hardened: 'error' },
  engine: true,
  about: ['resource', 'configuration'],
  versions: [],
  messages: {
    noReason: 'This suppression of {rule} gives no reason, so it suppresses nothing; say why the risk is acceptable.',
    badDate: 'This suppression of {rule} has until={until}, which is not a date (YYYY-MM-DD), so it suppresses nothing.',
    locked: '{rule} is locked by {lockedBy}: no suppression may waive it, so this one is ignored; fix the finding instead.',
  },
  help: {
    why: 'A waiver without a reason cannot be reviewed, and a locked rule is one the platform team forbids waiving.',
    fix: 'Add a reason after the rule id (or as the annotation value), or fix the finding when the rule is locked.',
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
        # podguard:ignore privileged
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
        # podguard:ignore privileged the GPU driver installer needs it (GPU-12)
        privileged: true
`,
  },
});
