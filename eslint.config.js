// ESLint 9 flat config. Every rule set beyond the presets carries a one-line reason.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers under src/, one folder each (see ARCHITECTURE.md). */
const SRC_LAYERS = ['lib', 'domain', 'catalog', 'rules', 'flow', 'store', 'share', 'embed', 'i18n', 'components', 'features', 'app'];
/** The top-level content/ folder (catalogue data .ts files and locale JSON) is the `content` element. */
const ALL_LAYERS = [...SRC_LAYERS, 'content'];
/** Pure layers: no UI framework, no browser globals, no clock. */
const PURE = ['lib', 'domain', 'catalog', 'content', 'rules', 'flow'];
const PURE_FILES = PURE.map((layer) => (layer === 'content' ? 'content/**/*.ts' : `src/${layer}/**/*.{ts,tsx}`));
const LAYER_FILES = ['src/**/*.{ts,tsx}', 'content/**/*.ts'];

const CONSUMERS = ['domain', 'lib', 'catalog', 'content', 'rules', 'flow'];
/** Allow-list: each layer may import itself and only these layers. */
const MAY_IMPORT = {
  lib: [],
  domain: ['lib'],
  content: ['domain', 'lib'], // plus type-only imports of src/catalog (its schema types), below
  catalog: ['domain', 'lib', 'content'],
  rules: ['domain', 'lib', 'catalog', 'content'],
  flow: ['domain', 'lib', 'rules'],
  store: CONSUMERS,
  share: CONSUMERS,
  embed: CONSUMERS,
  i18n: ['domain', 'lib', 'content'],
  components: ['lib', 'i18n'],
  features: ALL_LAYERS.filter((layer) => layer !== 'app'),
  app: ALL_LAYERS,
};
/** Packages the pure layers must not import (micromatch patterns). */
const UI_PACKAGES = ['react', 'react-*', 'i18next', 'i18next-*', 'zustand', 'zustand/**', 'qrcode*'];
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.js', '.json'];

export default defineConfig([
  globalIgnores(['dist/', 'dev-dist/', 'coverage/', 'playwright-report/', 'test-results/']),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    linterOptions: {
      // A stale eslint-disable comment hides nothing and should be removed.
      reportUnusedDisableDirectives: 'error',
    },
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in template literals are common in UI copy and harmless.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Every union member needs its own case; a `default` must not hide a forgotten one.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false },
      ],
      // With verbatimModuleSyntax, `import { type A }` still emits `import '…'`; `import type` erases it.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  // Plain JS files (this config) are not in the TS project.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },

  // React rules only for app code: on e2e/ react-hooks mistakes Playwright's `use` fixture for React's hook.
  // Hooks rules cover .ts as well, because custom hooks (e.g. store selectors) live in .ts files.
  { files: ['src/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat['recommended-latest']] },
  { files: ['src/**/*.tsx'], extends: [jsxA11y.flatConfigs.recommended] },

  // Layer boundaries.
  {
    files: LAYER_FILES,
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': [
        ...SRC_LAYERS.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
        { type: 'content', pattern: 'content', partialMatch: false },
      ],
      // Required: without it boundaries cannot resolve extensionless .ts imports and silently passes them.
      'import/resolver': { node: { extensions: RESOLVE_EXTENSIONS } },
    },
    rules: {
      // Enforces the one-way layer graph above (allow-list; the last matching policy wins).
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Required: without it package imports (react in src/rules) are not checked at all.
          checkAllOrigins: true,
          policies: [
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            ...Object.entries(MAY_IMPORT).map(([type, allowed]) => ({
              from: { element: { type } },
              allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
            })),
            {
              from: { element: { type: 'content' } },
              allow: { to: { element: { type: 'catalog' } }, dependency: { kind: 'type' } },
            },
            {
              from: { element: { types: { anyOf: PURE } } },
              disallow: { to: { module: { origin: 'external', source: UI_PACKAGES } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: LAYER_FILES,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: RESOLVE_EXTENSIONS })],
      // Required: import-x only follows .js files by default, so no-cycle would silently miss every .ts cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      // Cycles make initialisation order fragile and blur the layers.
      'import-x/no-cycle': 'error',
    },
  },

  // Pure layers take the environment (storage, location, clock) as arguments.
  {
    files: PURE_FILES,
    rules: {
      // Browser globals are side effects; the store and app layers read them and pass values in.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map((name) => ({
          name,
          message: `Pure layers must not touch \`${name}\`; pass the value in.`,
        })),
      ],
      // Reading the clock makes results untestable; the caller passes `today` in.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the date in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'Pass the date in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass the date in.' },
      ],
    },
  },

  // One filename convention: React components are PascalCase .tsx, every other file and every
  // folder kebab-case (main.tsx, the entry point Vite names, is the one exception).
  {
    files: ['src/**', 'content/**/*.ts', 'tests/**', 'e2e/**', 'scripts/**'],
    ignores: ['src/main.tsx'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.tsx': 'PASCAL_CASE', '**/*.{ts,js,css}': 'KEBAB_CASE', '{tests,e2e}/**/*.tsx': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,content,tests,e2e,scripts}/**/': 'KEBAB_CASE' }],
    },
  },

  // Tests, e2e journeys, scripts (the hosting headers among them) and config files run in Node.
  {
    files: ['tests/**', 'e2e/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Playwright fixtures are written `async ({}, use) => …`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
]);
