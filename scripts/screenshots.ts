// `npm run screenshots`: starts the console on a fresh DATA_DIR and saves screenshots of its
// main pages, light and dark, into docs/screenshots/.
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../playwright.config';
import { startConsoleProcess } from './console-process';

interface Shot {
  name: string;
  path: string;
  /** A CSS selector that shows once the page has its data. */
  ready: string;
  /** What to do on the page before the picture, e.g. open a dialog. */
  open?: (page: Page) => Promise<void>;
  width?: number;
  fullPage?: boolean;
}

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

const server = await startConsoleProcess();

/** Looks a seeded role up by name through the emulator's API, as the owner. */
async function roleId(name: string): Promise<string> {
  const res = await fetch(`${server.url}/v2/roles?per_page=500`, {
    headers: { authorization: `Bearer ${server.ownerKey}` },
  });
  const { roles } = (await res.json()) as { roles: { id: string; name: string }[] };
  const role = roles.find((r) => r.name === name);
  if (!role) throw new Error(`the demo organization has no role named ${name}`);
  return role.id;
}

function pages(onCall: string): Shot[] {
  return [
    { name: 'roles-tab', path: '/organization/roles', ready: 'table[aria-label="Roles"] a' },
    { name: 'role-page', path: onCall, ready: 'article[aria-labelledby]', fullPage: true },
    {
      name: 'role-page-narrow',
      path: onCall,
      ready: 'article[aria-labelledby]',
      width: 390,
      fullPage: true,
    },
    {
      name: 'assignable-role-dialog',
      path: '/organization/roles',
      ready: 'table[aria-label="Roles"] a',
      open: async (page) => {
        await page.getByRole('button', { name: 'Add role' }).click();
        await page.getByRole('menuitem', { name: /^Assignable Role/ }).click();
        await page.getByRole('dialog', { name: 'Assignable Role' }).waitFor();
      },
    },
  ];
}

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
  // The role page shows the seeded On-call Responder with its trust open (the wizard's link).
  const PAGES = pages(`/roles/${await roleId('On-call Responder')}?trust=open`);
  for (const scheme of ['light', 'dark'] as const) {
    for (const p of PAGES) {
      const page = await browser.newPage({
        viewport: { width: p.width ?? 1280, height: 760 },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      await page.goto(server.url + p.path);
      await page.locator(p.ready).first().waitFor();
      await p.open?.(page);
      // MUI's menus and dialogs fade: wait for every transition to finish.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      // ?trust=open scrolls to the trust; a full-page picture starts at the top bar.
      if (p.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
      const file = join(OUT, `${p.name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: p.fullPage ?? false });
      process.stdout.write(`saved ${file}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
