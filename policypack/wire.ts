// Resource properties as the Pulumi engine sends them, and back. During a preview, values computed from other
// resources' outputs arrive as sentinel strings; in a remediation, secrets arrive wrapped in @pulumi/policy's Secret.
// podguard's engine reads plain objects with UNKNOWN in place of a sentinel.
import { Secret } from '@pulumi/policy';
import { UNKNOWN, type Edit, type Path } from '../src/engine/field.js';
import { applyEdits } from '../src/fix/edits.js';

// Engines send the first; the other, typed sentinels come from older engines and the SDK still honours them.
const UNKNOWN_SENTINELS = new Set([
  '04da6b54-80e4-46f7-96ec-b56ff0331ba9',
  '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7',
  '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2',
  '030794c1-ac77-496b-92df-f27374a8bd58',
  'e48ece36-62e2-4504-bad9-02848725956a',
  'dd056dcd-154b-4c76-9bd3-c8f88648b5ff',
]);

type Obj = Record<string, unknown>;

function isUnknown(v: unknown): boolean {
  return typeof v === 'string' && UNKNOWN_SENTINELS.has(v);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null;
}

/**
 * The properties as they arrived. The SDK wraps them in Proxies that throw on reading an unknown and unwrap secrets;
 * a property descriptor comes from the target underneath, so reading through descriptors sees neither trap.
 */
export function ownProperties(props: object): Obj {
  const out: Obj = {};
  for (const key of Object.keys(props)) out[key] = Object.getOwnPropertyDescriptor(props, key)?.value;
  return out;
}

/** A copy for podguard's engine: secrets read as their values, unknowns as UNKNOWN. */
export function forAnalysis(value: unknown): unknown {
  if (value instanceof Secret) return forAnalysis(value.value);
  if (isUnknown(value)) return UNKNOWN;
  if (Array.isArray(value)) return value.map(forAnalysis);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) out[k] = forAnalysis(v);
  return out;
}

/** True when the path runs through or onto a value not known yet: an edit there would overwrite a computed value. */
export function reachesUnknown(root: unknown, path: Path): boolean {
  let node = root;
  for (const seg of path) {
    if (node instanceof Secret) node = node.value;
    if (!isObj(node)) return false;
    node = (node as Record<string | number, unknown>)[seg];
    if (isUnknown(node)) return true;
  }
  return false;
}

/**
 * Applies the fix engine's edits to the properties and keeps every secret secret: a secret that is still there is
 * wrapped again (a whole list when an edit removed items from it, since its items moved), and a value an edit writes
 * outside a secret is made secret when it holds, or is part of, a secret's value (a misplaced field moved to where it
 * applies). That errs on the side of secrecy: a constant that happens to occur in a secret is hidden too.
 */
export function applyKeepingSecrets(props: Obj, edits: Edit[]): Obj {
  const secrets: Array<{ path: Path; json: string }> = [];
  const plain = reveal(props, [], secrets) as Obj;
  const result = applyEdits(plain, edits);
  const reshaped = edits.flatMap((e) =>
    e.op === 'removeItem' ? [e.path] : e.op === 'remove' && typeof e.path[e.path.length - 1] === 'number' ? [e.path.slice(0, -1)] : [],
  );
  // Deepest first, so a secret inside a secret is wrapped before the one around it.
  for (const s of [...secrets].sort((a, b) => b.path.length - a.path.length)) {
    wrapAt(result, reshaped.find((list) => isStrictPrefix(list, s.path)) ?? s.path);
  }
  for (const e of edits) {
    if (e.op !== 'set' && e.op !== 'append') continue;
    // Written inside a secret, it is secret already.
    if (secrets.some((s) => isPrefix(s.path, e.path))) continue;
    if (secrets.some((s) => overlaps(s.json, e.value))) wrapAt(result, e.path);
  }
  return result;
}

/** A plain copy with secrets unwrapped, recording where each secret was and its value. */
function reveal(value: unknown, path: Path, secrets: Array<{ path: Path; json: string }>): unknown {
  if (value instanceof Secret) {
    const inner = reveal(value.value, path, secrets);
    secrets.push({ path, json: JSON.stringify(inner) ?? 'null' });
    return inner;
  }
  if (Array.isArray(value)) return value.map((v, i) => reveal(v, [...path, i], secrets));
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) out[k] = reveal(v, [...path, k], secrets);
  return out;
}

function wrapAt(root: Obj, path: Path): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (node instanceof Secret) node = node.value;
    if (!isObj(node)) return;
    node = (node as Record<string | number, unknown>)[seg];
  }
  if (node instanceof Secret) node = node.value;
  if (!isObj(node)) return;
  const parent = node as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (parent[last] !== undefined && !(parent[last] instanceof Secret)) parent[last] = new Secret(parent[last]);
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

function isStrictPrefix(prefix: Path, path: Path): boolean {
  return prefix.length < path.length && isPrefix(prefix, path);
}

/** True when the value written holds the secret's value, or the secret holds it (compared as JSON). */
function overlaps(secretJson: string, written: unknown): boolean {
  return contains(written, secretJson) || contains(JSON.parse(secretJson), JSON.stringify(written) ?? 'null');
}

function contains(haystack: unknown, needleJson: string): boolean {
  if ((JSON.stringify(haystack) ?? 'null') === needleJson) return true;
  return isObj(haystack) && Object.values(haystack).some((v) => contains(v, needleJson));
}
