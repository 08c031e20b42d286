import { randomBytes } from 'node:crypto';
import type { RoleTrust as Trust } from '../src/shared/schemas/role-trust';
import type { ApiClient } from './fixtures';
import { BROWSER_ONLY, expect, expectNoSeriousA11yViolations, suffix, test } from './fixtures';
import { RolePage } from './pages/role-page';
import { TrustDialog } from './pages/trust-dialog';

test.describe.configure({ mode: 'parallel' });

const seed = {
  user: (api: ApiClient, tag: string) =>
    api.request<{ id: string; name: string }>('POST', '/v2/users', {
      name: `Add trust user ${tag}`,
      email: `add-trust-${tag}@example.com`,
      password: `pw-${randomBytes(8).toString('hex')}`,
      api_enabled: false,
    }),
  group: async (api: ApiClient, tag: string) => {
    const g = await api.request<{ id: string; display_name: string }>('POST', '/v2/groups', {
      display_name: `Add trust group ${tag}`,
      description: 'Made by the Add trust test.',
    });
    return { id: g.id, name: g.display_name };
  },
  /** An assumable role whose one trust names `userId`. */
  roleWithTrust: async (api: ApiClient, tag: string, userId: string) => {
    const role = await api.request<{ id: string; name: string }>('POST', '/v2/roles', {
      name: `Add trust ${tag}`,
      description: 'Made by the Add trust test.',
      role_type: 'assumable',
    });
    const trust = await api.request<Trust>('POST', '/v2/role-trusts', {
      role_id: role.id,
      trust_type: 'TemporaryAssumption',
      trusted_user_id: userId,
      conditions: { ip_address: ['203.0.113.0/24'] },
    });
    return { role, trust };
  },
};

async function trustsOf(api: ApiClient, roleId: string) {
  return (await api.request<{ role_trusts: Trust[] }>('GET', `/v2/role-trusts/by-role/${roleId}`))
    .role_trusts;
}

test('Add trust puts a second trust on an assumable role: two cards, one POST each', async ({
  page,
  api,
}) => {
  test.slow();
  const tag = suffix();
  const user = await seed.user(api, tag);
  const group = await seed.group(api, tag);
  const { role } = await seed.roleWithTrust(api, tag, user.id);
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '?trust=open' });
  await expect(rolePage.trustCard(user.name)).toBeVisible();

  const add = await TrustDialog.openAdd(page, role.name);
  await expect(add.dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await add.steps.chooseEntity('Group', group.name);
  await add.steps.chooseTrustType('IAMAssumption');
  await add.tab('Schedule');
  await add.steps.chooseSchedule('Assumable at specific times of the day', {
    start: '08:00',
    end: '18:00',
    zone: 'Europe/Berlin',
  });
  await add.tab('IP Access Restrictions');
  await add.steps.addIp('198.51.100.0/24');
  await add.submit();

  await expect(add.dialog).toBeHidden();
  await expect(page.getByText('Trust added', { exact: true })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(rolePage.trustCard(user.name)).toBeVisible();
  const card = rolePage.trustCard(group.name);
  await expect(card).toContainText('IAMAssumption');
  await expect(card).toContainText('198.51.100.0/24');
  await expect(rolePage.trustToggle).toContainText('2 trusts');

  const trusts = await trustsOf(api, role.id);
  expect(trusts).toHaveLength(2);
  const added = trusts.find((t) => t.trusted_group_id === group.id);
  expect(added).toMatchObject({ trust_type: 'IAMAssumption' });
  expect(added?.conditions).toEqual({
    time_of_day: { timezone: 'Europe/Berlin', start: 8, end: 18 },
    ip_address: ['198.51.100.0/24'],
  });
});

test('a role whose only trust was deleted gets one again through Add trust, and is assumable by that entity', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const user = await seed.user(api, tag);
  const { role, trust } = await seed.roleWithTrust(api, tag, user.id);
  await api.request('DELETE', `/v2/role-trusts/${trust.id}`);
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });
  await expect(page.getByText('No trusts: nobody can assume this role')).toBeVisible();

  const add = await TrustDialog.openAdd(page, role.name);
  await add.steps.chooseEntity('User', user.name);
  await add.submit();

  await expect(add.dialog).toBeHidden();
  const card = rolePage.trustCard(user.name);
  await expect(card).toBeVisible();
  await expect(card).toContainText('TemporaryAssumption');
  await expect(card).toContainText('Any IP address');
  // Always assumable, no expiry: the card says the user can assume the role right now.
  await expect(card.getByText('Yes', { exact: true })).toBeVisible();
  await expect(rolePage.trustToggle).toContainText('1 trust');
  await expectNoSeriousA11yViolations(page);
  const trusts = await trustsOf(api, role.id);
  expect(trusts.map((t) => t.trusted_user_id)).toEqual([user.id]);
});

test('Add trust adds an IP left typed in the box on save, and refuses to save one that cannot be added', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const user = await seed.user(api, tag);
  const { role } = await seed.roleWithTrust(api, tag, user.id);
  const group = await seed.group(api, tag);
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });

  const add = await TrustDialog.openAdd(page, role.name);
  await add.steps.chooseEntity('Group', group.name);
  await add.tab('IP Access Restrictions');
  await add.steps.ipInput.fill('198.51.100');
  await add.submit();
  // Nothing was sent: the box says what is wrong, the list why saving stopped.
  await expect(add.steps.ipInput).toBeFocused();
  await expect(add.steps.ipInput).toHaveAccessibleDescription(
    '"198.51.100" is not a valid IPv4 or IPv6 address.',
  );
  await expect(add.dialog.getByRole('alert')).toContainText(
    '“198.51.100” is typed in the box but not added',
  );
  await expect(add.dialog).toContainText('Nothing added yet');
  await expectNoSeriousA11yViolations(page);
  expect(await trustsOf(api, role.id)).toHaveLength(1);

  // Fixed but still not added with Enter: Save adds it.
  await add.steps.ipInput.fill('198.51.100.7');
  await add.submit();
  await expect(add.dialog).toBeHidden();
  await expect(rolePage.trustCard(group.name)).toContainText('198.51.100.7');
  const added = (await trustsOf(api, role.id)).find((t) => t.trusted_group_id === group.id);
  expect(added?.conditions.ip_address).toEqual(['198.51.100.7']);
});

test('Add trust shows the linter live, and its warnings do not stop the save', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const user = await seed.user(api, tag);
  const { role } = await seed.roleWithTrust(api, tag, user.id);
  const group = await seed.group(api, tag);
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });

  const add = await TrustDialog.openAdd(page, role.name);
  await add.steps.chooseEntity('Group', group.name);
  await expect(add.findings).toHaveCount(0);
  await add.tab('IP Access Restrictions');
  await add.steps.addIp('0.0.0.0/0');
  await expect(add.findings.getByRole('listitem')).toHaveText([
    /^0\.0\.0\.0\/0 lets every IPv4 address through: the IP restriction does not restrict\./,
  ]);
  await expectNoSeriousA11yViolations(page);
  await add.submit();
  await expect(add.dialog).toBeHidden();
  await expect(rolePage.trustCard(group.name)).toContainText('0.0.0.0/0');
});

test(
  'Escape closes Add trust at once when nothing was entered, and asks first when something was',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const tag = suffix();
    const user = await seed.user(api, tag);
    const { role } = await seed.roleWithTrust(api, tag, user.id);
    const rolePage = new RolePage(page);
    await rolePage.open(role.id, { trust: '#trust' });

    let add = await TrustDialog.openAdd(page, role.name);
    await expect(add.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(add.dialog).toBeHidden();
    await expect(add.discard).toBeHidden();

    add = await TrustDialog.openAdd(page, role.name);
    await add.tab('IP Access Restrictions');
    // Only typed, not added: that is unsaved input too.
    await add.steps.ipInput.fill('192.0.2.1');
    await page.keyboard.press('Escape');
    await expect(add.discard).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await add.discard.getByRole('button', { name: 'Cancel' }).click();
    await expect(add.discard).toBeHidden();
    await expect(add.steps.ipInput).toHaveValue('192.0.2.1');

    await page.keyboard.press('Escape');
    await add.discard.getByRole('button', { name: 'Discard' }).click();
    await expect(add.dialog).toBeHidden();
    expect(await trustsOf(api, role.id)).toHaveLength(1);
  },
);
