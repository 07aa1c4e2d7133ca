// A scan run: created once from the settings, fed inputs one by one (analyzed here, or elsewhere with the same
// settings and handed in as results), and finished once. It alone knows what takes the whole run: which configured
// exemptions matched something, the notes, and a summary counted from exactly the findings that were emitted.
import { analyzeInput, prepare, suppressionFinding, type AnalyzeInput, type AnalyzeOptions, type InputResult, type Prepared } from './analyze.js';
import { mergeUnread, unreadNotes, type UnreadKinds } from './custom-resources.js';
import { emptySummary, type Finding, type Note, type Summary } from './finding.js';
import { unusedExemption, waiverData, waiverProblem } from './suppress.js';

export interface RunEnd {
  /** The run's own findings: each configured exemption that cannot suppress, or that matched nothing, once. */
  findings: Finding[];
  /** Every note of the run, the inputs' first, in the order they came. */
  notes: Note[];
  /** Counted from every finding emitted (the inputs' and the run's own); suppressed ones do not count. */
  summary: Summary;
  /** Also counted from what was emitted: unsuppressed notes, and suppressed findings of any level. */
  noteFindings: number;
  suppressed: number;
}

/**
 * What a run counts of one input: enough to keep the summary, the notes and which exemptions were used, without the
 * findings themselves (a worker thread that has already formatted them sends this).
 */
export interface Tally {
  resources: number;
  /** Unsuppressed findings by level, and suppressed ones of any level. */
  errors: number;
  warnings: number;
  noteFindings: number;
  suppressed: number;
  /** The configured exemptions (by index) that suppressed a finding. */
  exemptions: number[];
  /** The input's notes (things to know that are not findings), as InputResult has them. */
  notes: Note[];
  unreadKinds?: UnreadKinds;
}

export function tally(result: InputResult): Tally {
  const t: Tally = { resources: result.resources, errors: 0, warnings: 0, noteFindings: 0, suppressed: 0, exemptions: [], notes: result.notes };
  for (const f of result.findings) {
    if (f.suppressed) t.suppressed++;
    else if (f.level === 'error') t.errors++;
    else if (f.level === 'warning') t.warnings++;
    else t.noteFindings++;
    if (f.suppressed?.exemption !== undefined) t.exemptions.push(f.suppressed.exemption);
  }
  if (result.unreadKinds) t.unreadKinds = result.unreadKinds;
  return t;
}

export class Run {
  readonly prepared: Prepared;
  private readonly used = new Set<number>();
  private readonly notes: Note[] = [];
  private readonly unread: UnreadKinds = {};
  private readonly summary = emptySummary();
  private noteFindings = 0;
  private suppressed = 0;
  private finished = false;

  constructor(readonly options: AnalyzeOptions = {}) {
    this.prepared = prepare(options);
  }

  /** Judges one input with the run's settings without counting it (the base version of a file, say). */
  evaluate(input: AnalyzeInput): InputResult {
    return analyzeInput(input, this.prepared);
  }

  /** Judges one input and counts it. */
  add(input: AnalyzeInput): InputResult {
    return this.accept(this.evaluate(input));
  }

  /** Counts an input's result, judged here or on a worker thread with the same options. */
  accept(result: InputResult): InputResult {
    this.count(tally(result));
    return result;
  }

  /** Counts an input from its tally alone. */
  count(t: Tally): void {
    this.summary.files++;
    this.total(t);
  }

  private total(t: Tally): void {
    this.summary.resources += t.resources;
    this.summary.errors += t.errors;
    this.summary.warnings += t.warnings;
    this.noteFindings += t.noteFindings;
    this.suppressed += t.suppressed;
    for (const index of t.exemptions) this.used.add(index);
    this.notes.push(...t.notes);
    mergeUnread(this.unread, t.unreadKinds);
  }

  /** Records that the configured exemption at `index` suppressed a finding judged outside the run. */
  markUsed(index: number): void {
    this.used.add(index);
  }

  note(message: string, file?: string): void {
    this.notes.push(file === undefined ? { message } : { file, message });
  }

  /**
   * Ends the run. A run over a sample of the inputs (a pull request's changed files, one shard) cannot tell that an
   * exemption matched nothing, so it reports none as unused.
   */
  finish(scope: { sample?: boolean; exemptions?: boolean } = {}): RunEnd {
    if (this.finished) throw new Error('a run is finished once');
    this.finished = true;
    const { policy } = this.prepared;
    const findings: Finding[] = [];
    const none = { resources: [], lineCounter: null };
    // exemptions: false leaves the configured exemptions to another run over the same settings (one shard of many).
    if (scope.exemptions !== false) (policy.exemptions ?? []).forEach((e, index) => {
      const problem = waiverProblem(e, policy);
      // Only an exemption that could suppress can be unused; one that cannot is reported for that instead.
      const said = problem ? { ...problem, data: waiverData(e, policy) } : this.used.has(index) || scope.sample ? undefined : unusedExemption(e);
      if (!said) return;
      const finding = suppressionFinding(said.rule, said.message, said.data, { exemption: e }, null, none);
      finding.exemption = index;
      findings.push(finding);
    });
    // The run's own findings count toward the summary, though they are no input.
    this.total(tally({ file: null, findings, resources: 0, notes: [] }));
    // Custom kinds podguard does not read are named once per run, with how many objects held pods.
    for (const message of unreadNotes(this.unread)) this.note(message);
    return { findings, notes: this.notes, summary: { ...this.summary }, noteFindings: this.noteFindings, suppressed: this.suppressed };
  }
}
