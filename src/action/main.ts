// The GitHub Action: reads its inputs and the event from the runner's environment, scans the manifests a pull
// request changed (or every manifest under `paths`), annotates what it adds, and writes the summary, the outputs,
// an optional SARIF file and an optional review with suggestions. Only this module touches the Actions toolkit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import * as glob from '@actions/glob';
import { retry } from '@octokit/plugin-retry';
import { findConfig, loadConfig } from '../config/load.js';
import { analyzeOptions } from '../config/options.js';
import { analyze, unusedExemptions } from '../engine/analyze.js';
import { atLeast, oncePerRun, type Finding } from '../engine/finding.js';
import { ruleLevels } from '../engine/levels.js';
import { PROFILES, type Level, type Profile } from '../engine/rule.js';
import { parseVersion } from '../engine/version.js';
import { annotate } from '../format/github.js';
import { formatSarif } from '../format/sarif.js';
import { summaryMarkdown } from '../format/summary.js';
import { decode } from '../source/decode.js';
import { LIMITS } from '../source/parse.js';
import { describeError, readBounded } from '../source/read.js';
import { VERSION } from '../version.js';
import { baseFromGit, compare, Explainer, type Base } from './baseline.js';
import { parsePaths, refusal, selectPullFiles, type ChangedFile, type PullFile } from './pull-request.js';
import { postedKeys, reviewComments } from './review.js';
import { count } from '../format/plural.js';

// Base versions fetched through the REST API when the checkout lacks the base commit, at most.
const MAX_API_BASES = 300;

/** A copy of a new finding whose message says why it is new. */
function explained(f: Finding, why: string): Finding {
  return { ...f, message: `${f.message} ${why}` };
}

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

function inputs(workspace: string) {
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback = allowed[0]): T => {
    const value = core.getInput(name) || fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new Error(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
  // The same .podguard.yaml as the CLI reads; the profile and version inputs, when given, win over it.
  const configInput = core.getInput('config');
  if (configInput) {
    const reason = refusal(workspace, configInput);
    if (reason) throw new Error(`input config: ${configInput}: ${reason}`);
  }
  const configFile = configInput ? resolve(workspace, configInput) : findConfig(workspace);
  const config = configFile ? loadConfig(configFile) : undefined;
  return {
    config,
    patterns: parsePaths(core.getInput('paths') || '**/*.yaml\n**/*.yml'),
    profile: oneOf<Profile>('profile', PROFILES, config?.profile ?? 'hardened'),
    k8sVersion: parseVersion(core.getInput('k8s-version') || config?.k8sVersion || 'latest'),
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const),
    failOnScope: oneOf('fail-on-scope', ['new', 'all'] as const),
    onlyChanged: (core.getInput('only-changed') || 'true').toLowerCase() !== 'false',
    token: core.getInput('github-token'),
    sarifFile: core.getInput('sarif-file'),
    suggestions: (core.getInput('suggestions') || 'false').toLowerCase() === 'true',
  };
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

async function act(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const input = inputs(workspace);
  const { context } = github;
  const pr = context.payload.pull_request as { number: number; head: { sha: string }; base?: { sha: string } } | undefined;
  const isPullRequest = (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') && !!pr;
  const octokit: Octokit | undefined = input.token ? github.getOctokit(input.token, { retry: { retries: 3 } }, retry) : undefined;
  const notes: string[] = [];
  const note = (text: string) => {
    core.warning(text);
    notes.push(text);
  };

  // Which files, and (on a pull request) which of their lines are new.
  let changed: ChangedFile[] | undefined;
  let refused: Array<{ file: string; reason: string }> = [];
  if (isPullRequest && input.onlyChanged) {
    if (!octokit) note('No github-token: cannot list the pull request\'s files, so every file under `paths` was scanned.');
    else {
      try {
        const files = (await octokit.paginate(octokit.rest.pulls.listFiles, { ...context.repo, pull_number: pr!.number, per_page: 100 })) as PullFile[];
        ({ files: changed, refused } = selectPullFiles(workspace, files, input.patterns));
        core.info(`podguard: the pull request changes ${count(files.length, 'file')}; ${count(changed.length, 'is a manifest', 'are manifests')} under \`paths\`.`);
      } catch (e) {
        note(`${apiProblem(e)}: could not list the pull request's files, so every file under \`paths\` was scanned.`);
      }
    }
  }
  const targets = changed ?? (await workspaceFiles(workspace, input.patterns, refused));
  for (const r of refused) core.warning(`podguard: did not read ${r.file}: ${r.reason}`);

  // Scan; on a pull request compare each changed file with its base version.
  const options = { profile: input.profile, k8sVersion: input.k8sVersion, ...analyzeOptions(input.config) };
  const counted: Finding[] = [];
  const preExisting: Finding[] = [];
  const fixed: Finding[] = [];
  const texts = new Map<string, string>();
  let resources = 0;
  let apiBases = 0;
  for (const target of targets) {
    let bytes: Uint8Array;
    try {
      bytes = readBounded(resolve(workspace, target.file));
    } catch (e) {
      note(`Could not read ${target.file}: ${describeError(e)}.`);
      continue;
    }
    const text = decode(bytes).text;
    if (text !== undefined) texts.set(target.file, text);
    const result = analyze({ file: target.file, bytes }, options);
    resources += result.summary.resources;
    for (const n of result.notes) {
      core.info(`podguard: ${n.file}: ${n.message}`);
      notes.push(`\`${n.file}\`: ${n.message}.`);
    }
    if (!changed) {
      counted.push(...result.findings);
      continue;
    }
    const base = target.status === 'added' ? ({ absent: true, via: 'git' } as Base) : await baseOf(target);
    if ('problem' in base) {
      // Without a base, the lines the pull request added are the best guide to what it introduced.
      note(`Could not get the base version of ${target.previous ?? target.file} (${base.problem}); only findings on lines this pull request added count as new in it.`);
      for (const f of result.findings) (f.line !== null && target.added.has(f.line) ? counted : preExisting).push(f);
      continue;
    }
    if ('absent' in base) {
      counted.push(...result.findings.map((f) => explained(f, 'New in this pull request: the file is new.')));
      continue;
    }
    const baseFindings = analyze({ file: target.file, text: base.text }, options).findings;
    const comparison = compare(result.findings, baseFindings);
    const explainer = new Explainer(text ?? '', base.text);
    counted.push(...comparison.fresh.map((f) => explained(f, explainer.explain(f, target.added))));
    preExisting.push(...comparison.preExisting);
    fixed.push(...comparison.fixed.map((f) => ({ ...f, file: target.previous ?? target.file })));
  }

  async function baseOf(target: ChangedFile): Promise<Base> {
    const path = target.previous ?? target.file;
    const sha = pr?.base?.sha;
    if (!sha) return { problem: 'the event has no base commit' };
    const fromGit = baseFromGit(workspace, sha, path);
    if (fromGit) return fromGit;
    if (!octokit) return { problem: 'the base commit is not in the checkout and there is no github-token' };
    if (++apiBases > MAX_API_BASES) return { problem: `more than ${MAX_API_BASES} base files would have to be fetched through the API` };
    try {
      const response = await octokit.rest.repos.getContent({ ...context.repo, path, ref: sha, mediaType: { format: 'raw' } });
      const text = String(response.data);
      if (text.length > LIMITS.maxFileBytes) return { problem: 'the base version is over the size limit' };
      return { text, via: 'api' };
    } catch (e) {
      if ((e as { status?: number }).status === 404) return { absent: true, via: 'api' };
      return { problem: apiProblem(e) };
    }
  }

  // Every file reports a bad config exemption; and only a scan of everything can tell an exemption is unused.
  if (input.config) {
    const configFile = relative(workspace, input.config.file);
    const firstTime = oncePerRun(input.config.file);
    for (const list of [counted, preExisting]) list.splice(0, list.length, ...list.filter(firstTime));
    // Annotations name files relative to the repository.
    for (const f of [...counted, ...preExisting]) if (f.file === input.config.file) f.file = configFile;
    if (!changed) {
      const used = new Set(counted.flatMap((f) => (f.suppressed?.exemption !== undefined ? [f.suppressed.exemption] : [])));
      counted.push(...unusedExemptions(options.suppressions ?? {}, used).map((f) => ({ ...f, file: configFile })));
    }
  }

  // A waived finding (annotation, comment or config) is listed, not annotated or counted.
  const waived = [...counted, ...preExisting].filter((f) => f.suppressed);
  for (const list of [counted, preExisting]) list.splice(0, list.length, ...list.filter((f) => !f.suppressed));
  if (waived.length > 0) notes.push(`${count(waived.length, 'finding is', 'findings are')} suppressed by a reasoned waiver and not counted${input.sarifFile ? ' (the SARIF file lists them)' : ''}.`);

  // Annotations: every one is emitted; GitHub shows only some, so say where the rest are.
  for (const f of counted) annotate(f);
  const perLevel = (level: Level) => counted.filter((f) => f.level === level).length;
  if (counted.length > SHOWN_PER_JOB || (['error', 'warning', 'note'] as Level[]).some((l) => perLevel(l) > SHOWN_PER_LEVEL)) {
    const text = `${counted.length} annotations were written; GitHub shows at most ${SHOWN_PER_LEVEL} of each level per step and ${SHOWN_PER_JOB} per job, so the job summary${input.sarifFile ? ' and the SARIF file' : ''} list them all.`;
    core.info(`podguard: ${text}`);
    notes.push(text);
  }

  if (input.sarifFile) {
    const path = resolve(workspace, input.sarifFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, formatSarif([...counted, ...preExisting, ...waived], VERSION, ruleLevels(input.profile, input.k8sVersion)));
    core.setOutput('sarif-file', path);
  }

  if (changed && fixed.length > 0) core.info(`podguard: this pull request fixes ${count(fixed.length, 'finding')} of its base.`);

  if (input.suggestions && isPullRequest && changed) {
    if (!octokit) note('No github-token: suggestions were not posted.');
    else await postReview(octokit, pr!, changed, counted, texts, notes, note);
  }

  const errors = counted.filter((f) => f.level === 'error').length;
  const warnings = counted.filter((f) => f.level === 'warning').length;
  core.setOutput('findings', counted.length);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('new', changed ? counted.length : 0);
  core.setOutput('pre-existing', preExisting.length);
  core.setOutput('fixed', fixed.length);

  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const sha = pr?.head.sha ?? context.sha;
  const title = isPullRequest && changed ? `podguard: ${count(counted.length, 'new finding')} in this pull request` : `podguard: ${count(counted.length, 'finding')}`;
  const markdown = summaryMarkdown({
    title,
    counted,
    preExisting,
    fixed,
    pullRequest: !!changed,
    profile: input.profile,
    k8sVersion: input.k8sVersion,
    files: targets.length,
    resources,
    refused,
    notes,
    link: process.env.GITHUB_REPOSITORY ? (file, line) => `${server}/${process.env.GITHUB_REPOSITORY}/blob/${sha}/${encodeURI(file)}#L${line}` : undefined,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);

  // fail-on counts new findings only, unless the team asks to block on debt too (fail-on-scope: all).
  const scope = input.failOnScope === 'all' ? [...counted, ...preExisting] : counted;
  const which = changed && input.failOnScope === 'new' ? 'new ' : '';
  const failing = input.failOn === 'never' ? [] : scope.filter((f) => atLeast(f.level, input.failOn as Level));
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
): Promise<void> {
  try {
    const earlier = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...github.context.repo, pull_number: pr.number, per_page: 100 });
    const posted = postedKeys(earlier);
    const comments = changed.flatMap((c) => {
      const text = texts.get(c.file);
      return text === undefined ? [] : reviewComments(c.file, text, counted.filter((f) => f.file === c.file), { added: c.added, hunks: c.hunks }, posted);
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
