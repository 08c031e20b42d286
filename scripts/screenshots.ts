// `npm run screenshots`: starts the console on a fresh DATA_DIR and saves screenshots of its
// main pages, light and dark, into docs/screenshots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../playwright.config';
import { startConsoleProcess } from './console-process';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'roles-tab', path: '/organization/roles', ready: 'table[aria-label="Roles"] a' },
];

const server = await startConsoleProcess();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  mkdirSync(OUT, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 760 },
      colorScheme: scheme,
    });
    for (const p of PAGES) {
      await page.goto(server.url + p.path);
      await page.locator(p.ready).first().waitFor();
      const file = join(OUT, `${p.name}-${scheme}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`saved ${file}\n`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
