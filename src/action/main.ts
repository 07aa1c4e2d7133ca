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
import { LIMITS } from '../source/parse.js';
import { VERSION } from '../version.js';
import { baseFromGit, type Base } from './baseline.js';
import { readInputs, type Inputs } from './inputs.js';
import { refusal, selectPullFiles, type ChangedFile, type PullFile } from './pull-request.js';
import { postedKeys, reviewComments } from './review.js';
import { scan, type Scanned } from './scan.js';
import { count } from '../format/plural.js';

// Base versions fetched through the REST API when the checkout lacks the base commit, at most.
const MAX_API_BASES = 300;

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

/** A one-line account of an API failure, with what it usually means. */
function apiProblem(e: unknown): string {
  const status = (e as { status?: number }).status;
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (status === 403 && /rate limit/i.test(message)) return `GitHub API rate limit reached (${message})`;
  if (status === 403) return `GitHub refused access (403: ${message}); pull requests from forks get a read-only token`;
  if (status === 404) return `GitHub answered 404 (${message}); check the token's access to this repository`;
  return status ? `GitHub API error ${status} (${message})` : `GitHub API request failed (${message})`;
}

type PullRequest = { number: number; head: { sha: string }; base?: { sha: string } };

/** What every step shares: the inputs, the event, the API client, and the notes for the log and summary. */
interface Job {
  workspace: string;
  input: Inputs;
  pr?: PullRequest;
  octokit?: Octokit;
  notes: string[];
  /** A note that is also a warning in the log. */
  note: (text: string) => void;
  /** Base versions fetched through the API so far. */
  apiBases: number;
}

async function act(): Promise<void> {
  const job = start();
  const { targets, changed, refused } = await selectFiles(job);
  const run = new Run({ profile: job.input.profile, k8sVersion: job.input.k8sVersion, ...analyzeOptions(job.input.config) });
  const scanned = await scan(targets, { workspace: job.workspace, run, pullRequest: !!changed, baseOf: (t) => baseOf(job, t), note: job.note });
  for (const n of scanned.end.notes) {
    core.info(`podguard: ${n.file ? `${n.file}: ` : ''}${n.message}`);
    job.notes.push(n.file ? `\`${n.file}\`: ${n.message}.` : n.message);
  }
  const waived = setWaivedAside(job, scanned);
  annotateAll(job, scanned.counted);
  writeSarif(job, [...scanned.counted, ...scanned.preExisting, ...waived]);
  if (changed && scanned.fixed.length > 0) core.info(`podguard: this pull request fixes ${count(scanned.fixed.length, 'finding')} of its base.`);
  if (job.input.suggestions && job.pr && changed) {
    if (!job.octokit) job.note('No github-token: suggestions were not posted.');
    else await postReview(job.octokit, job.pr, changed, scanned.counted, scanned.texts, job.notes, job.note, job.input.unsafeSuggestions);
  }
  await report(job, scanned, { files: targets.length, refused, pullRequest: !!changed });
}

function start(): Job {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const input = readInputs(workspace);
  const { context } = github;
  const pr = context.payload.pull_request as PullRequest | undefined;
  const isPullRequest = (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') && !!pr;
  const notes: string[] = [];
  return {
    workspace,
    input,
    pr: isPullRequest ? pr : undefined,
    octokit: input.token ? github.getOctokit(input.token, { retry: { retries: 3 } }, retry) : undefined,
    notes,
    note: (text) => {
      core.warning(text);
      notes.push(text);
    },
    apiBases: 0,
  };
}

/** Which files to scan, and on a pull request which of their lines are new; `changed` is set only then. */
async function selectFiles(job: Job): Promise<{ targets: ChangedFile[]; changed?: ChangedFile[]; refused: Array<{ file: string; reason: string }> }> {
  const { input, octokit, pr } = job;
  let changed: ChangedFile[] | undefined;
  let refused: Array<{ file: string; reason: string }> = [];
  if (pr && input.onlyChanged) {
    if (!octokit) job.note('No github-token: cannot list the pull request\'s files, so every file under `paths` was scanned.');
    else {
      try {
        const files = (await octokit.paginate(octokit.rest.pulls.listFiles, { ...github.context.repo, pull_number: pr.number, per_page: 100 })) as PullFile[];
        ({ files: changed, refused } = selectPullFiles(job.workspace, files, input.patterns));
        changed = changed.filter((c) => !isConfigFile(c.file));
        core.info(`podguard: the pull request changes ${count(files.length, 'file')}; ${count(changed.length, 'is a manifest', 'are manifests')} under \`paths\`.`);
      } catch (e) {
        job.note(`${apiProblem(e)}: could not list the pull request's files, so every file under \`paths\` was scanned.`);
      }
    }
  }
  // The configuration's exclude: those paths are never read, changed or not.
  const skip = excluder(input.config ? [{ base: dirname(input.config.file), globs: input.config.exclude ?? [] }] : []);
  const kept = (files: ChangedFile[]) => (skip ? files.filter((f) => !skip(join(job.workspace, f.file))) : files);
  if (changed) changed = kept(changed);
  const targets = changed ?? kept(await workspaceFiles(job.workspace, input.patterns, refused));
  for (const r of refused) core.warning(`podguard: did not read ${r.file}: ${r.reason}`);
  return { targets, changed, refused };
}

async function baseOf(job: Job, target: ChangedFile): Promise<Base> {
  const { octokit } = job;
  const path = target.previous ?? target.file;
  const sha = job.pr?.base?.sha;
  if (!sha) return { problem: 'the event has no base commit' };
  const fromGit = baseFromGit(job.workspace, sha, path);
  if (fromGit) return fromGit;
  if (!octokit) return { problem: 'the base commit is not in the checkout and there is no github-token' };
  if (++job.apiBases > MAX_API_BASES) return { problem: `more than ${MAX_API_BASES} base files would have to be fetched through the API` };
  try {
    const response = await octokit.rest.repos.getContent({ ...github.context.repo, path, ref: sha, mediaType: { format: 'raw' } });
    const text = String(response.data);
    if (text.length > LIMITS.maxFileBytes) return { problem: 'the base version is over the size limit' };
    return { text, via: 'api' };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return { absent: true, via: 'api' };
    return { problem: apiProblem(e) };
  }
}

/** A waived finding (annotation, comment or config) is listed, not annotated or counted. */
function setWaivedAside(job: Job, scanned: Scanned): Finding[] {
  const waived = [...scanned.counted, ...scanned.preExisting].filter((f) => f.suppressed);
  scanned.counted = scanned.counted.filter((f) => !f.suppressed);
  scanned.preExisting = scanned.preExisting.filter((f) => !f.suppressed);
  if (waived.length > 0) job.notes.push(`${count(waived.length, 'finding is', 'findings are')} suppressed by a reasoned waiver and not counted${job.input.sarifFile ? ' (the SARIF file lists them)' : ''}.`);
  return waived;
}

/** Every finding is annotated; GitHub shows only some, so say where the rest are. */
function annotateAll(job: Job, counted: Finding[]): void {
  for (const f of counted) annotate(f);
  const perLevel = (level: Level) => counted.filter((f) => f.level === level).length;
  if (counted.length > SHOWN_PER_JOB || (['error', 'warning', 'note'] as Level[]).some((l) => perLevel(l) > SHOWN_PER_LEVEL)) {
    const text = `${counted.length} annotations were written; GitHub shows at most ${SHOWN_PER_LEVEL} of each level per step and ${SHOWN_PER_JOB} per job, so the job summary${job.input.sarifFile ? ' and the SARIF file' : ''} list them all.`;
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

async function postReview(
  octokit: Octokit,
  pr: { number: number; head: { sha: string } },
  changed: ChangedFile[],
  counted: Finding[],
  texts: Map<string, string>,
  notes: string[],
  note: (text: string) => void,
  unsafeSuggestions: boolean,
): Promise<void> {
  try {
    const earlier = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...github.context.repo, pull_number: pr.number, per_page: 100 });
    const posted = postedKeys(earlier);
    const comments = changed.flatMap((c) => {
      const text = texts.get(c.file);
      return text === undefined ? [] : reviewComments(c.file, text, counted.filter((f) => f.file === c.file), { added: c.added, hunks: c.hunks }, posted, { unsafeSuggestions });
    });
    if (comments.length === 0) {
      notes.push('No new review comment to post.');
      return;
    }
    await octokit.rest.pulls.createReview({
      ...github.context.repo,
      pull_number: pr.number,
      commit_id: pr.head.sha,
      event: 'COMMENT',
      body: `podguard found ${count(counted.length, 'new finding')}; ${count(comments.length, 'comment')} below (suggestions can be committed as they are).`,
      comments,
    });
    notes.push(`Posted a review with ${count(comments.length, 'comment')}.`);
  } catch (e) {
    note(`${apiProblem(e)}: the review with suggestions was not posted; the annotations and this summary are complete.`);
  }
}
