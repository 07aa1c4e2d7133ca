// The GitHub Action: reads its inputs and the event from the runner's environment, scans the manifests a pull
// request changed (or every manifest under `paths`), annotates what it adds, and writes the summary, the outputs,
// an optional SARIF file and an optional review with suggestions. Only this module touches the Actions toolkit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import * as glob from '@actions/glob';
import { retry } from '@octokit/plugin-retry';
import { isConfigFile } from '../config/load.js';
import { excluder } from '../config/exclude.js';
import { analyzeOptions } from '../config/options.js';
import { atLeast, type Finding } from '../engine/finding.js';
import { ruleLevels } from '../engine/levels.js';
import type { Level } from '../engine/rule.js';
import { Run } from '../engine/run.js';
import { annotate } from '../format/github.js';
import { formatSarif } from '../format/sarif.js';
import { summaryMarkdown } from '../format/summary.js';
import { VERSION } from '../version.js';
import { describeCheckout, type Checkout } from './checkout.js';
import { apiProblem } from './github-errors.js';
import { readInputs, type Inputs } from './inputs.js';
import { postReview } from './post-review.js';
import { refusal, selectPullFiles, type ChangedFile, type PullFile } from './pull-request.js';
import { scan, type Scanned } from './scan.js';
import { renderWorkspace } from './render.js';
import { Versions } from './versions.js';
import { count } from '../format/plural.js';

// GitHub lists at most this many files of a pull request.
const MAX_LISTED = 3000;

// GitHub shows at most this many annotations of one level per step, and this many per job.
const SHOWN_PER_LEVEL = 10;
const SHOWN_PER_JOB = 50;

type Octokit = ReturnType<typeof github.getOctokit>;

export async function run(): Promise<void> {
  try {
    await act();
  } catch (e) {
    // One line whatever was thrown; the template's `instanceof Error` test would let other throws pass silently.
    core.setFailed(`podguard: ${e instanceof Error ? e.message : String(e)}`);
  }
}

type Repo = { full_name?: string } | null;
type PullRequest = { number: number; head: { sha: string; repo?: Repo }; base?: { sha: string; repo?: Repo }; changed_files?: number };

/** What every step shares: the inputs, the event, the API client, and the notes for the log and summary. */
interface Job {
  workspace: string;
  input: Inputs;
  pr?: PullRequest;
  octokit?: Octokit;
  /** Which commit the workspace holds, on a pull request. */
  checkout: Checkout;
  notes: string[];
  /** A warning in the log; held back until the findings' annotations are written, which GitHub shows first. */
  warn: (text: string) => void;
  held?: string[];
  /** A note that is also a warning in the log. */
  note: (text: string) => void;
}

async function act(): Promise<void> {
  const job = start();
  try {
    const { targets, changed, refused, kept } = await selectFiles(job);
    const run = new Run({ profile: job.input.profile, k8sVersion: job.input.k8sVersion, ...analyzeOptions(job.input.config) });
    // Charts and kustomizations: found among all the files under `paths`, since a changed patch needs its overlay.
    const domain = changed ? kept(await workspaceFiles(job.workspace, job.input.patterns, [])) : targets;
    const tree = await renderWorkspace(job.workspace, domain.map((t) => t.file), changed?.map((c) => c.file), run, job.input.config, core.getInput('k8s-version') || job.input.config?.k8sVersion);
    const { octokit } = job;
    const fetch = octokit && (async (path: string, ref: string) => String((await octokit.rest.repos.getContent({ ...github.context.repo, path, ref, mediaType: { format: 'raw' } })).data));
    const versions = new Versions({ workspace: job.workspace, pr: job.pr, checkout: job.checkout, fetch, note: job.note });
    const scanned = await scan(targets, { workspace: job.workspace, run, pullRequest: !!changed, readHead: (t) => versions.head(t), baseOf: (t) => versions.base(t), note: job.note, tree });
    for (const n of scanned.end.notes) {
      core.info(`podguard: ${n.file ? `${n.file}: ` : ''}${n.message}`);
      job.notes.push(n.file ? `\`${n.file}\`: ${n.message}.` : n.message);
    }
    const waived = setWaivedAside(job, scanned);
    annotateAll(job, scanned.counted);
    writeSarif(job, [...scanned.counted, ...scanned.preExisting, ...waived]);
    if (changed && scanned.fixed.length > 0) core.info(`podguard: this pull request fixes ${count(scanned.fixed.length, 'finding')} of its base.`);
    if (job.input.suggestions && job.pr && changed) await review(job, changed, scanned);
    await report(job, scanned, { files: targets.length, refused, pullRequest: !!changed });
  } finally {
    releaseWarnings(job);
  }
}

function start(): Job {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const input = readInputs(workspace);
  const { context } = github;
  const event = context.payload.pull_request as PullRequest | undefined;
  const pr = (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') && event ? event : undefined;
  const notes: string[] = [];
  const job: Job = {
    workspace,
    input,
    pr,
    octokit: input.token ? github.getOctokit(input.token, { retry: { retries: 3 } }, retry) : undefined,
    checkout: pr ? describeCheckout(workspace, pr.head.sha) : { isHead: true, headInGit: false, says: '' },
    notes,
    held: [],
    warn: (text) => (job.held ? job.held.push(text) : core.warning(text)),
    note: (text) => {
      job.warn(text);
      notes.push(text);
    },
  };
  if (pr && !job.checkout.isHead) {
    core.info(`podguard: ${job.checkout.says}; each changed file is read as at the head: from the workspace when its copy is the head's, else from ${job.checkout.headInGit ? 'the head commit in git' : 'the contents API'}.`);
  }
  return job;
}

function releaseWarnings(job: Job): void {
  for (const text of job.held ?? []) core.warning(text);
  job.held = undefined;
}

/** Which files to scan, and on a pull request which of their lines are new; `changed` is set only then. */
/** `kept` drops the paths the configuration excludes, for every other list of files the run reads. */
async function selectFiles(job: Job): Promise<{ targets: ChangedFile[]; changed?: ChangedFile[]; refused: Array<{ file: string; reason: string }>; kept: (files: ChangedFile[]) => ChangedFile[] }> {
  const { input, octokit, pr } = job;
  let changed: ChangedFile[] | undefined;
  let refused: Array<{ file: string; reason: string }> = [];
  if (pr && input.onlyChanged) {
    if (!octokit) job.note('No github-token: cannot list the pull request\'s files, so every file under `paths` was scanned.');
    else {
      try {
        const files = (await octokit.paginate(octokit.rest.pulls.listFiles, { ...github.context.repo, pull_number: pr.number, per_page: 100 })) as PullFile[];
        ({ files: changed, refused } = selectPullFiles(job.workspace, files, input.patterns, job.checkout.isHead));
        changed = changed.filter((c) => !isConfigFile(c.file));
        core.info(`podguard: the pull request changes ${count(files.length, 'file')}; ${count(changed.length, 'is a manifest', 'are manifests')} under \`paths\`.`);
        noteMissingDiffs(job, changed);
        changed.push(...(await unlisted(job, files, changed, refused)));
      } catch (e) {
        job.note(`${apiProblem(e, 'pull-requests: read')}: could not list the pull request's files, so every file under \`paths\` was scanned.`);
      }
    }
  }
  // The configuration's exclude: those paths are never read, changed or not.
  const skip = excluder(input.config ? [{ base: dirname(input.config.file), globs: input.config.exclude ?? [] }] : []);
  const kept = (files: ChangedFile[]) => (skip ? files.filter((f) => !skip(join(job.workspace, f.file))) : files);
  if (changed) changed = kept(changed);
  const targets = changed ?? kept(await workspaceFiles(job.workspace, input.patterns, refused));
  for (const r of refused) job.warn(`podguard: did not read ${r.file}: ${r.reason}`);
  return { targets, changed, refused, kept };
}

/** Files GitHub lists without a patch (binary, or a diff too large) have no line a review comment can reach. */
function noteMissingDiffs(job: Job, changed: ChangedFile[]): void {
  // A pure rename has no patch because nothing in it changed.
  const names = changed.filter((c) => c.hunks?.length === 0 && c.status !== 'renamed').map((c) => `\`${c.file}\``);
  if (names.length === 0) return;
  const listed = names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
  job.note(`GitHub sent no diff for ${listed} (a binary file or a diff too large to show): new findings there come from the comparison with the base, and no review comment can be placed on them.`);
}

/** Beyond GitHub's 3,000 listed files, the manifests under `paths` it did not list, scanned in full. */
async function unlisted(job: Job, files: PullFile[], changed: ChangedFile[], refused: Array<{ file: string; reason: string }>): Promise<ChangedFile[]> {
  const total = Math.max(job.pr?.changed_files ?? 0, files.length);
  if (files.length < MAX_LISTED && total <= files.length) return [];
  const head = `GitHub lists at most ${MAX_LISTED.toLocaleString('en-US')} files of a pull request, and this one changes ${total.toLocaleString('en-US')}`;
  if (!job.checkout.isHead && !job.checkout.headInGit) {
    job.note(`${head}: the files it did not list were not scanned, because the workspace is not the pull request's head and git does not have it.`);
    return [];
  }
  const listed = new Set(files.flatMap((f) => [f.filename, f.previous_filename]));
  const rest = (await workspaceFiles(job.workspace, job.input.patterns, refused)).filter((f) => !listed.has(f.file) && !changed.some((c) => c.file === f.file));
  job.note(`${head}: so the ${count(rest.length, 'manifest', 'manifests')} under \`paths\` it did not list ${rest.length === 1 ? 'was' : 'were'} scanned in full, each compared with its base in git (without the base commit, its findings count as pre-existing); no review comment can be placed on them.`);
  return rest.map((f) => ({ ...f, status: 'unlisted', hunks: [] }));
}

/** A waived finding (annotation, comment or config) is listed, not annotated or counted. */
function setWaivedAside(job: Job, scanned: Scanned): Finding[] {
  const waived = [...scanned.counted, ...scanned.preExisting].filter((f) => f.suppressed);
  scanned.counted = scanned.counted.filter((f) => !f.suppressed);
  scanned.preExisting = scanned.preExisting.filter((f) => !f.suppressed);
  if (waived.length > 0) job.notes.push(`${count(waived.length, 'finding is', 'findings are')} suppressed by a reasoned waiver and not counted${job.input.sarifFile ? ' (the SARIF file lists them)' : ''}.`);
  return waived;
}

const LEVELS: Level[] = ['error', 'warning', 'note'];

/** Every finding is annotated, errors first; GitHub shows only some, so say how many and where the rest are. */
function annotateAll(job: Job, counted: Finding[]): void {
  const byLevel = LEVELS.map((level) => counted.filter((f) => f.level === level));
  byLevel.flat().forEach(annotate);
  releaseWarnings(job);
  const shown = Math.min(SHOWN_PER_JOB, byLevel.reduce((n, list) => n + Math.min(list.length, SHOWN_PER_LEVEL), 0));
  if (shown < counted.length) {
    const levels = byLevel.map((list, i) => (list.length > 0 ? count(list.length, LEVELS[i]) : '')).filter((t) => t).join(', ');
    const text = `${counted.length} annotations were written (${levels}), errors first; GitHub shows at most ${SHOWN_PER_LEVEL} of each level per step and ${SHOWN_PER_JOB} per job, so ${counted.length - shown} of them are not shown there: ${job.input.sarifFile ? 'the job summary and the SARIF file list' : 'the job summary lists'} them all.`;
    core.info(`podguard: ${text}`);
    job.notes.push(text);
  }
}

function writeSarif(job: Job, findings: Finding[]): void {
  if (!job.input.sarifFile) return;
  const path = resolve(job.workspace, job.input.sarifFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatSarif(findings, VERSION, ruleLevels(job.input.profile, job.input.k8sVersion)));
  core.setOutput('sarif-file', path);
}

/** Outputs, the job summary, and the verdict. */
async function report(job: Job, scanned: Scanned, scope: { files: number; refused: Array<{ file: string; reason: string }>; pullRequest: boolean }): Promise<void> {
  const { input } = job;
  const { counted, preExisting, fixed } = scanned;
  core.setOutput('findings', counted.length);
  core.setOutput('errors', counted.filter((f) => f.level === 'error').length);
  core.setOutput('warnings', counted.filter((f) => f.level === 'warning').length);
  core.setOutput('new', scope.pullRequest ? counted.length : 0);
  core.setOutput('pre-existing', preExisting.length);
  core.setOutput('fixed', fixed.length);

  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const sha = job.pr?.head.sha ?? github.context.sha;
  const title = scope.pullRequest ? `podguard: ${count(counted.length, 'new finding')} in this pull request` : `podguard: ${count(counted.length, 'finding')}`;
  const markdown = summaryMarkdown({
    title,
    counted,
    preExisting,
    fixed,
    pullRequest: scope.pullRequest,
    profile: input.profile,
    k8sVersion: input.k8sVersion,
    files: scope.files,
    resources: scanned.end.summary.resources,
    refused: scope.refused,
    notes: job.notes,
    link: process.env.GITHUB_REPOSITORY ? (file, line) => `${server}/${process.env.GITHUB_REPOSITORY}/blob/${sha}/${encodeURI(file)}#L${line}` : undefined,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);

  // fail-on counts new findings only, unless the team asks to block on debt too (fail-on-scope: all).
  const scopeFindings = input.failOnScope === 'all' ? [...counted, ...preExisting] : counted;
  const which = scope.pullRequest && input.failOnScope === 'new' ? 'new ' : '';
  const failing = input.failOn === 'never' ? [] : scopeFindings.filter((f) => atLeast(f.level, input.failOn as Level));
  if (failing.length > 0) {
    core.setFailed(`podguard: ${count(failing.length, `${which}finding`)} at or above ${input.failOn} (see the annotations and the job summary)`);
  } else {
    core.info(`podguard: no ${which}finding at or above ${input.failOn}.`);
  }
}

/** Files under `paths` in the workspace, never following or reading symbolic links. */
async function workspaceFiles(workspace: string, patterns: string[], refused: Array<{ file: string; reason: string }>): Promise<ChangedFile[]> {
  const rooted = patterns.map((p) => (p.startsWith('!') ? `!${workspace}/${p.slice(1)}` : `${workspace}/${p}`));
  const globber = await glob.create([...rooted, `!${workspace}/**/node_modules/**`, `!${workspace}/**/.git/**`].join('\n'), { followSymbolicLinks: false });
  const files: ChangedFile[] = [];
  for (const path of (await globber.glob()).sort()) {
    const file = relative(workspace, path);
    if (isConfigFile(file)) continue;
    const reason = refusal(workspace, file);
    if (reason) refused.push({ file, reason });
    else files.push({ file, added: new Set() });
  }
  return files;
}

async function review(job: Job, changed: ChangedFile[], scanned: Scanned): Promise<void> {
  const { octokit, pr } = job;
  if (!octokit || !pr) return job.note('No github-token: suggestions were not posted.');
  const files = changed.flatMap((c) => {
    const text = scanned.texts.get(c.file);
    return text === undefined ? [] : [{ file: c.file, text, findings: scanned.counted.filter((f) => f.file === c.file), diff: { added: c.added, hunks: c.hunks ?? [] } }];
  });
  // A deleted fork has no head repository; any other fork has another name.
  const fork = !pr.head.repo || (!!pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name);
  const target = { ...github.context.repo, pull_number: pr.number, commit_id: pr.head.sha, fork };
  const outcome = await postReview(octokit, target, files, scanned.counted.length, { unsafeSuggestions: job.input.unsafeSuggestions });
  job.notes.push(...outcome.notes);
  if (outcome.warning) job.note(outcome.warning);
}
