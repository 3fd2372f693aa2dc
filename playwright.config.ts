import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { FRAME_ANCESTORS_ENV } from './scripts/hosting/headers';
import { E2E_FRAME_ANCESTORS } from './e2e/server';

const CI = Boolean(process.env.CI);
/** E2E_PORT lets two checkouts run their end-to-end tests side by side (default 4173, as `npm start`). */
const PORT = e2ePort(process.env.E2E_PORT);
const BASE_URL = `http://127.0.0.1:${PORT}`;

function e2ePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4173;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`E2E_PORT must be a port number from 1024 to 65535, not "${value}"`);
  return port;
}

// Playwright's own browser download is blocked here, so prefer an installed Chromium.
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
const executablePath = chromiumPath();

// .ci/run sets TEST_REPORT_DIR so the run also writes a JSON report it can total up.
const reportDir = process.env.TEST_REPORT_DIR;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  ...(CI ? { workers: 1 } : {}),
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/playwright.json` }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // Keeps the PWA cache from leaking between tests; a service-worker test opts back in.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Set launch options only here: test.use({ launchOptions }) would drop executablePath.
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox', // runs as root
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking', // this machine refuses most outbound connections
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // Serves the production build: `npm test` (or `npm run build`) must run first.
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    // The preview server sends the hosting headers (scripts/hosting/headers.ts); the embedding tests' hosts may frame it.
    env: { [FRAME_ANCESTORS_ENV]: E2E_FRAME_ANCESTORS.join(' ') },
  },
});
