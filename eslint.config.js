// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Test code: test files, and test or benchmark helpers by name wherever they still live. They run
 * under Vitest (or a benchmark) in Node, so they may use Node and test helpers; product code may
 * not import them (see `zones`).
 */
const TEST_CODE = ['**/*.test.*', '**/test-kit*', '**/test-workspace*', '**/benchmark*'];

/**
 * The house's import zones by folder (README "Architecture"). Patterns match from the repository
 * root (`partialMatch: false`), so `node_modules/electron` is not the `electron/` folder. A
 * feature is `renderer/features/<name>/`; its public entry is its `index.ts`.
 */
const ELEMENTS = [
  ['feature', 'renderer/features/*'],
  ['renderer', 'renderer'],
  ['shared', 'shared'],
  ['electron', 'electron'],
  ['test', 'test'],
  ['bench', 'bench'],
  ['e2e', 'e2e'],
  ['scripts', 'scripts'],
  ['build', 'build'],
  ['seeds', 'seeds'],
].map(([type, pattern]) => ({
  type,
  pattern,
  partialMatch: false,
  ...(type === 'feature' ? { capture: ['name'] } : {}),
}));

/** Packages only tests and benchmarks use (ical.js checks the .ics exports). */
const TEST_PACKAGES = [
  'vitest',
  '@testing-library/*',
  'fake-indexeddb',
  'jsdom',
  'playwright-core',
  'axe-core',
  'ical.js',
];

/** What `shared/` may import from npm: pure libraries that run anywhere (no DOM, no Node). */
const SHARED_PACKAGES = ['zod', 'date-fns', 'date-fns-tz', 'html-to-text'];

const anyOf = (/** @type {string[]} */ names) => `{${names.join(',')}}`;

/**
 * Import zones as `boundaries/dependencies` policies (the last matching policy decides).
 * @param {{ tests: boolean }} options `tests`: the policies for test code, which may use Node and
 *   test helpers, and may reach into a feature's files to set up its state.
 */
function zones({ tests }) {
  /** @type {unknown[]} */
  const policies = [
    {
      from: { element: { type: 'shared' } },
      disallow: {
        to: [
          { element: { types: tests ? '!{shared,test,seeds}' : '!shared' } },
          ...(tests ? [] : [{ module: { origin: 'core' } }]),
          {
            module: {
              origin: 'external',
              source: `!${anyOf([...SHARED_PACKAGES, ...(tests ? TEST_PACKAGES : [])])}`,
            },
          },
        ],
      },
      message: 'shared/ is pure domain code: no DOM, Node, Electron, React or app code.',
    },
    {
      from: { element: { types: '{renderer,feature}' } },
      disallow: {
        to: [
          { element: { types: '{electron,scripts}' } },
          { module: { source: 'electron' } },
          ...(tests ? [] : [{ module: { origin: 'core' } }]),
        ],
      },
      message:
        'renderer/ runs in the page: no Electron, no Node; it reaches the host through the Bridge.',
    },
    {
      from: { element: { type: 'electron' } },
      disallow: { to: { element: { types: '{renderer,feature}' } } },
      message: 'electron/ imports no renderer code; what both need lives in shared/.',
    },
  ];
  if (!tests) {
    policies.push(
      {
        to: { element: { type: 'feature' } },
        disallow: { to: { element: { fileInternalPath: '!index.ts' } } },
        message: 'Import another feature through its index.ts (what it exports on purpose).',
      },
      {
        // A feature's own files import each other freely.
        to: { element: { type: 'feature' } },
        allow: { dependency: { relationship: { to: 'internal' } } },
      },
      {
        from: { element: { types: '{renderer,feature,shared,electron}' } },
        disallow: {
          to: [
            { element: { types: '{test,bench,e2e}' } },
            { file: { path: TEST_CODE } },
            { module: { source: TEST_PACKAGES } },
          ],
        },
        message: 'Product code imports no test or benchmark code; that lives in test/ and bench/.',
      },
    );
  }
  // Check packages and Node built-ins too, and imports within a folder (a test helper beside
  // product code is still test code).
  return [
    'error',
    {
      default: 'allow',
      checkAllOrigins: true,
      checkUnknownLocals: true,
      checkInternals: true,
      policies,
    },
  ];
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'coverage', 'seeds', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each folder's own tsconfig; the root *.config.ts files belong to none.
        projectService: { allowDefaultProject: ['*.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Numbers in text ("3 lots") are what templates are for; objects and nullables stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Style only: `() => resolve(value)` returns a void call; writing braces says nothing more.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // An `async` function that fulfils a Promise-returning contract (a Bridge method, a handler)
      // turns a thrown error into a rejection, which is what its callers handle; keep it async.
      '@typescript-eslint/require-await': 'off',
      // Our objects of functions (zustand actions, test fixtures) are closures that never use
      // `this`, but are typed with method syntax, so this rule flags every one of them.
      '@typescript-eslint/unbound-method': 'off',
      // `Instant | Day` names what a function accepts, though both are strings to the compiler.
      '@typescript-eslint/no-duplicate-type-constituents': 'off',
      // Electron hands out its instances from static factories (BrowserWindow.fromWebContents)
      // and tests stand object literals in for them; the rule counts both as forged instances.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', 'electron/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: { 'boundaries/dependencies': zones({ tests: false }) },
  },
  {
    files: TEST_CODE,
    rules: { 'boundaries/dependencies': zones({ tests: true }) },
  },
  {
    files: [...TEST_CODE, 'test/**', 'e2e/**', 'bench/**'],
    rules: {
      // Vitest's asymmetric matchers (`expect.objectContaining`) and JSON.parse of corpus files
      // are typed `any`; tests compare those values, they do not compute with them.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      // Bid Desk does not run the React Compiler; this rule only reports that the compiler would
      // skip components using react-hook-form's watch() or TanStack Virtual.
      'react-hooks/incompatible-library': 'off',
    },
  },
);
