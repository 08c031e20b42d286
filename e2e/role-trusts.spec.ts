import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ApiClient } from './fixtures';
import { contractMinimal, expect, expectNoSeriousA11yViolations, suffix, test } from './fixtures';
import { RolePage } from './pages/role-page';

/**
 * The role page's view of trusts and sessions: the trust linter's findings on each card, marked
 * allow-list entries, JSON views, links to what the page names, times with their zone, the
 * sessions' Source IP and the weekly grid in a half-hour zone. Only Vultr's own fields are
 * relied on, so the same tests hold against live Vultr.
 */

interface Role {
  id: string;
  name: string;
}
interface Issuer {
  id: string;
  uri: string;
  display_name?: string;
}
interface Named {
  id: string;
  name: string;
}

const GITHUB_URI = 'https://token.actions.githubusercontent.com';

/** Set SAVE_SCREENSHOTS=1 to refresh the pictures in docs/screenshots/ from these states. */
async function screenshot(page: Page, name: string, fullPage = false) {
  if (process.env.SAVE_SCREENSHOTS !== '1') return;
  mkdirSync('docs/screenshots', { recursive: true });
  // A whole-page picture from the top, so the sticky top bar stays at the top of it.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });
}

async function createRole(api: ApiClient, type: 'assignable' | 'assumable' = 'assumable') {
  return api.request<Role>('POST', '/v2/roles', {
    name: `E2E trusts ${suffix()}`,
    description: `Made by the role trusts test (${type}).`,
    role_type: type,
    max_session_duration: 3600,
  });
}

async function addTrust(api: ApiClient, body: Record<string, unknown>) {
  return api.request<{ id: string }>('POST', '/v2/role-trusts', body);
}

/** The GitHub Actions issuer, named as the console names it (Vultr sends no display name). */
async function githubIssuer(api: ApiClient) {
  const { issuers } = await api.request<{ issuers: Issuer[] }>('GET', '/v2/oidc/issuer');
  const issuer = issuers.find((i) => i.uri === GITHUB_URI)!;
  // Live Vultr names no issuer: the console then shows its URI (display_name is the emulator's).
  return { id: issuer.id, name: (!contractMinimal && issuer.display_name) || issuer.uri };
}

async function firstGroup(api: ApiClient) {
  const { groups } = await api.request<{ groups: { id: string; display_name: string }[] }>(
    'GET',
    '/v2/groups?per_page=500',
  );
  return { id: groups[0]!.id, name: groups[0]!.display_name };
}

async function policyNamed(api: ApiClient, name: string) {
  const { policies } = await api.request<{ policies: Named[] }>('GET', '/v2/policies?per_page=500');
  return policies.find((p) => p.name === name)!;
}

/** A new user who may assume roles that trust them. */
async function assumingUser(api: ApiClient): Promise<Named> {
  const tag = suffix();
  const user = await api.request<Named>('POST', '/v2/users', {
    first_name: 'Trusts',
    last_name: `Tester ${tag}`,
    name: `Trusts Tester ${tag}`,
    email: `trusts-tester-${tag}@example.com`,
    password: `pw-${tag}-${tag}`,
  });
  const assume = await policyNamed(api, 'AssumeRoles');
  await api.request('POST', `/v2/policies/${assume.id}/users/${user.id}`);
  return user;
}

/** The section's accordion button: "Role Trust 2 trusts · 1 with findings". */
const trustSummary = (page: Page) => page.getByRole('button', { name: /^Role Trust/ });

test('every trust shows its linter findings, and the section counts the trusts that have any', async ({
  page,
  api,
}) => {
  const role = await createRole(api);
  const github = await githubIssuer(api);
  const group = await firstGroup(api);
  await addTrust(api, {
    role_id: role.id,
    trust_type: 'FederatedAssumption',
    trusted_oidc_issuer_id: github.id,
  });
  await addTrust(api, {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
    conditions: {
      time_of_day: { timezone: 'utc', days_of_week: ['saturday', 'sunday'], start: 8, end: 20 },
      ip_address: ['203.0.113.0/24', '0.0.0.0/0'],
    },
  });
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });

  await expect(trustSummary(page)).toContainText('2 trusts · 2 with findings');
  const githubFindings = rolePage
    .trustCard(github.name)
    .getByRole('list', { name: `Findings for the trust of ${github.name}` });
  await expect(githubFindings).toContainText(`Any token ${github.name} signs can assume this role`);
  await expect(githubFindings).toContainText('Fix:');
  const groupFindings = rolePage
    .trustCard(group.name)
    .getByRole('list', { name: `Findings for the trust of ${group.name}` });
  await expect(groupFindings).toContainText('0.0.0.0/0 lets every IPv4 address through');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'role-page-two-trusts', true);
});

test('the seeded CI Deployer warns that any GitHub Actions token can assume it', async ({
  page,
  api,
}) => {
  const { roles } = await api.request<{ roles: Role[] }>('GET', '/v2/roles?per_page=500');
  const deployer = roles.find((r) => r.name === 'CI Deployer');
  test.skip(!deployer, 'the upstream has no CI Deployer role (not the demo organization)');
  const github = await githubIssuer(api);
  const rolePage = new RolePage(page);
  await rolePage.open(deployer!.id, { trust: '#trust' });

  await expect(trustSummary(page)).toContainText(/\d+ trusts? · [1-9]\d* with findings/);
  await expect(
    rolePage
      .trustCard(github.name)
      .getByRole('list', { name: `Findings for the trust of ${github.name}` }),
  ).toContainText(`Any token ${github.name} signs can assume this role`);
});

test('an allow-list entry Vultr holds but that is no network is an error chip with its message', async ({
  page,
  api,
}) => {
  const role = await createRole(api);
  const group = await firstGroup(api);
  await addTrust(api, {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
    conditions: { ip_address: ['203.0.113.0/24'] },
  });
  // Live Vultr may keep an entry the console would refuse: serve one.
  await page.route(`**/api/v2/role-trusts/by-role/${role.id}*`, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as {
      role_trusts: { conditions: { ip_address: string[] } }[];
    };
    body.role_trusts[0]!.conditions.ip_address.push('2001:db8:acme::/48');
    await route.fulfill({ response, json: body });
  });
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });

  const card = rolePage.trustCard(group.name);
  await expect(card.getByText('203.0.113.0/24', { exact: true })).toBeVisible();
  await expect(card.getByText('2001:db8:acme::/48', { exact: true })).toBeVisible();
  await expect(card).toContainText(
    '"2001:db8:acme::/48" is not a valid IPv4 or IPv6 CIDR range: no caller can be matched against it.',
  );
  await expect(trustSummary(page)).toContainText('1 trust · 1 with findings');
  await expectNoSeriousA11yViolations(page);
});

test.describe('JSON views', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the role and each trust open as pretty-printed JSON that can be copied', async ({
    page,
    api,
  }) => {
    const role = await createRole(api);
    const group = await firstGroup(api);
    const trust = await addTrust(api, {
      role_id: role.id,
      trust_type: 'TemporaryAssumption',
      trusted_group_id: group.id,
      conditions: { ip_address: ['198.51.100.0/24'] },
    });
    const rolePage = new RolePage(page);
    await rolePage.open(role.id, { trust: '#trust' });
    await expect(rolePage.heading).toHaveText(role.name);

    await page.getByRole('button', { name: 'View JSON', exact: true }).click();
    const roleDialog = page.getByRole('dialog', { name: `Role ${role.name} as JSON` });
    const roleJson = roleDialog.getByRole('region', { name: 'JSON' });
    await expect(roleJson).toContainText(`"id": "${role.id}"`);
    await expect(roleJson).toContainText('"role_type": "assumable"');
    await expectNoSeriousA11yViolations(page);
    await roleDialog.getByRole('button', { name: 'Copy JSON' }).click();
    await expect(roleDialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toMatchObject({ id: role.id, name: role.name });
    await roleDialog.getByRole('button', { name: 'Close' }).click();
    await expect(roleDialog).toHaveCount(0);

    await rolePage
      .trustCard(group.name)
      .getByRole('button', { name: `View JSON of the trust for ${group.name}` })
      .click();
    const trustDialog = page.getByRole('dialog', { name: `Trust for ${group.name} as JSON` });
    const trustJson = trustDialog.getByRole('region', { name: 'JSON' });
    await expect(trustJson).toContainText(`"id": "${trust.id}"`);
    await expect(trustJson).toContainText(`"trusted_group_id": "${group.id}"`);
    await expect(trustJson).toContainText(/"ip_address": \[\s*"198\.51\.100\.0\/24"\s*\]/);
    await expectNoSeriousA11yViolations(page);
  });
});

test('policies, users, groups and a trust’s issuer are links to their pages', async ({
  page,
  api,
}) => {
  const assumable = await createRole(api);
  const github = await githubIssuer(api);
  const group = await firstGroup(api);
  const policy = await policyNamed(api, 'AssumeRoles');
  await api.request('POST', `/v2/roles/${assumable.id}/policies/${policy.id}`);
  await addTrust(api, {
    role_id: assumable.id,
    trust_type: 'FederatedAssumption',
    trusted_oidc_issuer_id: github.id,
  });
  await addTrust(api, {
    role_id: assumable.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
  });
  const rolePage = new RolePage(page);
  await rolePage.open(assumable.id, { trust: '#trust' });

  await expect(rolePage.policies.getByRole('link', { name: policy.name })).toHaveAttribute(
    'href',
    `/policies/${policy.id}`,
  );
  await expect(
    rolePage.trustCard(group.name).getByRole('link', { name: group.name }),
  ).toHaveAttribute('href', `/groups/${group.id}`);
  const issuerLink = rolePage.trustCard(github.name).getByRole('link', { name: github.name });
  await expect(issuerLink).toHaveAttribute('href', `/oidc-issuers/${github.id}`);
  await expectNoSeriousA11yViolations(page);
  await issuerLink.click();
  await expect(page).toHaveURL(new RegExp(`/oidc-issuers/${github.id}$`));

  // An assignable role's holders: the user and the group.
  const assignable = await createRole(api, 'assignable');
  const user = await assumingUser(api);
  await api.request('POST', `/v2/roles/${assignable.id}/users/${user.id}`);
  await api.request('POST', `/v2/roles/${assignable.id}/groups/${group.id}`);
  await rolePage.open(assignable.id);
  await expect(rolePage.entities.getByRole('link', { name: user.name })).toHaveAttribute(
    'href',
    `/users/${user.id}`,
  );
  const groupLink = rolePage.entities.getByRole('link', { name: group.name });
  await expect(groupLink).toHaveAttribute('href', `/groups/${group.id}`);
  await groupLink.click();
  await expect(page).toHaveURL(new RegExp(`/groups/${group.id}$`));
});

interface ApiSession {
  session_name: string;
  source_ip?: string;
  role_id: string;
}

/** A role trusting a new user, and two sessions of that user: their names and listed Source IPs. */
async function roleWithSessions(api: ApiClient) {
  const role = await createRole(api);
  const user = await assumingUser(api);
  await addTrust(api, {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_user_id: user.id,
  });
  const names = [`e2e-ip-${suffix()}`, `e2e-noip-${suffix()}`] as const;
  for (const session_name of names) {
    await api.request('POST', '/v2/assumed-roles/assume', {
      role_id: role.id,
      session_name,
      user_id: user.id,
    });
  }
  const { sessions } = await api.request<{ sessions: ApiSession[] }>(
    'GET',
    `/v2/assumed-roles/users/${user.id}/sessions?per_page=500`,
  );
  const withIp = sessions.find((s) => s.session_name === names[0])!;
  return { role, user, names, sourceIp: withIp.source_ip ?? '' };
}

/**
 * As on Vultr: the role's sessions come from its users' lists. The second session is served
 * without `source_ip`.
 */
async function serveSessionsAsVultr(page: Page, dropIpOf: string) {
  await page.route(/\/api\/v2\/assumed-roles(\?|$)/, (route) =>
    route.fulfill({ status: 404, json: { error: 'Not found', status: 404 } }),
  );
  await page.route(/\/api\/v2\/assumed-roles\/users\/[^/]+\/sessions/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { sessions: ApiSession[] };
    for (const s of body.sessions) if (s.session_name === dropIpOf) delete s.source_ip;
    await route.fulfill({ response, json: body });
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Kolkata' });

  test('each session shows its Source IP, or a dash when the API gives none', async ({
    page,
    api,
  }) => {
    const { role, names, sourceIp } = await roleWithSessions(api);
    expect(sourceIp).not.toBe('');
    await serveSessionsAsVultr(page, names[1]);
    const rolePage = new RolePage(page);
    await rolePage.open(role.id);

    const withIp = rolePage.sessionRow(names[0]);
    await expect(withIp.getByText(`Source IP ${sourceIp}`)).toBeVisible();
    await expect(rolePage.sessionRow(names[1]).getByText('Source IP —')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Wider, it is a column of its own.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(
      rolePage.sessions.getByRole('columnheader', { name: 'Source IP', exact: true }),
    ).toBeVisible();
    await expect(withIp.getByRole('cell', { name: sourceIp, exact: true })).toBeVisible();
    await expect(
      rolePage.sessionRow(names[1]).getByRole('cell', { name: '—', exact: true }),
    ).toBeVisible();
  });

  test('a half-hour zone sees a UTC window exactly, and the whole day fits on the screen', async ({
    page,
    api,
  }) => {
    const role = await createRole(api);
    const group = await firstGroup(api);
    await addTrust(api, {
      role_id: role.id,
      trust_type: 'TemporaryAssumption',
      trusted_group_id: group.id,
      conditions: {
        time_of_day: {
          timezone: 'utc',
          days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          start: 11,
          end: 16,
        },
        ip_address: ['203.0.113.0/24'],
      },
    });
    const rolePage = new RolePage(page);
    await rolePage.open(role.id, { trust: '#trust' });
    const card = rolePage.trustCard(group.name);
    await expect(
      card.getByRole('img', { name: /^Weekly schedule in UTC: Mon 11:00–16:00;/ }),
    ).toBeVisible();

    await card.getByRole('button', { name: 'Your time (Asia/Kolkata)' }).click();
    const week = card.getByRole('group', { name: 'Weekly schedule in Asia/Kolkata' });
    await expect(
      week.getByRole('img', {
        name: /^Weekly schedule in Asia\/Kolkata: Mon 16:30–21:30; .*Fri 16:30–21:30; Sat none; Sun none$/,
      }),
    ).toBeVisible();
    await expect(card).toContainText('Each hour is drawn in half hours.');
    // Nothing of the day is hidden sideways: the evening is on screen.
    expect(await week.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await expect(card.getByText(/Scroll sideways/)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    // The picture: "Assumable now?" just under the top bar, the whole week below it.
    await card.getByText('Assumable now?', { exact: true }).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    await screenshot(page, 'weekly-grid-390');

    // Narrower still, the grid scrolls, and says so.
    await page.setViewportSize({ width: 280, height: 700 });
    await expect(card.getByText('Scroll sideways for the later hours')).toBeVisible();
    await week.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(card.getByText('Scroll sideways for the earlier hours')).toBeVisible();
  });
});

test.describe('in a half-hour time zone', () => {
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('every time on the role page names its zone, to the minute', async ({ page, api }) => {
    const { role, names } = await roleWithSessions(api);
    const rolePage = new RolePage(page);
    const trusts = await api.request<{ role_trusts: { id: string }[] }>(
      'GET',
      `/v2/role-trusts/by-role/${role.id}`,
    );
    await api.request('PUT', `/v2/role-trusts/${trusts.role_trusts[0]!.id}`, {
      valid_until: '2030-12-05T12:30:00+00:00',
    });
    await rolePage.open(role.id, { trust: '#trust' });

    const clock = /[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M Asia\/Kolkata/;
    // Created: on the viewer's clock, zone named, and how long ago.
    await expect(
      page
        .getByRole('definition')
        .filter({ hasText: new RegExp(`^${clock.source} \\(.+ ago\\)$`) }),
    ).toHaveCount(1);
    await expect(page.getByRole('article')).toContainText(
      /Valid until\s*Dec 5, 2030, 6:00\sPM Asia\/Kolkata \(in \d+ years?\)/,
    );
    const row = rolePage.sessionRow(names[0]);
    await expect(row.getByRole('cell').filter({ hasText: clock })).toHaveCount(2);
    await expectNoSeriousA11yViolations(page);
  });
});
