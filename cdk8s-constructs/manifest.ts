// Renders L1 props (k8s-types.ts) in the manifest's spelling. The shapes below list, for Kubernetes 1.33, only the
// paths that lead to a key the generated classes rename (hostPid → hostPID) or to a wrapped value (Quantity,
// IntOrString hold theirs in `.value`); everything else is copied as it is, so fields these types do not know (newer
// Kubernetes, or a JSON patch in manifest spelling) reach the manifest and are judged there.
import { CONTAINER_GROUPS } from '../src/engine/pod-view.js';

type Shape = { readonly fields: Readonly<Record<string, Field>> } | { readonly list: Shape } | { readonly map: Shape } | 'wrapped';
interface Field {
  /** The manifest key when it differs from the prop name. */
  readonly key?: string;
  readonly shape?: Shape;
}

const WRAPPED: Shape = 'wrapped';
const object = (fields: Record<string, Field>): Shape => ({ fields });
const listOf = (shape: Shape): Shape => ({ list: shape });
const mapOf = (shape: Shape): Shape => ({ map: shape });

const quantities: Field = { shape: mapOf(WRAPPED) };
const resources = object({ limits: quantities, requests: quantities });
const resourceFieldRef: Field = { shape: object({ divisor: { shape: WRAPPED } }) };
const portAction = object({ port: { shape: WRAPPED } });
const handler = object({ httpGet: { shape: portAction }, tcpSocket: { shape: portAction } });
const downwardApiFiles = object({ items: { shape: listOf(object({ resourceFieldRef })) } });
const claimSpec = object({ resources: { shape: resources } });

const container = object({
  env: { shape: listOf(object({ valueFrom: { shape: object({ resourceFieldRef }) } })) },
  lifecycle: { shape: object({ postStart: { shape: handler }, preStop: { shape: handler } }) },
  livenessProbe: { shape: handler },
  readinessProbe: { shape: handler },
  startupProbe: { shape: handler },
  ports: { shape: listOf(object({ hostIp: { key: 'hostIP' } })) },
  resources: { shape: resources },
});

const volume = object({
  awsElasticBlockStore: { shape: object({ volumeId: { key: 'volumeID' } }) },
  azureDisk: { shape: object({ diskUri: { key: 'diskURI' } }) },
  cinder: { shape: object({ volumeId: { key: 'volumeID' } }) },
  downwardApi: { key: 'downwardAPI', shape: downwardApiFiles },
  emptyDir: { shape: object({ sizeLimit: { shape: WRAPPED } }) },
  ephemeral: { shape: object({ volumeClaimTemplate: { shape: object({ spec: { shape: claimSpec } }) } }) },
  fc: { shape: object({ targetWwNs: { key: 'targetWWNs' } }) },
  flocker: { shape: object({ datasetUuid: { key: 'datasetUUID' } }) },
  photonPersistentDisk: { shape: object({ pdId: { key: 'pdID' } }) },
  portworxVolume: { shape: object({ volumeId: { key: 'volumeID' } }) },
  projected: { shape: object({ sources: { shape: listOf(object({ downwardApi: { key: 'downwardAPI', shape: downwardApiFiles } })) } }) },
  scaleIo: { key: 'scaleIO' },
  vsphereVolume: { shape: object({ storagePolicyId: { key: 'storagePolicyID' } }) },
});

export const POD_SPEC = object({
  // The pod's container lists, as the engine names them.
  ...Object.fromEntries(CONTAINER_GROUPS.map((group) => [group, { shape: listOf(container) }])),
  hostIpc: { key: 'hostIPC' },
  hostPid: { key: 'hostPID' },
  setHostnameAsFqdn: { key: 'setHostnameAsFQDN' },
  overhead: quantities,
  resources: { shape: resources },
  volumes: { shape: listOf(volume) },
});

const template: Field = { shape: object({ spec: { shape: POD_SPEC } }) };
const rollingUpdate: Field = { shape: object({ maxSurge: { shape: WRAPPED }, maxUnavailable: { shape: WRAPPED } }) };
const updateStrategy: Field = { shape: object({ rollingUpdate }) };

export const DEPLOYMENT_SPEC = object({ template, strategy: updateStrategy });
export const STATEFUL_SET_SPEC = object({
  template,
  updateStrategy,
  volumeClaimTemplates: { shape: listOf(object({ spec: { shape: claimSpec } })) },
});
export const DAEMON_SET_SPEC = object({ template, updateStrategy });
export const JOB_SPEC = object({ template });
export const CRON_JOB_SPEC = object({ jobTemplate: { shape: object({ spec: { shape: JOB_SPEC } }) } });

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * Renders resolved L1 props (plain JSON, as ApiObject.toJson() gives them) in the manifest's spelling.
 * Throws when a prop and a manifest-spelled key name the same field (hostPid and hostPID), rather than pick one.
 */
export function toManifest(value: unknown, shape: Shape, path = ''): Json {
  if (value === undefined || value === null) return null;
  if (shape === 'wrapped') {
    // cdk8s resolves a Quantity or IntOrString to { value }; a plain string or number is accepted as well.
    return isObject(value) && 'value' in value ? (value.value as Json) : (value as Json);
  }
  if ('list' in shape) return Array.isArray(value) ? value.map((v, i) => toManifest(v, shape.list, `${path}[${i}]`)) : (value as Json);
  if (!isObject(value)) return value as Json;
  const out: JsonObject = {};
  const origin: Record<string, string> = {};
  for (const [prop, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    const field = 'map' in shape ? { shape: shape.map } : shape.fields[prop];
    const key = field?.key ?? prop;
    if (key in out) {
      throw new Error(`${path}${path ? '.' : ''}${origin[key]} and ${path}${path ? '.' : ''}${prop} both set the manifest field ${key}; keep one.`);
    }
    origin[key] = prop;
    out[key] = field?.shape ? toManifest(v, field.shape, `${path}${path ? '.' : ''}${prop}`) : (v as Json);
  }
  return out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
