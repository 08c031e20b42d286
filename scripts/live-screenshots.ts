// `npm run screenshots:live`: the console in LIVE mode in front of an upstream that answers only what
// Vultr's own sources document (a second console's emulator behind the contract filter: [E] fields
// removed, [E] routes 404, variants switched from CONTRACT_SEED), and a screenshot of each main page
// into docs/screenshots/live-*.png.
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startConsoleProcess } from './console-process';
import { startContractFilter } from './contract-filter';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

const upstream = await startConsoleProcess();
const filter = await startContractFilter(upstream.url);
const live = await startConsoleProcess({ UPSTREAM: filter.url, VULTR_API_KEY: upstream.ownerKey });

/** Calls the emulator behind the filter as its owner, to find seeded objects and set a scene. */
async function owner<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${upstream.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${upstream.ownerKey}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function idOf(list: string, key: string, field: string, value: string): Promise<string> {
  const page = await owner<Record<string, Record<string, string>[]>>(
    'GET',
    `/v2/${list}?per_page=500`,
  );
  const item = page[key]?.find((x) => x[field] === value);
  if (!item?.id) throw new Error(`the demo organization has no ${list} named ${value}`);
  return item.id;
}

/** A role the owner assumes now, so that the role page has an active session to show. */
async function roleWithSession(): Promise<string> {
  const me = (await owner<{ user: { id: string } }>('GET', '/v2/users/me')).user;
  const role = await owner<{ id: string }>('POST', '/v2/roles', {
    name: 'Deploy Staging',
    description: 'Deploys to the staging cluster.',
    role_type: 'assumable',
  });
  await owner('POST', '/v2/role-trusts', {
    role_id: role.id,
    trusted_user_id: me.id,
    trust_type: 'TemporaryAssumption',
    conditions: {
      time_of_day: { timezone: 'Europe/Berlin', start: 0, end: 24 },
      ip_address: ['127.0.0.1', '::1'],
    },
  });
  await owner('POST', '/v2/assumed-roles/assume', {
    role_id: role.id,
    session_name: 'release-42',
    duration: 3600,
  });
  return role.id;
}

interface Shot {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}

const table = (label: string) => async (page: Page) => {
  await page.locator(`table[aria-label="${label}"] tbody tr`).first().waitFor();
};

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  mkdirSync(OUT, { recursive: true });
  const deploy = await roleWithSession();
  const group = await idOf('groups', 'groups', 'display_name', 'Platform Engineers');
  const shots: Shot[] = [
    { name: 'live-users', path: '/organization/users', ready: table('Users') },
    { name: 'live-groups', path: '/organization/groups', ready: table('Groups') },
    {
      name: 'live-group-page',
      path: `/groups/${group}`,
      ready: async (page) => {
        await page.getByRole('heading', { name: 'Members' }).waitFor();
        await page
          .getByRole('list', { name: /members/i })
          .first()
          .waitFor();
      },
    },
    { name: 'live-roles', path: '/organization/roles', ready: table('Roles') },
    {
      name: 'live-role-page',
      path: `/roles/${deploy}?trust=open`,
      ready: async (page) => {
        await page.getByText('release-42').first().waitFor();
        await page
          .getByText(/Europe\/Berlin/)
          .first()
          .waitFor();
      },
    },
    { name: 'live-policies', path: '/organization/policies', ready: table('Permission Policies') },
    { name: 'live-oidc-issuers', path: '/organization/oidc-issuers', ready: table('OIDC Issuers') },
    {
      name: 'live-sessions',
      path: `/sessions?role=${deploy}`,
      ready: async (page) => {
        await page.getByRole('button', { name: 'Assume role', exact: true }).click();
        await page.getByText('AccessKeyId').first().waitFor();
      },
    },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
      timezoneId: 'America/New_York',
    });
    await page.goto(live.url + shot.path);
    await shot.ready(page);
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running'),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(OUT, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`saved ${file}\n`);
    await page.close();
  }
  process.stdout.write(filter.summary());
} finally {
  await browser.close();
  await live.stop();
  await filter.stop();
  await upstream.stop();
}
