// `npm run screenshots`: starts the console on a fresh DATA_DIR and saves screenshots of its
// main pages, light and dark, into docs/screenshots/.
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
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

/** Looks a seeded user up by name through the emulator's API, as the owner. */
async function userId(name: string): Promise<string> {
  const res = await fetch(`${server.url}/v2/users?per_page=500`, {
    headers: { authorization: `Bearer ${server.ownerKey}` },
  });
  const { users } = (await res.json()) as { users: { id: string; name: string }[] };
  const user = users.find((u) => u.name === name);
  if (!user) throw new Error(`the demo organization has no user named ${name}`);
  return user.id;
}

/** An assumable role the owner may assume at any time, for the session panel's picture. */
async function ownerRole(): Promise<string> {
  const call = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as Record<string, { id: string } | string>;
  };
  const me = (await call('/v2/users/me', undefined)).user as { id: string };
  const role = (await call('/v2/roles', {
    name: 'Deploy Staging',
    description: 'Deploys to the staging cluster.',
    role_type: 'assumable',
  })) as { id: string };
  await call('/v2/role-trusts', {
    role_id: role.id,
    trusted_user_id: me.id,
    trust_type: 'TemporaryAssumption',
  });
  return role.id;
}

function pages(onCall: string, deployStaging: string, auditor: string, engineer: string): Shot[] {
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
    {
      name: 'assumable-role-wizard-schedule',
      path: '/roles/new/assumable',
      ready: 'main h2',
      fullPage: true,
      open: async (page) => {
        const main = page.getByRole('main');
        await main.getByRole('textbox', { name: 'Name', exact: true }).fill('Weekday on-call');
        await main.getByRole('button', { name: 'Next', exact: true }).click();
        await main.getByRole('radio', { name: 'Group', exact: true }).check();
        await main.getByRole('combobox', { name: 'Group', exact: true }).fill('On-call');
        await page.getByRole('option', { name: /^On-call/ }).click();
        await main.getByRole('button', { name: 'Next', exact: true }).click();
        await main
          .getByRole('radio', {
            name: 'Assumable on specific days of the week, at specific times of the day',
          })
          .check();
        const zone = main.getByRole('combobox', { name: 'Timezone', exact: true });
        await zone.click();
        await zone.fill('Europe/Berlin');
        await page.getByRole('option', { name: /^Europe\/Berlin/ }).click();
      },
    },
    {
      // A user's effective permissions, one row open to where it comes from.
      name: 'user-page-permissions',
      path: `/users/${engineer}`,
      ready: 'table',
      fullPage: true,
    },
    {
      // A read-only user simulated, and who may create roles.
      name: 'policy-simulator',
      path: `/policy-simulator?principal=user:${auditor}&actions=iam.role.List,iam.role.Create,iam.user.*&whocan=iam.role.Create`,
      ready: 'main table',
      fullPage: true,
    },
    {
      name: 'sessions',
      path: `/sessions?role=${deployStaging}`,
      ready: 'main form',
      fullPage: true,
      open: async (page) => {
        await page.getByRole('button', { name: 'Assume role', exact: true }).click();
        await page.getByText('AccessKeyId').first().waitFor();
      },
    },
  ];
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  mkdirSync(OUT, { recursive: true });
  // The role page shows the seeded On-call Responder with its trust open (the wizard's link).
  const PAGES = pages(
    `/roles/${await roleId('On-call Responder')}?trust=open`,
    await ownerRole(),
    await userId('Emil Novak'),
    await userId('Blake Chen'),
  );
  for (const scheme of ['light', 'dark'] as const) {
    for (const p of PAGES) {
      const page = await browser.newPage({
        viewport: { width: p.width ?? 1280, height: 760 },
        colorScheme: scheme,
        reducedMotion: 'reduce',
        // A viewer away from the schedules' zones, so both weekly grids differ.
        timezoneId: 'America/New_York',
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
