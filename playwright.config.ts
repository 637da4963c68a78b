import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';

const executablePath = findChromium();
// Separate ports and build folders let several test runs share a machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_PORT ? `dist-e2e-${port}` : 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // The largest-load run takes minutes: only `npm run test:scale` (SCALE=1) runs it.
  testIgnore: process.env.SCALE ? [] : ['**/scale-limit.spec.ts'],
  outputDir: `test-results/${port}`,
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    timeout: 180_000,
    // Never test a server that happens to run on the port (an old `npm run preview` would be a
    // stale build): Playwright stops with "already used" instead, and E2E_PORT picks another.
    reuseExistingServer: false,
    // The build's output shows while it runs, so the first test does not seem to hang.
    stdout: 'pipe',
  },
});
