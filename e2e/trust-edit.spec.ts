import type { RoleTrust as Trust } from '../src/shared/schemas/role-trust';
import type { ApiClient } from './fixtures';
import { expect, expectNoSeriousA11yViolations, suffix, test } from './fixtures';
import { AssumableRoleWizard } from './pages/assumable-role-wizard';
import { RolePage } from './pages/role-page';

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

  // Escape closes without saving; the next opening starts from the stored trust again.
  await page.keyboard.press('Escape');
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
