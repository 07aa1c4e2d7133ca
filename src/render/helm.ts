// Renders a Helm chart with `helm template` and splits the output at its `# Source:` comments, so that each
// rendered document is known by the template file it came from.
import { findTool, runTool } from './tools.js';

export interface RenderedDocument {
  /** The template's path inside the chart folder, e.g. templates/deployment.yaml or charts/db/templates/sts.yaml. */
  template: string;
  text: string;
}

export type ChartOutcome = { documents: RenderedDocument[] } | { error: string } | { missing: true };

export function renderChart(chartDir: string, values: string[], kubeVersion?: string): ChartOutcome {
  const helm = findTool('helm');
  if (!helm) return { missing: true };
  // Local files only: `helm template` reads no repository unless asked to (dependencies are not updated here).
  const args = ['template', chartDir, ...values.flatMap((v) => ['--values', v])];
  if (kubeVersion) args.push('--kube-version', kubeVersion);
  const out = runTool(helm, args);
  return 'error' in out ? out : { documents: splitRendered(out.stdout) };
}

/** Documents of `helm template` output, each with the template named by its `# Source: <chart>/<path>` comment. */
export function splitRendered(output: string): RenderedDocument[] {
  const documents: RenderedDocument[] = [];
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    const source = /^# Source: [^/\n]+\/(.+?)[ \t]*$/m.exec(chunk);
    if (!source || chunk.trim() === source[0].trim()) continue;
    documents.push({ template: source[1], text: chunk.replace(/^\r?\n/, '') });
  }
  return documents;
}
