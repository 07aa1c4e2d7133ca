type Shape = {
    readonly fields: Readonly<Record<string, Field>>;
} | {
    readonly list: Shape;
} | {
    readonly map: Shape;
} | 'wrapped';
interface Field {
    /** The manifest key when it differs from the prop name. */
    readonly key?: string;
    readonly shape?: Shape;
}
export declare const POD_SPEC: Shape;
export declare const DEPLOYMENT_SPEC: Shape;
export declare const STATEFUL_SET_SPEC: Shape;
export declare const DAEMON_SET_SPEC: Shape;
export declare const JOB_SPEC: Shape;
export declare const CRON_JOB_SPEC: Shape;
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
export type JsonObject = {
    [key: string]: Json;
};
/**
 * Renders resolved L1 props (plain JSON, as ApiObject.toJson() gives them) in the manifest's spelling.
 * Throws when a prop and a manifest-spelled key name the same field (hostPid and hostPID), rather than pick one.
 */
export declare function toManifest(value: unknown, shape: Shape, path?: string): Json;
export declare function isObject(v: unknown): v is Record<string, unknown>;
export {};
