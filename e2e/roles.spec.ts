import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

interface RoleList {
  roles: { id: string; name: string; role_type: string }[];
  meta: { total: number };
}

test('the organization menu leads to Manage Organization → Roles, listing the seeded roles', async ({
  page,
  api,
  organization,
}) => {
  const orgs = await api.request<{ organizations: { name: string }[] }>('GET', '/v2/organizations');
  const orgName = orgs.organizations[0]!.name;
  const seeded = await api.request<RoleList>('GET', '/v2/roles?per_page=500');

  await page.goto('/sessions');
  await organization.openManageOrganization(orgName);
  await expect(page).toHaveURL(/\/organization\/roles$/);
  await expect(page.getByRole('heading', { name: 'Manage Organization' })).toBeVisible();

  for (const header of ['Name', 'Type', 'Description', 'Max session', 'Created']) {
    await expect(organization.rolesTable.getByRole('columnheader', { name: header })).toBeVisible();
  }
  for (const role of seeded.roles.slice(0, 25)) {
    const row = organization.roleRow(role.name);
    await expect(row).toBeVisible();
    await expect(row).toContainText(role.role_type === 'assumable' ? 'Assumable' : 'Assignable');
  }
  await expectNoSeriousA11yViolations(page);
});

test('each Manage Organization tab has its own URL', async ({ page, organization }) => {
  await organization.open();
  const tabs: [string, RegExp][] = [
    ['Users', /\/organization\/users$/],
    ['Groups', /\/organization\/groups$/],
    ['Permission Policies', /\/organization\/policies$/],
    ['OIDC Issuers', /\/organization\/oidc-issuers$/],
    ['Roles', /\/organization\/roles$/],
  ];
  for (const [name, url] of tabs) {
    await organization.openTab(name);
    await expect(page).toHaveURL(url);
    await expect(organization.tab(name)).toHaveAttribute('aria-selected', 'true');
  }
  await page.goto('/organization/groups');
  await expect(organization.tab('Groups')).toHaveAttribute('aria-selected', 'true');
});

test('a role name opens its page', async ({ page, api, organization }) => {
  const seeded = await api.request<RoleList>('GET', '/v2/roles?per_page=500');
  const role = seeded.roles[0]!;
  await page.goto('/organization/roles');
  await organization.roleLink(role.name).click();
  await expect(page).toHaveURL(new RegExp(`/roles/${role.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: role.name })).toBeVisible();
});
