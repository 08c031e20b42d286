import type { Page } from '@playwright/test';
import { BROWSER_ONLY, expect, expectNoSeriousA11yViolations, suffix, test } from './fixtures';
import type { ApiClient } from './fixtures';
import { AssignableRoleDialog } from './pages/assignable-role-dialog';
import { RolesTab } from './pages/roles-tab';

interface Policy {
  id: string;
  name: string;
}
interface Role {
  id: string;
  name: string;
  role_type: string;
  max_session_duration: number;
  description: string;
}

async function twoPolicies(api: ApiClient): Promise<[Policy, Policy]> {
  const list = await api.request<{ policies: Policy[] }>('GET', '/v2/policies?per_page=500');
  const [a, b] = list.policies;
  if (!a || !b) throw new Error('the organization needs at least two policies');
  return [a, b];
}

async function rolesNamed(api: ApiClient, name: string): Promise<Role[]> {
  const found: Role[] = [];
  let cursor = '';
  do {
    const page = await api.request<{ roles: Role[]; meta: { links: { next: string } } }>(
      'GET',
      `/v2/roles?per_page=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    found.push(...page.roles.filter((r) => r.name.toLowerCase() === name.toLowerCase()));
    cursor = page.meta.links.next;
  } while (cursor);
  return found;
}

async function openDialog(page: Page) {
  const roles = new RolesTab(page);
  await roles.open();
  await roles.chooseFromAddRoleMenu('Assignable Role');
  const dialog = new AssignableRoleDialog(page);
  await expect(dialog.dialog).toBeVisible();
  return { roles, dialog };
}

test('the + menu offers Assignable Role and Assumable Role; Assumable leads to the wizard', async ({
  page,
}) => {
  const roles = new RolesTab(page);
  await roles.open();
  await roles.openAddRoleMenu();
  await expect(roles.addRoleMenu.getByRole('menuitem')).toHaveText([
    /^Assignable Role/,
    /^Assumable Role/,
  ]);
  await roles.addRoleMenu.getByRole('menuitem', { name: 'Assumable Role', exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/new\/assumable$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Assumable Role' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Role details' })).toBeVisible();
  // Nothing typed yet: Cancel leaves without asking.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/organization\/roles$/);
});

test('an assignable role is created with exactly the two chosen policies', async ({
  page,
  api,
}) => {
  const [p1, p2] = await twoPolicies(api);
  const name = `e2e-create-${suffix()}`;
  const { dialog } = await openDialog(page);
  await expect(dialog.maxSession).toHaveText('1 hour');
  await dialog.fill({
    name,
    description: 'Made by the e2e suite',
    maxSession: '2 hours',
    policies: [p1.name, p2.name],
  });
  await expect(dialog.selectedPolicy(p1.name)).toBeVisible();
  await expect(dialog.selectedPolicy(p2.name)).toBeVisible();
  await dialog.submit();

  await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Role ${name} created`)).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const { role } = await api.request<{ role: Role }>('GET', `/v2/roles/${id}`);
  expect(role).toMatchObject({
    name,
    description: 'Made by the e2e suite',
    role_type: 'assignable',
    max_session_duration: 7200,
  });
  const attached = await api.request<{ policies: Policy[] }>('GET', `/v2/roles/${id}/policies`);
  expect(attached.policies.map((p) => p.id).sort()).toEqual([p1.id, p2.id].sort());

  // The list has it too, without a reload.
  await page.goBack();
  const roles = new RolesTab(page);
  await roles.searchFor(name);
  await expect(roles.roleRow(name)).toContainText('Assignable');
});

test('a duplicate name shows the server’s message on the Name field', async ({ page, api }) => {
  const name = `e2e-dup-${suffix()}`;
  await api.request('POST', '/v2/roles', { name, role_type: 'assumable' });
  const { dialog } = await openDialog(page);
  await dialog.fill({ name: name.toUpperCase() });
  await dialog.submit();
  await expect(dialog.name).toHaveAccessibleDescription(/already exists/);
  await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.dialog).toBeVisible();
  expect(await rolesNamed(api, name)).toHaveLength(1);
});

test('the form checks its fields with the shared schema before sending', async ({ page }) => {
  const { dialog } = await openDialog(page);
  await dialog.name.fill('   ');
  await dialog.submit();
  await expect(dialog.name).toHaveAccessibleDescription(
    'Name must be between 1 and 100 characters',
  );
  await expect(dialog.name).toBeFocused();
});

test('when a policy cannot be attached, the role is removed again and the failed step named', async ({
  page,
  api,
}) => {
  const policyName = `e2e-gone-${suffix()}`;
  const policy = await api.request<Policy>('POST', '/v2/policies', {
    name: policyName,
    description: 'Deleted before the role is saved',
    policy_document: {
      Version: '2026-03-20',
      Statement: [{ Effect: 'Allow', Action: ['compute.instance.List'], Resource: ['*'] }],
    },
  });
  const name = `e2e-rollback-${suffix()}`;
  const { dialog } = await openDialog(page);
  await dialog.fill({ name, policies: [policyName] });
  await api.request('DELETE', `/v2/policies/${policy.id}`);
  await dialog.submit();

  await expect(dialog.dialog.getByRole('alert')).toContainText(
    `Attaching policy ${policyName} (step 2 of 2) failed`,
  );
  await expect(dialog.dialog.getByRole('alert')).toContainText('The role was not kept');
  expect(await rolesNamed(api, name)).toEqual([]);
});

test(
  'the dialog works with the keyboard alone; Escape closes it and focus returns to +',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const [p1] = await twoPolicies(api);
    const roles = new RolesTab(page);
    const dialog = new AssignableRoleDialog(page);
    await roles.open();
    await expect(roles.rows().first()).toBeVisible();
    for (
      let i = 0;
      i < 40 && !(await roles.addRoleButton.evaluate((b) => b === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(roles.addRoleButton).toBeFocused();

    // Open, then Escape: closed, focus back on +.
    await page.keyboard.press('Enter');
    await expect(
      roles.addRoleMenu.getByRole('menuitem', { name: 'Assignable Role' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.name).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();
    await expect(roles.addRoleButton).toBeFocused();

    // Open again, fill and submit without the mouse.
    const name = `e2e-keys-${suffix()}`;
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(dialog.name).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await expect(dialog.description).toBeFocused();
    await page.keyboard.type('Typed, not clicked');
    await page.keyboard.press('Tab');
    await expect(dialog.maxSession).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog.maxSession).toHaveText('2 hours');
    await page.keyboard.press('Tab');
    await expect(dialog.policies).toBeFocused();
    await page.keyboard.type(p1.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog.selectedPolicy(p1.name)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.addRoleButton).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}$/);
    const [made] = await rolesNamed(api, name);
    expect(made).toMatchObject({ role_type: 'assignable', max_session_duration: 7200 });
    const attached = await api.request<{ policies: Policy[] }>(
      'GET',
      `/v2/roles/${made!.id}/policies`,
    );
    expect(attached.policies.map((p) => p.id)).toEqual([p1.id]);
  },
);

test('the open dialog passes the accessibility check', BROWSER_ONLY, async ({ page }) => {
  const { dialog } = await openDialog(page);
  await expect(dialog.name).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.cancelButton.click();
  await expect(dialog.dialog).toBeHidden();
});
