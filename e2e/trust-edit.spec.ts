import type { RoleTrust as Trust } from '../src/shared/schemas/role-trust';
import type { ApiClient } from './fixtures';
import {
  actThenAtOnce,
  BROWSER_ONLY,
  expect,
  expectNoSeriousA11yViolations,
  suffix,
  test,
} from './fixtures';
import { AssumableRoleWizard } from './pages/assumable-role-wizard';
import { RolePage } from './pages/role-page';
import { TrustDialog } from './pages/trust-dialog';

async function seedRoleWithTrust(api: ApiClient, tag: string) {
  const me = await api.request<{ user: { id: string; name: string } }>('GET', '/v2/users/me');
  const role = await api.request<{ id: string; name: string }>('POST', '/v2/roles', {
    name: `Trust edit ${tag}`,
    description: 'Made by the trust edit test.',
    role_type: 'assumable',
  });
  const trust = await api.request<Trust>('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_user_id: me.user.id,
    conditions: {
      time_of_day: { timezone: 'Europe/Berlin', days_of_week: ['monday'], start: 9, end: 17 },
      ip_address: ['203.0.113.0/24'],
    },
    valid_until: '2099-01-01T00:00:00+00:00',
  });
  return { me: me.user, role, trust };
}

test('Role Trust → Edit changes entity, type, schedule and IP list with one PUT, and says the expiry was kept', async ({
  page,
  api,
}) => {
  // Many steps, a read-back and two accessibility checks: room on a loaded machine.
  test.slow();
  const tag = suffix();
  const { me, role, trust } = await seedRoleWithTrust(api, tag);
  const group = await api.request<{ id: string; display_name: string }>('POST', '/v2/groups', {
    display_name: `Trust edit group ${tag}`,
    description: 'Made by the trust edit test.',
  });
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '?trust=open' });
  await rolePage
    .trustCard(me.name)
    .getByRole('button', { name: `Edit trust for ${me.name}` })
    .click();

  const dialog = rolePage.dialog(`Edit trust for ${me.name}`);
  const editor = new AssumableRoleWizard(page, dialog);
  // The editor starts from the trust as it is.
  await expect(editor.entityPicker('User')).toHaveValue(me.name);
  await expectNoSeriousA11yViolations(page);
  await editor.chooseEntity('Group', group.display_name);
  await editor.chooseTrustType('IAMAssumption');
  await editor.scope.getByRole('button', { name: 'No expiry' }).click();

  await dialog.getByRole('tab', { name: 'Schedule' }).click();
  await expect(
    dialog.getByRole('radio', {
      name: 'Assumable on specific days of the week, at specific times of the day',
    }),
  ).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Timezone' })).toHaveValue(/^Europe\/Berlin/);
  await editor.chooseSchedule('Assumable at specific times of the day', {
    start: '22:00',
    end: '06:00',
    zone: 'America/New_York',
  });
  await expect(dialog).toContainText('Every day 22:00–06:00 (next day) America/New_York');

  await dialog.getByRole('tab', { name: 'IP Access Restrictions' }).click();
  await expect(editor.ipChip('203.0.113.0/24')).toBeVisible();
  await editor.removeIp('203.0.113.0/24');
  await editor.addIp('2001:db8::/32');
  // Vultr's clients cannot clear an expiry in an update: the dialog says so before saving.
  await expect(dialog).toContainText('Vultr may keep the old one');
  await dialog.getByRole('button', { name: 'Save' }).click();

  // The trust is read back: everything else was kept, the old expiry too, and the dialog says
  // so until it is answered.
  const notKept = dialog.getByRole('list', { name: 'Conditions not kept' });
  await expect(notKept.getByRole('listitem')).toHaveText([
    /^The expiry was not removed: the trust still stops working at 2099-01-01 /,
  ]);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(notKept).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep as stored' }).click();

  await expect(dialog).toBeHidden();
  const card = rolePage.trustCard(group.display_name);
  await expect(card).toContainText('IAMAssumption');
  await expect(card).toContainText('2001:db8::/32');
  const saved = await api.request<{ role_trust: Trust }>('GET', `/v2/role-trusts/${trust.id}`);
  expect(saved.role_trust).toMatchObject({
    trust_type: 'IAMAssumption',
    trusted_user_id: '',
    trusted_group_id: group.id,
    trusted_oidc_issuer_id: '',
  });
  expect(Date.parse(saved.role_trust.valid_until)).toBe(Date.parse('2099-01-01T00:00:00Z'));
  expect(saved.role_trust.conditions).toEqual({
    time_of_day: { timezone: 'America/New_York', start: 22, end: 6 },
    ip_address: ['2001:db8::/32'],
  });
});

test('the trust editor refuses a new expiry in the past and keeps an unchanged one', async ({
  page,
  api,
}) => {
  const { me, role, trust } = await seedRoleWithTrust(api, suffix());
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });
  await rolePage
    .trustCard(me.name)
    .getByRole('button', { name: /^Edit trust/ })
    .click();
  const dialog = rolePage.dialog(`Edit trust for ${me.name}`);
  const editor = new AssumableRoleWizard(page, dialog);

  await editor.setValidUntil('2020-01-01T00:00');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(editor.validUntil).toHaveAccessibleDescription('Valid until must be in the future');

  // Escape asks before dropping the change; discarded, the next opening starts from the stored
  // trust again.
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog).toBeHidden();
  await rolePage
    .trustCard(me.name)
    .getByRole('button', { name: /^Edit trust/ })
    .click();
  await expect(editor.validUntil).not.toHaveValue('2020-01-01T00:00');
  await dialog.getByRole('tab', { name: 'IP Access Restrictions' }).click();
  await editor.addIp('198.51.100.7');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const saved = await api.request<{ role_trust: Trust }>('GET', `/v2/role-trusts/${trust.id}`);
  expect(Date.parse(saved.role_trust.valid_until)).toBe(Date.parse('2099-01-01T00:00:00Z'));
  expect(saved.role_trust.conditions.ip_address).toEqual(['203.0.113.0/24', '198.51.100.7']);
  expect(saved.role_trust.trusted_user_id).toBe(me.id);
});

test('a trust stored with an old zone name shows it selected as an alias, and saves without a warning', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const me = await api.request<{ user: { id: string; name: string } }>('GET', '/v2/users/me');
  const role = await api.request<{ id: string }>('POST', '/v2/roles', {
    name: `Trust alias ${tag}`,
    description: 'Made by the trust edit test.',
    role_type: 'assumable',
  });
  const trust = await api.request<Trust>('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_user_id: me.user.id,
    conditions: { time_of_day: { timezone: 'Asia/Calcutta', start: 9, end: 17 } },
  });
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '?trust=open' });
  await rolePage
    .trustCard(me.user.name)
    .getByRole('button', { name: /^Edit trust/ })
    .click();
  const dialog = rolePage.dialog(`Edit trust for ${me.user.name}`);
  await dialog.getByRole('tab', { name: 'Schedule' }).click();
  const zone = dialog.getByRole('combobox', { name: 'Timezone' });
  await expect(zone).toHaveValue(/^Asia\/Calcutta, alias of Asia\/Kolkata \(UTC\+05:30\)$/);
  // The list offers the current name; searching by the old one finds it too.
  await zone.click();
  await zone.fill('Calcutta');
  await expect(page.getByRole('option', { name: /^Asia\/Kolkata/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Saved as it is: the read-back matches, and the dialog closes.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const saved = await api.request<{ role_trust: Trust }>('GET', `/v2/role-trusts/${trust.id}`);
  expect(saved.role_trust.conditions.time_of_day).toEqual({
    timezone: 'Asia/Calcutta',
    start: 9,
    end: 17,
  });
});

/** A user made for one test: Vultr's own API has no "who am I" read. */
async function seedUser(api: ApiClient, tag: string) {
  return api.request<{ id: string; name: string }>('POST', '/v2/users', {
    name: `Trust edit user ${tag}`,
    email: `trust-edit-${tag}@example.com`,
    password: `pw-${tag}-${tag}`,
    api_enabled: false,
  });
}

async function seedTrustFor(api: ApiClient, tag: string, userId: string) {
  const role = await api.request<{ id: string; name: string }>('POST', '/v2/roles', {
    name: `Trust edit ${tag}`,
    description: 'Made by the trust edit test.',
    role_type: 'assumable',
  });
  const trust = await api.request<Trust>('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_user_id: userId,
    conditions: { ip_address: ['203.0.113.0/24'] },
  });
  return { role, trust };
}

test('an entry the API would refuse, already in a trust, is marked, and Save names it instead of doing nothing', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const user = await seedUser(api, tag);
  const { role, trust } = await seedTrustFor(api, tag, user.id);
  // Live Vultr may hold an entry its own rules refuse: serve one, as such an API would.
  await page.route(`**/api/v2/role-trusts/by-role/${role.id}*`, async (route) => {
    const reply = await route.fetch();
    const body = (await reply.json()) as { role_trusts: Trust[] };
    for (const t of body.role_trusts) t.conditions.ip_address.push('2001:db8:acme::/48');
    await route.fulfill({ response: reply, json: body });
  });
  let puts = 0;
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/role-trusts/')) puts += 1;
  });
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });
  const edit = await TrustDialog.openEdit(page, user.name);
  await edit.tab('IP Access Restrictions');
  const bad = edit.steps.ipChip('2001:db8:acme::/48');
  await expect(bad).toHaveAccessibleDescription(
    /^2001:db8:acme::\/48: "2001:db8:acme::\/48" is not a valid IPv4 or IPv6 CIDR range\./,
  );
  await expect(edit.dialog.getByRole('list', { name: 'Entries to fix' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Save from another tab: the IP tab comes back, and the dialog says which entry to fix.
  await edit.tab('Trusted Entity');
  await edit.submit();
  await expect(edit.failure).toHaveText(
    'Fix or remove 2001:db8:acme::/48 in IP Access Restrictions: "2001:db8:acme::/48" is not a valid IPv4 or IPv6 CIDR range.',
  );
  await expect(edit.dialog.getByRole('tab', { name: 'IP Access Restrictions' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  expect(puts).toBe(0);

  // Removed, the trust saves as it was stored.
  await edit.steps.removeIp('2001:db8:acme::/48');
  await edit.submit();
  await expect(edit.dialog).toBeHidden();
  expect(puts).toBe(1);
  const saved = await api.request<{ role_trust: Trust }>('GET', `/v2/role-trusts/${trust.id}`);
  expect(saved.role_trust.conditions.ip_address).toEqual(['203.0.113.0/24']);
});

test(
  'Escape closes Edit at once when nothing changed, and asks "Discard changes?" when something did',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const tag = suffix();
    const user = await seedUser(api, tag);
    const { role, trust } = await seedTrustFor(api, tag, user.id);
    const rolePage = new RolePage(page);
    await rolePage.open(role.id, { trust: '#trust' });

    let edit = await TrustDialog.openEdit(page, user.name);
    await expect(edit.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(edit.dialog).toBeHidden();
    await expect(edit.discard).toBeHidden();

    edit = await TrustDialog.openEdit(page, user.name);
    await edit.steps.chooseTrustType('IAMAssumption');
    await page.keyboard.press('Escape');
    await expect(edit.discard).toBeVisible();
    await expect(edit.discard).toContainText('The trust is not saved');
    await expectNoSeriousA11yViolations(page);
    await edit.discard.getByRole('button', { name: 'Cancel' }).click();
    await expect(edit.dialog.getByRole('radio', { name: 'IAMAssumption' })).toBeChecked();

    // A click on the backdrop asks the same.
    await page.mouse.click(5, 5);
    await expect(edit.discard).toBeVisible();
    await edit.discard.getByRole('button', { name: 'Discard' }).click();
    await expect(edit.dialog).toBeHidden();
    const stored = await api.request<{ role_trust: Trust }>('GET', `/v2/role-trusts/${trust.id}`);
    expect(stored.role_trust.trust_type).toBe('TemporaryAssumption');

    // A choice made the instant before Escape, with no render in between, counts too.
    edit = await TrustDialog.openEdit(page, user.name);
    const iamAssumption = edit.dialog.getByRole('radio', { name: 'IAMAssumption' });
    await expect(iamAssumption).toBeVisible();
    await actThenAtOnce(iamAssumption, 'click', { key: 'Escape' });
    await expect(edit.discard).toBeVisible();
    await edit.discard.getByRole('button', { name: 'Cancel' }).click();
    await expect(iamAssumption).toBeChecked();
  },
);
