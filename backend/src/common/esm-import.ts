/**
 * Loads an ESM-only package (openid-client 6) from this CommonJS app.
 *
 * TypeScript with `module: commonjs` (and @swc/jest) rewrite `import()` into `require()`, which
 * cannot load ESM-only packages; code compiled by `new Function` escapes that rewrite and stays a
 * real `import()` (Node loads the module natively; under jest the vm's dynamic-import hook, enabled
 * by `--experimental-vm-modules`, loads it).
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point of this file, see above
const nativeImport = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<unknown>;

/** `import(specifier)` that survives compilation to CommonJS; type it with `typeof import('pkg')`. */
export function importEsm<T>(specifier: string): Promise<T> {
  return nativeImport(specifier) as Promise<T>;
}
