// What the browser loads before the console shows its Roles tab, and how soon the tab shows rows:
// - the gzipped JavaScript index.html loads by itself (its module script and modulepreload links;
//   the chunks of pages and tabs, fetched on demand, are not part of it), and, for comparison, all
//   the JavaScript a cold browser fetched before the first role rows of /organization/roles;
// - with 10,000 roles in the organization, the time from a click on the Roles tab (the app
//   already open on the Users tab) to the first role row on screen, median of fresh browsers.
// BENCH_ROLES sets how many roles (10,000), BENCH_RUNS how many fresh browsers are timed (9).
// BENCH_API_DELAY_MS holds each API reply that long in the browser, as a round trip to a distant
// API would (0: the local console's own speed).
// Builds dist/web first (BENCH_NO_BUILD=1 measures the build already there).
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startConsoleProcess } from '../scripts/console-process';
import { DATABASE_FILE } from '../src/server/emulator/bootstrap';
import { storedTime } from '../src/server/emulator/store/time';
import type { ConsoleProcess } from '../scripts/console-process';
import { summarize } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB = join(ROOT, 'dist', 'web');
const ROLES = Number(process.env.BENCH_ROLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const API_DELAY_MS = Number(process.env.BENCH_API_DELAY_MS ?? 0);
export const INITIAL_LIMIT_KB = 180;
const FIRST_ROWS_LIMIT_MS = 300;

/** Size of a built file once gzipped (as a server compressing its replies would send it). */
export function gzippedBytes(urlPath: string): number {
  return gzipSync(readFileSync(join(WEB, urlPath.replace(/^\//, '')))).length;
}

/** Kilobytes of 1,024 bytes: a little stricter than the 1,000 of Vite's own build report. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts index.html loads before anything runs: its module script and modulepreload links. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url) found.add(url);
  }
  return [...found];
}

/**
 * Writes the roles straight into the running console's database, in one transaction: thousands of
 * API calls, each durable before its reply, would take most of a minute.
 */
function createRoles(server: ConsoleProcess, count: number) {
  const db = new Database(join(server.dataDir, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  const org = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const owner = db.prepare('SELECT id FROM users WHERE is_owner = 1').pluck().get() as string;
  const insert = db.prepare(
    `INSERT INTO roles (id, org_id, name, description, role_type, max_session_duration, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.parse('2026-01-01T00:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      insert.run(
        randomUUID(),
        org,
        `bench-role-${String(i).padStart(5, '0')}`,
        `Benchmark role number ${i}`,
        i % 2 ? 'assumable' : 'assignable',
        3600,
        storedTime(new Date(start + i * 1000)),
        owner,
      );
    }
  })();
  db.close();
}

const ROLE_LINK = 'table[aria-label="Roles"] a[href^="/roles/"]';

/**
 * Run in the page: arms a timer from the next click to the first frame showing a role row (and
 * evaluates to nothing, so that arming it does not wait for it). Plain text, not a function: the
 * helpers tsx adds to functions would not exist in the page.
 */
const FIRST_ROWS_TIMER = `
  window.firstRows = new Promise((resolveTime) => {
    document.addEventListener('click', () => {
      const start = performance.now();
      const poll = () => {
        const link = document.querySelector('${ROLE_LINK}');
        if (link && link.getBoundingClientRect().height > 0) resolveTime(performance.now() - start);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    }, { capture: true, once: true });
  });
  undefined;
`;

/** All the JavaScript a fresh browser fetches before /organization/roles shows its first rows. */
async function jsForRolesPage(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/organization/roles`);
    await page.locator(ROLE_LINK).first().waitFor();
    const urls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js')),
    );
    return [...new Set(urls)];
  } finally {
    await context.close();
  }
}

/** One fresh browser context: open the Users tab, then click Roles; ms until a role row shows. */
async function timeRolesTab(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (API_DELAY_MS > 0) {
      await page.route('**/api/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, API_DELAY_MS));
        await route.fallback();
      });
    }
    await page.goto(`${url}/organization/users`);
    await page.getByRole('table', { name: 'Users' }).getByRole('link').first().waitFor();
    // The clock starts at the click (capture phase, before the app handles it) and stops at the
    // first animation frame whose DOM holds a visible role row: the frame that paints it.
    await page.evaluate(FIRST_ROWS_TIMER);
    await page.getByRole('tab', { name: 'Roles' }).click();
    return Number(await page.evaluate('window.firstRows'));
  } finally {
    await context.close();
  }
}

export async function benchBundle() {
  if (process.env.BENCH_NO_BUILD !== '1') {
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const initial = initialScripts(readFileSync(join(WEB, 'index.html'), 'utf8'));
  const initialBytes = initial.reduce((sum, path) => sum + gzippedBytes(path), 0);

  process.stdout.write(`\nConsole bundle and the Roles tab (${RUNS} fresh Chromium contexts)\n`);
  process.stdout.write(
    `Initial JS for /organization/roles: ${kb(initialBytes)} gzipped (limit ${INITIAL_LIMIT_KB} KB)` +
      ` — ${initial.length} ${initial.length === 1 ? 'file' : 'files'} from index.html\n`,
  );

  const server = await startConsoleProcess();
  let browser: Browser | undefined;
  try {
    const seeding = performance.now();
    createRoles(server, ROLES);
    process.stdout.write(
      `  (${ROLES.toLocaleString('en')} roles created in ${((performance.now() - seeding) / 1000).toFixed(1)} s)\n`,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

    const fetched = await jsForRolesPage(browser, server.url);
    const onDemand = fetched.filter((p) => !initial.includes(p));
    const onDemandBytes = onDemand.reduce((sum, path) => sum + gzippedBytes(path), 0);
    process.stdout.write(
      `  + ${kb(onDemandBytes)} gzipped fetched on demand before the first role rows` +
        ` (${onDemand.length} chunks; ${kb(initialBytes + onDemandBytes)} in all)\n`,
    );

    await timeRolesTab(browser, server.url); // warm-up: the server's first reads, Chromium's JIT
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await timeRolesTab(browser, server.url));
    const { p50, max } = summarize(samples);
    const min = Math.min(...samples);
    process.stdout.write(
      `First rows of ${ROLES.toLocaleString('en')} roles: ${Math.round(p50)} ms after navigation` +
        (API_DELAY_MS > 0 ? `, each API reply held ${API_DELAY_MS} ms` : '') +
        ` (limit ${FIRST_ROWS_LIMIT_MS} ms) — min ${Math.round(min)}, max ${Math.round(max)} ms\n`,
    );
  } finally {
    await browser?.close();
    await server.stop();
  }
}
