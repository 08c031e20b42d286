import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium, the whole browser: screenshots and benchmarks use it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The e2e suite's browser: Debian's headless shell of the same Chromium where it is installed (the
 * same engine without the desktop browser around it: about 40% less CPU per test), else the whole
 * browser. CHROMIUM_PATH, when set, is used for both.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH);
/** Headless Chromium on a machine without a sandbox, a GPU or a network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A guard against a hang, not a speed check: whole flows (a wizard run, several entities made
  // through the API) take 20–30 s on a busy 2-core machine with two workers.
  timeout: 60_000,
  // Long enough for a page load on a loaded CI machine; it only costs time when a check fails.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    // Recording a trace doubles a test's cost in the browser (a screencast of every step): only a
    // retry records one, and `--trace on` asks for it by hand.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: TEST_CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
