// Whether a file is meant as Kubernetes manifests at all. `scan .` reads every *.yaml, *.yml and *.json, and many
// of them are something else (devcontainer.json with comments, a vendored .travis.yml): such a file, when it cannot
// be read, is skipped with a note rather than failing the run. A broken file that does look like manifests stays
// an error, since the API server would refuse it too.
import { isPlainObject } from './resources.js';

/** A parsed document that has apiVersion or kind at its top. */
export function looksLikeObject(value: unknown): boolean {
  return isPlainObject(value) && (Object.hasOwn(value, 'apiVersion') || Object.hasOwn(value, 'kind'));
}

// `apiVersion:` or `kind:` starting a line (after indentation, a list dash or a quote, as in a List or in JSON),
// or a JSON key anywhere (minified JSON has no line starts to speak of).
const MANIFEST_KEY = /^[ \t]*(?:-[ \t]+)?["']?(?:apiVersion|kind)["']?[ \t]*:|"(?:apiVersion|kind)"[ \t]*:/m;

/** For a text that did not parse: does it have the keys of a Kubernetes object where they would be? */
export function looksLikeManifestText(text: string): boolean {
  return MANIFEST_KEY.test(text);
}
