import { randomUUID } from 'node:crypto';

/**
 * Loads an ESM-only package (openid-client 6) from this CommonJS app.
 *
 * TypeScript with `module: commonjs` (and @swc/jest) rewrite `import()` into `require()`, which
 * cannot load ESM-only packages; code compiled by `new Function` escapes that rewrite and stays a
 * real `import()` (Node loads the module natively; under jest the vm's dynamic-import hook, enabled
 * by `--experimental-vm-modules`, loads it).
 *
 * The function is compiled per call from a source of its own: Node 20 may otherwise hand back a
 * function compiled earlier from the same source, whose `import()` still runs through the jest
 * environment of the test file that compiled it first, torn down by then ("import a file after the
 * Jest environment has been torn down"). Loading a package is rare, so the compile costs nothing.
 */
function nativeImport(specifier: string): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point of this file, see above
  const load = new Function('specifier', `return import(specifier); // ${randomUUID()}`) as (
    specifier: string,
  ) => Promise<unknown>;
  return load(specifier);
}

/** `import(specifier)` that survives compilation to CommonJS; type it with `typeof import('pkg')`. */
export function importEsm<T>(specifier: string): Promise<T> {
  return nativeImport(specifier) as Promise<T>;
}
