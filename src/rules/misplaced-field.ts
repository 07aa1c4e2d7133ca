// Reads the keys of spec.securityContext, of each container's securityContext, and the security keys written
// outside any securityContext. Kubernetes ignores a field at the wrong level (or rejects it under strict field
// validation), so the protection the author meant is not there. PSA does not see such fields either.
import type { Edit, Field } from '../engine/field.js';
import { defineRule, type FixSafety, type PodView, type Reporter } from '../engine/rule.js';

export default defineRule({
  id: 'misplaced-field',
  summary: 'Security settings sit where Kubernetes reads them, not at a level that ignores them.',
  levels: { hardened: 'error' },
  versions: [{ from: '1.0', check: fieldsWhereTheyApply }],
  messages: {
    containerOnly:
      'spec.securityContext.{key} has no effect: {key} exists only in a container\'s securityContext; move it into each container.',
    podOnly:
      'Container "{container}" sets securityContext.{key}, which exists only in the pod\'s spec.securityContext; move it there.',
    outside: '{where} sets {key} outside any securityContext, where Kubernetes ignores it; move it under {target}.',
  },
  help: {
    why: 'A security setting at the wrong level looks protective in review but is ignored (or makes the API server reject the object).',
    fix: 'Move the field to the securityContext that has it: container-only fields into each container, pod-only fields into spec.securityContext.',
  },
  fixes: { safe: 'the value is moved where it takes effect', unsafe: 'a weakening value is only deleted' },
  risk: 'medium',
  examples: {
    failing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
    allowPrivilegeEscalation: false
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    passing: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example/web:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
  },
});

const CONTAINER_ONLY = ['allowPrivilegeEscalation', 'capabilities', 'privileged', 'procMount', 'readOnlyRootFilesystem'];
const POD_ONLY = ['fsGroup', 'fsGroupChangePolicy', 'supplementalGroups', 'supplementalGroupsPolicy', 'sysctls', 'seLinuxChangePolicy'];
const SHARED = ['runAsUser', 'runAsGroup', 'runAsNonRoot', 'seLinuxOptions', 'seccompProfile', 'appArmorProfile', 'windowsOptions'];

type Message = 'containerOnly' | 'podOnly' | 'outside';

function fieldsWhereTheyApply(pod: PodView, report: Reporter<Message>): void {
  const inEachContainer = (key: string) => pod.containers.map((c) => c.field(`securityContext.${key}`));
  const podContext = pod.field('securityContext');
  if (podContext.isObject()) {
    for (const key of CONTAINER_ONLY) {
      const f = podContext.child([key]);
      if (f.isSet) report({ message: 'containerOnly', at: f, data: { key }, ...move(f, inEachContainer(key)) });
    }
  }
  for (const key of [...CONTAINER_ONLY, ...POD_ONLY, ...SHARED]) {
    const f = pod.field(key);
    if (!f.isSet) continue;
    const containerOnly = CONTAINER_ONLY.includes(key);
    const target = containerOnly ? "each container's securityContext" : 'spec.securityContext';
    const moved = move(f, containerOnly ? inEachContainer(key) : [pod.field(`securityContext.${key}`)]);
    report({ message: 'outside', at: f, data: { where: 'The pod spec', key, target }, ...moved });
  }
  for (const c of pod.containers) {
    const context = c.field('securityContext');
    if (context.isObject()) {
      for (const key of POD_ONLY) {
        const f = context.child([key]);
        if (f.isSet) report({ message: 'podOnly', at: f, data: { key }, ...move(f, [pod.field(`securityContext.${key}`)]) });
      }
    }
    for (const key of [...CONTAINER_ONLY, ...SHARED, ...POD_ONLY]) {
      const f = c.field(key);
      if (!f.isSet) continue;
      const podOnly = POD_ONLY.includes(key);
      const moved = move(f, [podOnly ? pod.field(`securityContext.${key}`) : c.field(`securityContext.${key}`)]);
      report({ message: 'outside', at: f, data: { where: `Container "${c.name}"`, key, target: podOnly ? 'spec.securityContext' : 'securityContext' }, ...moved });
    }
  }
}

/**
 * Copies a safe value to the targets that lack it, and removes it from where it has no effect. Moving is a safe fix:
 * the manifest asked for that value, and gets it where it works. Deleting a value too dangerous to move is not: it
 * takes away what someone wrote, and only a person can tell whether they meant it.
 */
function move(from: Field, targets: Field[]): { fix: Edit[]; fixSafety: FixSafety } {
  const key = String(from.path[from.path.length - 1]);
  if (!safeToMove(key, from.value)) return { fix: [from.remove()], fixSafety: 'unsafe' };
  return { fix: [...targets.filter((t) => !t.isSet).map((t) => t.set(from.value)), from.remove()], fixSafety: 'safe' };
}

// Only values that make a pod safer are moved: moving privileged: true would switch on what was ignored.
function safeToMove(key: string, value: unknown): boolean {
  const positive = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
  switch (key) {
    case 'allowPrivilegeEscalation':
    case 'privileged':
      return value === false;
    case 'readOnlyRootFilesystem':
    case 'runAsNonRoot':
      return value === true;
    case 'procMount':
      return value === 'Default';
    case 'runAsUser':
    case 'runAsGroup':
    case 'fsGroup':
      return positive(value);
    case 'supplementalGroups':
      return Array.isArray(value) && value.every(positive);
    case 'capabilities': {
      const add = (value as { add?: unknown } | null)?.add;
      return typeof value === 'object' && value !== null && (add === undefined || (Array.isArray(add) && add.length === 0));
    }
    case 'seccompProfile':
    case 'appArmorProfile': {
      const type = (value as { type?: unknown } | null)?.type;
      return type === 'RuntimeDefault' || type === 'Localhost';
    }
    default:
      return false;
  }
}
