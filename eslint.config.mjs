// Flat ESLint config for the whole monorepo. Type-aware rules use the TypeScript project service,
// so every .ts/.tsx file is linted with the tsconfig.json that owns it (nearest one upwards).
import { existsSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const tsFiles = ['**/*.{ts,tsx,mts,cts}'];
const jsFiles = ['**/*.{js,mjs,cjs,jsx}'];
// Root and tool config files sit outside the workspaces' tsconfigs: lint them without type info.
// (playwright.config.ts is still type-checked by `tsc -p e2e`.)
const configFiles = ['*.config.{ts,mts,cts,js,mjs,cjs}', '*/*.config.{ts,mts,cts,js,mjs,cjs}'];
const jestFiles = ['**/*.spec.{ts,tsx}', '**/*.int-spec.ts', 'backend/test/**/*.ts'];

// Tests are usually left out of a workspace's build tsconfig.json, and the project service only
// finds files named tsconfig.json. A workspace's tests are linted with its tsconfig.spec.json when
// it has one (the project service then never sees them).
const workspaces = ['backend', 'content', 'contracts', 'frontend', 'migrations'];
const specProjects = workspaces
  .filter((workspace) => existsSync(new URL(`${workspace}/tsconfig.spec.json`, import.meta.url)))
  .map((workspace) => ({
    files: [
      `${workspace}/**/*.spec.{ts,tsx}`,
      `${workspace}/**/*.int-spec.ts`,
      `${workspace}/test/**/*.ts`,
    ],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: `${workspace}/tsconfig.spec.json`,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  }));

// Frontend boundaries (bulletproof-react): a feature never imports another feature, shared folders
// never import a feature. Approximated with core `no-restricted-imports` by how far a relative
// import climbs; eslint-plugin-import-x would do this exactly (and catch cycles).
const otherFeature = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth)}(?!\\.\\.)[^/]+`,
  message:
    'Features do not import each other: move shared code to components/ or lib/, or compose in app/.',
});
const noFeatureImports = {
  regex: '(^|/)features(/|$)',
  message: 'Shared folders (components/, lib/) must not import from features/.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/coverage/',
      '.data/',
      'playwright-report/',
      'test-results/',
      '**/*.tsbuildinfo',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // TypeScript, type-aware.
  {
    files: tsFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A switch without `default` must name every member of the union; writing `default` is
      // the explicit opt-out (e.g. for a library's long union).
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // With emitDecoratorMetadata (Nest), the rule reads the tsconfig and leaves files with
      // decorators alone, so injected constructor types keep their runtime import.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },

  ...specProjects,
  // Declaration merging (e.g. express-session's SessionData) needs `interface`.
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },

  // Plain JS and tool config files: no type information.
  {
    files: [...jsFiles, ...configFiles],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // Backend, contracts, content, migrations run on Node.
  {
    files: ['backend/**', 'contracts/**', 'content/**', 'migrations/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Frontend: browser globals and the Rules of React.
  {
    files: ['frontend/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['frontend/src/features/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherFeature(1)] }] },
  },
  {
    files: ['frontend/src/features/*/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherFeature(2)] }] },
  },
  {
    files: ['frontend/src/features/*/*/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherFeature(3)] }] },
  },
  {
    files: ['frontend/src/components/**/*.{ts,tsx}', 'frontend/src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatureImports] }] },
  },

  // Tests: jest's `expect(mock.method)` is not an unbound call.
  {
    files: jestFiles,
    ignores: ['e2e/**'],
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      // supertest types response bodies as any; the tests parse them with the contracts' schemas.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
