// Compiles like @swc/jest, but gives the module a source of its own in every test file.
//
// Node 20's vm can hand a test file code it compiled earlier, for another test file in the same
// worker, from identical source; a dynamic `import()` in it then runs through the earlier file's
// torn-down jest environment ("import a file after the Jest environment has been torn down").
// backend/src/common/esm-import.ts is the one module that imports dynamically (ESM-only
// openid-client and oidc-provider), so jest.config.js sends it here; the module itself also
// compiles its importer per call from a source of its own.
const { randomUUID } = require('node:crypto');
const { createTransformer } = require('@swc/jest');

module.exports = {
  createTransformer(options) {
    const swc = createTransformer(options);
    return {
      canInstrument: false,
      // A new key each time: never served from jest's transform cache.
      getCacheKey: () => randomUUID(),
      process(source, filename, transformOptions) {
        const { code, map } = swc.process(source, filename, transformOptions);
        return { code: `${code}\n// ${randomUUID()}\n`, map };
      },
    };
  },
};
