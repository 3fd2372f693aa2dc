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
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: nodeTests } },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...nodeTests],
        },
      },
    ],
  },
});
