/** Two projects: fast unit specs beside the code, and integration specs against a real database. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@zet/contracts$': '<rootDir>/contracts/src/index.ts',
    '^@zet/content$': '<rootDir>/content/src/index.ts',
    '^@zet/migrations$': '<rootDir>/migrations/index.ts',
  },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  // Each integration file starts its own database; two at a time fit in 2 cores.
  maxWorkers: 2,
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
      testTimeout: 60000,
    },
  ],
};
