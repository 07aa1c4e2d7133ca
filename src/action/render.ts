// The Action's hook into rendering: the charts and kustomizations among the workspace's files are rendered as the
// CLI renders them; on a pull request, only those holding a changed file, keeping findings on changed files.
import { relative, resolve } from 'node:path';
import type { Run } from '../engine/run.js';
import { renderTree, type RenderedTree } from '../render/tree.js';
import type { Inputs } from './inputs.js';

/** `kubeVersion`: the Kubernetes version asked for (input or configuration), if one was. */
export function renderWorkspace(workspace: string, files: string[], changed: string[] | undefined, run: Run, config: Inputs['config'], kubeVersion?: string): Promise<RenderedTree> {
  const scope = changed && new Set(changed.map((f) => resolve(workspace, f)));
  return renderTree(files.map((f) => resolve(workspace, f)), run, {
    charts: config?.charts,
    kubeVersion: kubeVersion && kubeVersion !== 'latest' ? kubeVersion.replace(/^v/, '') : undefined,
    display: (abs) => relative(workspace, abs),
    scope: scope && ((abs) => scope.has(abs)),
  });
}
