/**
 * Fast unit specs beside the code, integration specs against a real database, and the few
 * integration specs that also need Chromium.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: {
    // See the transformer: a source of its own per test file, or dynamic imports break.
    'esm-import\\.ts$': ['<rootDir>/backend/test/jest/unique-source-transform.cjs', swc[1]],
    '^.+\\.(t|j)sx?$': swc,
  },
  moduleNameMapper: {
    '^@zet/contracts$': '<rootDir>/contracts/src/index.ts',
    '^@zet/content$': '<rootDir>/content/src/index.ts',
    '^@zet/migrations$': '<rootDir>/migrations/index.ts',
  },
  testEnvironment: 'node',
  // otplib's @scure/base and @noble/hashes ship ESM only, which jest cannot require() on Node 20: compile them to CJS.
  transformIgnorePatterns: ['^(?!.*/node_modules/(@scure/base|@noble/hashes)/).*/node_modules/'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Each integration file starts its own database; two at a time fit in 2 cores.
  maxWorkers: 2,
  // Integration suites start a database and the app in beforeAll.
  testTimeout: 180000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/contracts/src/**/*.spec.ts',
        '<rootDir>/content/src/**/*.spec.ts',
        '<rootDir>/backend/src/**/*.spec.ts',
        '<rootDir>/frontend/src/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/backend/test/integration/**/*.int-spec.ts'],
    },
    // Needs Chromium (the PDF report): not part of `npm test`, which runs on a bare machine.
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/backend/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
