// Replaced at build time by esbuild's `define`; tests run the sources, where it is absent.
declare const PODGUARD_VERSION: string | undefined;
export const VERSION: string = typeof PODGUARD_VERSION === 'string' ? PODGUARD_VERSION : '0.0.0-dev';
