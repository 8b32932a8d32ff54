import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';

// End-to-end tests run the built app (`npm run test:e2e` builds first) with a fresh embedded
// database, in Debian's Chromium: Playwright never downloads a browser here.
const isCI = !!process.env.CI;
// ZET_E2E_PORT lets several developers run the suite side by side on one machine.
const port = Number(process.env.ZET_E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;

// The config is loaded by the runner and again by each worker: the runner creates the run's
// folder and passes it on through the environment, and removes it when it exits (after the web
// server has been stopped). The database goes in a subfolder, so that files the app keeps beside
// its data folder (such as the erasure log) stay inside the run's folder too.
const runDir = process.env.ZET_E2E_RUN_DIR ?? createRunDir();

function createRunDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zet-e2e-'));
  process.env.ZET_E2E_RUN_DIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const reporter: ReporterDescription[] = [['list']];
if (!isCI) reporter.push(['html', { open: 'never' }]);
// .ci/run asks for a JSON report to print a one-line total.
if (process.env.ZET_E2E_JSON_REPORT) {
  reporter.push(['json', { outputFile: process.env.ZET_E2E_JSON_REPORT }]);
}

export default defineConfig({
  testDir: 'e2e',
  // The embedded database is one PostgreSQL session shared by every connection: one worker.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  globalTimeout: isCI ? 10 * 60_000 : undefined,
  reporter,
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Without the background-networking flags Chromium keeps dialling out, and this
          // network refuses every such connection.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // Always the embedded database, even when the shell has a DATABASE_URL.
    command: 'env -u DATABASE_URL node backend/dist/main.js',
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_DEMO: 'true',
      ZET_DATA_DIR: join(runDir, 'pglite'),
    },
    // Never reuse: a server left by another run has other data and may stop halfway.
    reuseExistingServer: false,
    // Start-up migrates and seeds several years of demo data on 2 cores.
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the app close PGlite cleanly before the data folder is removed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
