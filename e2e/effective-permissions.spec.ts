import type { Locator, Page } from '@playwright/test';
import type { ApiClient } from './fixtures';
import { expect, expectNoSeriousA11yViolations, suffix, test } from './fixtures';
import { owner, SessionsPage, uniqueSessionName } from './pages/sessions-page';
import { TopBar, userWithKey } from './pages/top-bar';

interface Named {
  id: string;
  name: string;
}

async function byName(api: ApiClient, collection: 'users' | 'roles', name: string) {
  const page = await api.request<Record<string, Named[]>>('GET', `/v2/${collection}?per_page=500`);
  const found = page[collection]!.find((item) => item.name === name);
  if (!found) throw new Error(`no ${collection} named ${name}`);
  return found;
}

/** The Effective permissions table in a section (or the whole page), one row per service. */
class PermissionsTable {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    within: Locator,
    label = 'Effective permissions',
  ) {
    this.table = within.getByRole('table', { name: label });
  }

  row(service: string): Locator {
    return this.table.locator(`tr[data-service="${service}"]`);
  }

  /** Expands a service; gives where its permissions come from. */
  async expand(service: string, label: string): Promise<Locator> {
    await this.row(service)
      .getByRole('button', { name: `Show where the ${label} permissions come from` })
      .click();
    return this.table.locator(`tr[data-service-detail="${service}"]`);
  }
}

test('a user’s effective permissions name the group and role they come through', async ({
  page,
  api,
}) => {
  const blake = await byName(api, 'users', 'Blake Chen');
  await page.goto(`/users/${blake.id}`);
  const section = page.getByRole('region', { name: 'Effective permissions' });
  await expect(section).toContainText('Organization owner — always allowed everything');
  const table = new PermissionsTable(page, section);

  // Developer (through Platform Engineers) reads everything; KubernetesDeployer adds a node pool change.
  await expect(table.row('iam')).toContainText('Identity and access');
  await expect(table.row('kubernetes')).toContainText('Node pools: List, Read, Update');
  const iam = await table.expand('iam', 'Identity and access');
  await expect(iam).toContainText(
    'via group Platform Engineers → role Developer → ReadOnlyAccess, statement 1',
  );
  await expect(iam).toContainText('via group Platform Engineers → AssumeRoles, statement 1');
  await expect(
    iam.getByRole('link', { name: /role Developer → ReadOnlyAccess, statement 1/ }).first(),
  ).toHaveAttribute('href', /^\/policies\//);

  await expect(section.getByRole('link', { name: 'Open in Policy Simulator' })).toHaveAttribute(
    'href',
    `/policy-simulator?principal=user%3A${blake.id}`,
  );
  await expectNoSeriousA11yViolations(page);
});

test('the section is accessible while it loads', async ({ page, api }) => {
  const blake = await byName(api, 'users', 'Blake Chen');
  // Hold the policy list back: the section stays in its loading state until released.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === '/api/v2/policies',
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto(`/users/${blake.id}`);
  const loading = page.getByRole('progressbar', { name: 'Loading effective permissions' });
  await expect(loading).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  release();
  await expect(loading).toBeHidden();
});

test('a role with an explicit Deny shows it in its compute row, with the statement', async ({
  page,
  api,
}) => {
  const oncall = await byName(api, 'roles', 'On-call Responder');
  await page.goto(`/roles/${oncall.id}`);
  const section = page.getByRole('region', { name: 'Effective permissions' });
  await expect(section).toContainText('What a session of this role may do');
  const table = new PermissionsTable(page, section);

  await expect(table.row('database')).toContainText('All actions');
  const compute = table.row('compute');
  await expect(compute).toContainText('Instances: all but Delete; Snapshots: all actions');
  await expect(compute).toContainText('Denied (explicit): compute.instance.Delete');
  const detail = await table.expand('compute', 'Compute');
  const denied = detail.locator('[data-actions="compute.instance.Delete"]');
  await expect(denied).toContainText('Denied (explicit)');
  await expect(denied).toContainText('ComputeOperator, statement 2');
  await expect(detail).toContainText('ComputeOperator, statement 1');
  // Nothing of the role reaches IAM.
  await expect(table.row('iam')).toHaveCount(0);
  await expect(section).toContainText(/Nothing allowed in .*Identity and access/);
});

test('freshly assumed credentials show what they may do: their role’s permissions', async ({
  page,
  api,
}) => {
  const me = await owner(api);
  const oncall = await byName(api, 'roles', 'On-call Responder');
  // A trust naming the console's own user, without conditions, for the length of the test.
  const trust = await api.request<{ id: string }>('POST', '/v2/role-trusts', {
    role_id: oncall.id,
    trust_type: 'TemporaryAssumption',
    trusted_user_id: me.id,
    conditions: {},
  });
  try {
    const sessions = new SessionsPage(page);
    await sessions.open(oncall.id);
    await expect(sessions.role).toHaveValue('On-call Responder');
    await sessions.assume({ sessionName: uniqueSessionName('effective') });
    await expect(sessions.value('AccessKeyId')).toHaveText(/^\w{16,128}$/);

    const what = sessions.result.getByRole('region', { name: 'What these credentials may do' });
    const table = new PermissionsTable(page, what, 'What these credentials may do');
    await expect(table.row('database')).toContainText('All actions');
    await expect(table.row('compute')).toContainText('Denied (explicit): compute.instance.Delete');
    // The owner who assumed it may do anything; the session only what its role allows.
    await expect(table.row('iam')).toHaveCount(0);
    const link = what.getByRole('link', { name: 'Open in Policy Simulator' });
    await expect(link).toHaveAttribute('href', '/policy-simulator?principal=session');

    // The credentials live in the tab's memory: following the link keeps them.
    await link.click();
    await expect(page.getByRole('combobox', { name: 'Principal' })).toHaveValue(
      'Session held in this tab',
    );
  } finally {
    await api.request('DELETE', `/v2/role-trusts/${trust.id}`).catch(() => undefined);
  }
});

test('a refused request names the missing action and links the simulator for the key’s user', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const holder = await userWithKey(api, tag);
  try {
    const topBar = new TopBar(page);
    await page.goto('/organization/roles');
    // The key lives in the tab's memory: from here on, no reload.
    await topBar.useMyApiKey(holder.api_key);
    await expect(topBar.identity).toContainText(holder.name);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load roles' });
    await expect(alert).toContainText(
      'Could not load roles: Not allowed: your key lacks iam.role.List on *.',
    );
    await alert.getByRole('link', { name: 'Check in Policy Simulator' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/policy-simulator\\?principal=user%3A${holder.id}&actions=iam\\.role\\.List$`),
    );
    await expect(page.getByRole('heading', { name: 'Policy Simulator', level: 1 })).toBeVisible();
  } finally {
    const { groups } = await api.request<{ groups: { id: string; display_name: string }[] }>(
      'GET',
      '/v2/groups?per_page=500',
    );
    const own = groups.find((g) => g.display_name === `E2E own group ${tag}`);
    if (own) await api.request('DELETE', `/v2/groups/${own.id}`).catch(() => undefined);
    await api.request('DELETE', `/v2/users/${holder.id}`).catch(() => undefined);
  }
});
