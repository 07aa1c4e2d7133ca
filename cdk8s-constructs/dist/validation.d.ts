import type { IConstruct, IValidation } from 'constructs';
import { type PodSecurityOptions } from './settings.js';
/**
 * Validates, at synth, every pod-bearing ApiObject under a scope (a Chart, an App, any construct), including objects
 * added after the call, cdk8s-plus workloads and objects nested in other constructs. Each object is reported by the
 * nearest validation above it, judged by the settings of every validation above it: inner options win, locked rules
 * and exemptions add up.
 */
export declare class PodSecurityValidation implements IValidation {
    private readonly scope;
    /** The options the validation was created with. */
    readonly options: PodSecurityOptions;
    /**
     * Adds the validation to `scope`, or returns the one it has. Options can be given once, on the first call.
     */
    static of(scope: IConstruct, options?: PodSecurityOptions): PodSecurityValidation;
    /** What the last validation printed. */
    private lastPrinted;
    private constructor();
    validate(): string[];
    /**
     * The settings of every validation from the app down to `v`. A problem in the options or file of `v` is reported by
     * `v` alone; the validations under it judge nothing, as podguard scan reads no file with a bad configuration.
     */
    private static settingsOf;
}
