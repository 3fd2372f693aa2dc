import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

// Pure layers are tested without a DOM: faster, and proves they need none.
const NODE_DIRS = ['domain', 'rules', 'flow', 'catalog', 'share', 'hosting'];
const nodeTests = NODE_DIRS.map((dir) => `tests/${dir}/**/*.test.{ts,tsx}`);

// .ci/run sets TEST_REPORT_DIR so the run also writes a JSON report it can total up.
const reportDir = process.env.TEST_REPORT_DIR;

// Kept apart from vite.config.ts so the PWA plugin (and virtual:pwa-register) stays out of tests.
export default defineConfig({
  plugins: [react()],
  test: {
    setupFiles: ['tests/setup.ts'],
    // A run that finds no test is a broken config, not a pass.
    passWithNoTests: false,
    reporters: reportDir ? ['default', 'json'] : ['default'],
    ...(reportDir ? { outputFile: { json: `${reportDir}/vitest.json` } } : {}),
    // isolate: false: the files of a worker share their modules instead of re-importing them
    // (2.3× faster). Safe because the pure layers hold no state, every test builds its own store
    // and i18n instance, the one module-level store (the link notice) is reset after each test
    // in tests/setup.ts, and the embed options cached by readEmbedOptions come from jsdom's URL,
    // which no test changes. `npx vitest run --sequence.shuffle` checks that order does not matter.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: nodeTests, isolate: false } },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          isolate: false,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...nodeTests],
        },
      },
    ],
  },
});
