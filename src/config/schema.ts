// The JSON Schema of .podguard.yaml, built from the rule modules so that rule ids cannot drift; `podguard schema`
// prints it and the package ships it as schema/podguard-config.schema.json (a test keeps the two equal).
import { FIX_DEFAULTS } from '../engine/defaults.js';
import { PROFILES } from '../engine/rule.js';
import { RULES } from '../rules/index.js';

export function configSchema() {
  const ruleIds = RULES.filter((r) => !r.engine).map((r) => r.id);
  const ruleId = { enum: ruleIds, description: 'A rule id, as podguard scan prints it.' };
  const glob = (what: string) => ({ type: 'string', description: `${what}; * matches any run of characters.` });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'podguard configuration (.podguard.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      profile: { enum: [...PROFILES], description: 'baseline or restricted (exactly the Pod Security Standards), or hardened (the default).' },
      k8sVersion: { type: 'string', pattern: '^(latest|v?1\\.\\d{1,3}(\\.\\d+)?)$', description: 'The Kubernetes version whose standards apply: 1.N or latest.' },
      rules: {
        type: 'object',
        description: 'Per-rule settings, by rule id.',
        propertyNames: ruleId,
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            level: { enum: ['error', 'warning', 'note'], description: 'The level this rule reports at.' },
            enabled: { type: 'boolean', description: 'false switches the rule off (a locked rule cannot be).' },
          },
        },
      },
      locked: { type: 'array', uniqueItems: true, items: ruleId, description: 'Rules no suppression may waive, and no setting switch off.' },
      exemptions: {
        type: 'array',
        description: 'Findings accepted on purpose. Each needs a reason; every matcher given must match.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule'],
          properties: {
            rule: ruleId,
            reason: { type: 'string', description: 'Why the risk is acceptable (required for the exemption to apply).' },
            until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The last day it applies (YYYY-MM-DD).' },
            namespace: glob('The namespace'),
            kind: glob('The resource kind'),
            name: glob('The resource name'),
            container: glob('The container name'),
            image: glob('The container image'),
          },
        },
      },
      fix: {
        type: 'object',
        additionalProperties: false,
        description: 'Values podguard fix writes.',
        properties: {
          runAsUser: { type: 'integer', minimum: 1, description: `The UID set when none is. Default ${FIX_DEFAULTS.runAsUser}.` },
          runAsGroup: { type: 'integer', minimum: 1, description: `The GID set when none is. Default ${FIX_DEFAULTS.runAsGroup}.` },
        },
      },
      charts: {
        type: 'array',
        description: 'Helm charts to render with extra values files (podguard renders every chart it finds, with its values.yaml).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: {
            path: { type: 'string', minLength: 1, description: 'The chart folder (holding Chart.yaml), relative to this file.' },
            values: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              description: 'Values files passed to helm template after the chart\'s own values.yaml, relative to the chart folder.',
            },
          },
        },
      },
      exclude: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Paths never read, as globs relative to this file\'s folder: a glob without / matches a file or folder name at any depth (vendor, *.tmpl.yaml), one with / a path (charts/*/templates/**); a matched folder excludes all it holds.',
      },
      customResources: {
        type: 'array',
        description: 'Custom resource kinds whose pod specs podguard reads, beyond the kinds it knows.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['apiVersion', 'kind', 'podSpecs'],
          properties: {
            apiVersion: { type: 'string', pattern: '^[a-z0-9.-]+\\.[a-z0-9-]+(/[a-z0-9]+)?$', description: 'group/version, or the group alone for every version.' },
            kind: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$', description: 'The kind, as in the objects.' },
            podSpecs: {
              type: 'array',
              minItems: 1,
              items: { type: 'string', pattern: '^[A-Za-z0-9_-]+(\\[\\])?(\\.([A-Za-z0-9_-]+(\\[\\])?|\\*))*$' },
              description: 'Paths of the pod specs, e.g. spec.template.spec; name[] reads every item of a list, * every value of a map.',
            },
          },
        },
      },
    },
  };
}
