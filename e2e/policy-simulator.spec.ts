import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { owner, seedAssumableRole, SessionsPage, uniqueSessionName } from './pages/sessions-page';

interface Named {
  id: string;
  name: string;
}

/** The Policy Simulator page: its form, its results table and Who can?. */
class SimulatorPage {
  readonly heading: Locator;
  readonly principal: Locator;
  readonly actions: Locator;
  readonly results: Locator;
  readonly whoCanAction: Locator;
  readonly whoCan: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Policy Simulator', level: 1 });
    this.principal = page.getByRole('combobox', { name: 'Principal' });
    this.actions = page.getByRole('combobox', { name: 'Actions' });
    this.results = page.getByRole('table', { name: 'Simulation results' });
    this.whoCanAction = page
      .getByRole('region', { name: 'Who can?' })
      .getByRole('combobox', { name: 'Action' });
    this.whoCan = page.getByRole('table', { name: 'Who can' });
  }

  async choosePrincipal(name: string) {
    await this.principal.fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  async addAction(action: string) {
    await this.actions.fill(action);
    await this.page
      .getByRole('option', { name: new RegExp(`^${action.replace(/[.*]/g, '\\$&')}`) })
      .first()
      .click();
    await this.page.keyboard.press('Escape');
  }

  /** The result row of one action. */
  row(action: string): Locator {
    return this.results.locator(`tr[data-action="${action}"]`);
  }
}

test('a read-only user through a group and a role: iam.role.List Allowed, iam.role.Create Denied (implicit)', async ({
  page,
  api,
}) => {
  const orgs = await api.request<{ organizations: { name: string }[] }>('GET', '/v2/organizations');
  const simulator = new SimulatorPage(page);

  // The organization menu leads to the page.
  await page.goto('/organization/roles');
  await page
    .getByRole('banner')
    .getByRole('button', { name: orgs.organizations[0]!.name, exact: true })
    .click();
  await page.getByRole('menuitem', { name: 'Policy Simulator' }).click();
  await expect(page).toHaveURL(/\/policy-simulator$/);
  await expect(simulator.heading).toBeVisible();

  await simulator.choosePrincipal('Emil Novak');
  await simulator.addAction('iam.role.List');
  await simulator.addAction('iam.role.Create');

  const list = simulator.row('iam.role.List');
  await expect(list).toContainText('Allowed');
  await expect(list).toContainText(
    'via group Auditors → role Auditor → ReadOnlyAccess, statement 1',
  );
  await expect(list.getByRole('link', { name: /ReadOnlyAccess, statement 1/ })).toHaveAttribute(
    'href',
    /^\/policies\//,
  );
  const create = simulator.row('iam.role.Create');
  await expect(create).toContainText('Denied (implicit)');
  await expect(create).toContainText('No statement allows it.');

  // The choice is in the address: a reload shows the same answer.
  await expect(page).toHaveURL(/principal=user%3A.+&actions=iam\.role\.List%2Ciam\.role\.Create/);
  await page.reload();
  await expect(simulator.row('iam.role.Create')).toContainText('Denied (implicit)');
  await expectNoSeriousA11yViolations(page);
});

test('a role with an explicit Deny: Denied (explicit), naming the statement; a wildcard expands', async ({
  page,
  api,
}) => {
  const { roles } = await api.request<{ roles: Named[] }>('GET', '/v2/roles?per_page=500');
  const oncall = roles.find((r) => r.name === 'On-call Responder')!;
  const simulator = new SimulatorPage(page);

  await page.goto(
    `/policy-simulator?principal=role:${oncall.id}&actions=compute.instance.Delete,iam.role.*`,
  );
  await expect(simulator.principal).toHaveValue('On-call Responder');
  const del = simulator.row('compute.instance.Delete').first();
  await expect(del).toContainText('Denied (explicit)');
  await expect(del).toContainText('ComputeOperator, statement 2');
  // iam.role.* is every role action of the catalogue, none of which the role's policies allow.
  await expect(simulator.results).toContainText(/iam\.role\.\*\s*\d+ actions · 0 allowed/);
  await expect(simulator.row('iam.role.AssumeRole')).toContainText('Denied (implicit)');
  await simulator.results
    .getByRole('button', { name: 'Hide the actions iam.role.* covers' })
    .click();
  await expect(simulator.row('iam.role.AssumeRole')).toHaveCount(0);

  // A resource id is evaluated too (the statements name every resource) and kept in the address.
  await page.getByRole('textbox', { name: 'Resource' }).first().fill(oncall.id);
  await expect(page).toHaveURL(new RegExp(`resource=${oncall.id}`));
  await expect(page.getByText(`As role On-call Responder on resource ${oncall.id}`)).toBeVisible();
  await expect(simulator.row('compute.instance.Delete').first()).toContainText('Denied (explicit)');
});

test('Who can iam.role.Create? The owner and the administrator role, and no user or group', async ({
  page,
}) => {
  const simulator = new SimulatorPage(page);
  await page.goto('/policy-simulator');
  await simulator.whoCanAction.fill('iam.role.Create');
  await page.getByRole('option', { name: /^iam\.role\.Create/ }).click();
  await expect(page).toHaveURL(/whocan=iam\.role\.Create/);

  const rows = simulator.whoCan.locator('tbody tr');
  await expect(rows.first()).toContainText('Organization owner — always allowed everything');
  const breakGlass = simulator.whoCan.locator('tr[data-kind="role"]', {
    hasText: 'Break-glass Administrator',
  });
  await expect(breakGlass).toContainText('AdministratorAccess, statement 1');
  // Its trust names Blake Chen, who holds AssumeRoles through Platform Engineers.
  await expect(breakGlass).toContainText(/May assume it now:.*Blake Chen/);
  await expect(simulator.whoCan.locator('tr[data-kind="user"]')).toHaveCount(0);
  await expect(simulator.whoCan.locator('tr[data-kind="group"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('the session held in the tab acts with its role’s policies only', async ({ page, api }) => {
  const me = await owner(api);
  const role = await seedAssumableRole(api, { trusted_user_id: me.id });
  try {
    const { policies } = await api.request<{ policies: Named[] }>(
      'GET',
      '/v2/policies?per_page=500',
    );
    const storage = policies.find((p) => p.name === 'ObjectStorageReadWrite')!;
    await api.request('POST', `/v2/roles/${role.id}/policies/${storage.id}`);

    const sessions = new SessionsPage(page);
    await sessions.open(role.id);
    await expect(sessions.role).toHaveValue(role.name);
    await sessions.assume({ sessionName: uniqueSessionName('simulated') });
    await expect(sessions.value('AccessKeyId')).toHaveText(/^\w{16,128}$/);

    // The credentials live in the tab's memory: reach the simulator without reloading.
    const orgs = await api.request<{ organizations: { name: string }[] }>(
      'GET',
      '/v2/organizations',
    );
    await page
      .getByRole('banner')
      .getByRole('button', { name: orgs.organizations[0]!.name, exact: true })
      .click();
    await page.getByRole('menuitem', { name: 'Policy Simulator' }).click();
    const simulator = new SimulatorPage(page);
    await simulator.choosePrincipal('Session held in this tab');
    await expect(page.getByText(`Acts with the policies of role ${role.name}`)).toBeVisible();
    await simulator.addAction('storage.bucket.List');
    await simulator.addAction('iam.role.List');
    await expect(simulator.row('storage.bucket.List')).toContainText('Allowed');
    await expect(simulator.row('storage.bucket.List')).toContainText(
      'ObjectStorageReadWrite, statement 1',
    );
    // The owner who assumed it may do anything; the session may not.
    await expect(simulator.row('iam.role.List')).toContainText('Denied (implicit)');
    await expect(page).toHaveURL(/principal=session/);
  } finally {
    await api.request('DELETE', `/v2/roles/${role.id}`).catch(() => undefined);
  }
});
