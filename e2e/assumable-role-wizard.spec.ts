import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { RoleTrust as Trust } from '../src/shared/schemas/role-trust';
import type { ApiClient } from './fixtures';
import {
  BROWSER_ONLY,
  contractMinimal,
  expect,
  expectNoSeriousA11yViolations,
  suffix,
  test,
} from './fixtures';
import type { Day, EntityKind, ScheduleModeLabel } from './pages/assumable-role-wizard';
import { AssumableRoleWizard } from './pages/assumable-role-wizard';
import { RolePage } from './pages/role-page';

interface Named {
  id: string;
  name: string;
}
interface Role extends Named {
  description: string;
  role_type: string;
  max_session_duration: number;
  policies: Named[];
}

const WEEKDAYS: Day[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
// Independent tests: both workers may share them.
test.describe.configure({ mode: 'parallel' });

const DAYS_AND_TIMES: ScheduleModeLabel =
  'Assumable on specific days of the week, at specific times of the day';

/** Every role of the organization with this name (0 or 1), read page by page. */
async function rolesNamed(api: ApiClient, name: string): Promise<Role[]> {
  const found: Role[] = [];
  let cursor = '';
  do {
    const page = await api.request<{ roles: Role[]; meta: { links: { next: string } } }>(
      'GET',
      `/v2/roles?per_page=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    found.push(...page.roles.filter((r) => r.name === name));
    cursor = page.meta.links.next;
  } while (cursor);
  return found;
}

async function trustsOf(api: ApiClient, roleId: string) {
  return (await api.request<{ role_trusts: Trust[] }>('GET', `/v2/role-trusts/by-role/${roleId}`))
    .role_trusts;
}

/** The one role named `name` and its one trust, as the API has them now. */
async function savedRole(api: ApiClient, name: string) {
  const roles = await rolesNamed(api, name);
  expect(roles).toHaveLength(1);
  const role = roles[0]!;
  const trusts = await trustsOf(api, role.id);
  expect(trusts).toHaveLength(1);
  return { role, trust: trusts[0]! };
}

const seed = {
  user: (api: ApiClient, tag: string) =>
    api.request<Named>('POST', '/v2/users', {
      name: `Wizard User ${tag}`,
      email: `wizard-user-${tag}@example.com`,
      password: `pw-${randomBytes(8).toString('hex')}`,
      api_enabled: false,
    }),
  group: async (api: ApiClient, tag: string) => {
    const g = await api.request<{ id: string; display_name: string }>('POST', '/v2/groups', {
      display_name: `On-call ${tag}`,
      description: 'Made by the wizard test.',
    });
    return { id: g.id, name: g.display_name };
  },
  issuer: async (api: ApiClient, tag: string) => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const uri = `https://wizard-${tag}.example.test`;
    const i = await api.request<{ id: string }>('POST', '/v2/oidc/issuer', {
      issuer: {
        source: 'external',
        uri,
        display_name: `Wizard issuer ${tag}`,
        ...publicKey.export({ format: 'jwk' }),
        kid: `wizard-${tag}`,
        alg: 'RS256',
        use: 'sig',
      },
    });
    // Vultr keeps no issuer name: the console then names it by its URI.
    return { id: i.id, name: contractMinimal ? uri : `Wizard issuer ${tag}` };
  },
  policy: (api: ApiClient, name: string) =>
    api.request<Named>('POST', '/v2/policies', {
      name,
      description: 'Made by the wizard test.',
      policy_document: {
        Version: '2026-03-20',
        Statement: [{ Effect: 'Allow', Action: ['compute.instance.List'], Resource: ['*'] }],
      },
    }),
};

/** Steps 1 and 2 with the least input: a name and a user. */
async function throughEntity(wizard: AssumableRoleWizard, name: string, userName: string) {
  await wizard.open();
  await wizard.fillRole({ name });
  await wizard.next();
  await wizard.chooseEntity('User', userName);
}

/** Presses Tab until `target` has the focus (keyboard only). */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a new user creates weekday on-call, 09:00–17:00 Europe/Berlin, from 203.0.113.0/24, until the end of next month, with two policies, in under a minute', async ({
  page,
  api,
}) => {
  // Many steps in one test: give it room on a loaded machine (the walk itself must stay < 60 s).
  test.slow();
  const tag = suffix();
  const group = await seed.group(api, tag);
  const policies = [
    await seed.policy(api, `Pager read ${tag}`),
    await seed.policy(api, `Pager write ${tag}`),
  ];
  const name = `Weekday on-call ${tag}`;
  const wizard = new AssumableRoleWizard(page);

  const started = Date.now();
  await wizard.open();
  await wizard.fillRole({ name, description: 'Pager duty in office hours' });
  await wizard.next();
  await wizard.chooseEntity('Group', group.name);
  await wizard.chooseZone('Valid until time zone', 'Europe/Berlin');
  await wizard.quickExpiry('End of next month');
  await wizard.next();
  await wizard.chooseSchedule(DAYS_AND_TIMES, {
    start: '09:00',
    end: '17:00',
    zone: 'Europe/Berlin',
    days: WEEKDAYS,
  });
  await wizard.next();
  await wizard.addIp('203.0.113.0/24');
  await wizard.next();
  await wizard.choosePolicies(policies.map((p) => p.name));
  await wizard.next();
  await expect(wizard.scope).toContainText('Weekdays 09:00–17:00 Europe/Berlin.');
  await wizard.addRoleButton.click();

  // The new role's page opens with its Role Trust expanded.
  await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\?trust=open$/);
  const elapsed = Date.now() - started;
  console.log(`Weekday on-call created through the wizard in ${(elapsed / 1000).toFixed(1)} s`);
  expect(elapsed).toBeLessThan(60_000);
  const rolePage = new RolePage(page);
  await expect(rolePage.heading).toHaveText(name);
  await expect(rolePage.trustToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(rolePage.trustCard(group.name)).toContainText('203.0.113.0/24');

  const { role, trust } = await savedRole(api, name);
  expect(role).toMatchObject({
    description: 'Pager duty in office hours',
    role_type: 'assumable',
    max_session_duration: 3600,
  });
  expect(role.policies.map((p) => p.id).sort()).toEqual(policies.map((p) => p.id).sort());
  expect(trust).toMatchObject({
    trust_type: 'TemporaryAssumption',
    trusted_user_id: '',
    trusted_group_id: group.id,
    trusted_oidc_issuer_id: '',
  });
  expect(trust.conditions).toEqual({
    time_of_day: {
      timezone: 'Europe/Berlin',
      days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      start: 9,
      end: 17,
    },
    ip_address: ['203.0.113.0/24'],
  });
  const endOfNextMonth = DateTime.now()
    .setZone('Europe/Berlin')
    .plus({ months: 1 })
    .endOf('month')
    .startOf('minute');
  expect(Date.parse(trust.valid_until)).toBe(endOfNextMonth.toMillis());
});

const KIND_AND_MODE: {
  kind: EntityKind;
  mode: ScheduleModeLabel;
  options: Parameters<AssumableRoleWizard['chooseSchedule']>[1];
  trustType: 'TemporaryAssumption' | 'IAMAssumption' | 'FederatedAssumption';
  timeOfDay: Record<string, unknown> | undefined;
}[] = [
  {
    kind: 'User',
    mode: 'Always assumable',
    options: {},
    trustType: 'TemporaryAssumption',
    timeOfDay: undefined,
  },
  {
    kind: 'Group',
    mode: 'Assumable at specific times of the day',
    options: { start: '22:00', end: '06:00', zone: 'UTC' },
    trustType: 'IAMAssumption',
    // The zone is stored as sent.
    timeOfDay: { timezone: 'UTC', start: 22, end: 6 },
  },
  {
    kind: 'OIDC Issuer',
    mode: 'Assumable on specific days of the week',
    // Listed by its current IANA name, though browsers know it as Asia/Calcutta.
    options: { zone: 'Asia/Kolkata', days: ['Sat', 'Sun'] },
    trustType: 'FederatedAssumption',
    timeOfDay: { timezone: 'Asia/Kolkata', days_of_week: ['saturday', 'sunday'] },
  },
];

for (const c of KIND_AND_MODE) {
  test(`a ${c.kind} trusted "${c.mode}" ends as that trust on the server`, async ({
    page,
    api,
  }) => {
    const tag = suffix();
    const entity =
      c.kind === 'User'
        ? await seed.user(api, tag)
        : c.kind === 'Group'
          ? await seed.group(api, tag)
          : await seed.issuer(api, tag);
    const name = `Wizard ${c.kind} ${tag}`;
    const wizard = new AssumableRoleWizard(page);
    await wizard.open();
    await wizard.fillRole({ name, maxSession: '2 hours' });
    await wizard.next();
    await wizard.chooseEntity(c.kind, entity.name);
    await wizard.chooseTrustType(c.trustType);
    await wizard.next();
    await wizard.chooseSchedule(c.mode, c.options);
    await wizard.next();
    await wizard.next();
    await wizard.next();
    await wizard.addRoleButton.click();
    await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\?trust=open$/);

    const { role, trust } = await savedRole(api, name);
    expect(role.max_session_duration).toBe(7200);
    expect(role.policies).toEqual([]);
    const field = { User: 'user', Group: 'group', 'OIDC Issuer': 'oidc_issuer' }[c.kind];
    expect(trust).toMatchObject({
      trust_type: c.trustType,
      trusted_user_id: '',
      trusted_group_id: '',
      trusted_oidc_issuer_id: '',
      [`trusted_${field}_id`]: entity.id,
      valid_until: '',
    });
    expect(trust.conditions).toEqual({
      ...(c.timeOfDay ? { time_of_day: c.timeOfDay } : {}),
      ip_address: [],
    });
  });
}

test('IP entries are checked as typed: invalid, duplicate and overlapping ones are refused with a reason', async ({
  page,
  api,
}) => {
  const me = await api.request<{ user: Named }>('GET', '/v2/users/me');
  const wizard = new AssumableRoleWizard(page);
  await throughEntity(wizard, `Wizard IP ${suffix()}`, me.user.name);
  await wizard.next();
  await wizard.next();
  await expect(wizard.stepHeading).toHaveText('IP Access Restrictions');
  await expect(wizard.scope).toContainText(
    'No restrictions: the role can be assumed from any IP address.',
  );

  await wizard.ipInput.fill('203.0.113');
  await expect(wizard.ipInput).toHaveAccessibleDescription(
    '"203.0.113" is not a valid IPv4 or IPv6 address.',
  );
  await wizard.ipInput.press('Enter');
  await expect(wizard.allowedIps).toHaveCount(0);

  await wizard.addIp('203.0.113.7/24');
  await expect(wizard.ipChip('203.0.113.0/24')).toBeVisible();
  await expect(wizard.ipInput).toHaveAccessibleDescription('Added as 203.0.113.0/24.');
  await wizard.ipInput.fill('203.0.113.9/24');
  await expect(wizard.ipInput).toHaveAccessibleDescription(
    '203.0.113.0/24 is already in the list.',
  );
  await wizard.ipInput.fill('203.0.113.5');
  await expect(wizard.ipInput).toHaveAccessibleDescription(
    '203.0.113.5 lies within 203.0.113.0/24, already in the list.',
  );
  await wizard.ipInput.fill('203.0.0.0/16');
  await expect(wizard.ipInput).toHaveAccessibleDescription(
    '203.0.0.0/16 contains 203.0.113.0/24, already in the list; remove that entry first.',
  );
  await wizard.ipInput.fill('10.0.0.0/33');
  await expect(wizard.ipInput).toHaveAccessibleDescription(
    '"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR range.',
  );

  // A comma adds what is typed so far.
  await wizard.ipInput.fill('');
  await wizard.ipInput.pressSequentially('2001:DB8::1,');
  await expect(wizard.ipChip('2001:db8::1')).toBeVisible();
  await expect(wizard.ipInput).toHaveValue('');

  // Add my IP adds the address the console server sees.
  const mine = await (
    await page.request.get('/api/client-address', { headers: { 'X-Console-Request': '1' } })
  ).json();
  await wizard.scope.getByRole('button', { name: 'Add my IP' }).click();
  await expect(wizard.ipChip((mine as { ip: string }).ip)).toBeVisible();
  await expect(wizard.scope).toContainText(
    'Only callers from these 3 addresses and ranges can assume the role.',
  );
  await expectNoSeriousA11yViolations(page);

  await wizard.removeIp('2001:db8::1');
  await expect(wizard.ipChip('2001:db8::1')).toHaveCount(0);

  // Leaving with unsaved input asks first.
  await wizard.cancelButton.click();
  const leave = page.getByRole('dialog', { name: 'Leave without adding the role?' });
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.ipChip('203.0.113.0/24')).toBeVisible();
  await wizard.cancelButton.click();
  await leave.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/\/organization\/roles$/);
});

test('an expiry in the past is refused on Valid until', async ({ page, api }) => {
  const me = await api.request<{ user: Named }>('GET', '/v2/users/me');
  const wizard = new AssumableRoleWizard(page);
  await throughEntity(wizard, `Wizard expiry ${suffix()}`, me.user.name);
  await wizard.setValidUntil('2020-01-01T00:00', 'UTC');
  await wizard.next();
  await expect(wizard.validUntil).toHaveAccessibleDescription('Valid until must be in the future');
  await expect(wizard.stepHeading).toHaveText('Trusted Entity');
  await wizard.quickExpiry('In 7 days');
  await wizard.next();
  await expect(wizard.stepHeading).toHaveText('Schedule');
});

test(
  'browser back and forward, Back and step clicks move between steps and keep every value',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const tag = suffix();
    const group = await seed.group(api, tag);
    const wizard = new AssumableRoleWizard(page);
    await wizard.open();
    await wizard.fillRole({
      name: `Wizard history ${tag}`,
      description: 'Kept',
      maxSession: '2 hours',
    });
    await wizard.next();
    await expect(page).toHaveURL(/\?step=entity$/);
    await wizard.chooseEntity('Group', group.name);
    await wizard.next();
    await wizard.chooseSchedule('Assumable at specific times of the day', { start: '08:00' });

    await page.goBack();
    await expect(wizard.stepHeading).toHaveText('Trusted Entity');
    await expect(wizard.entityPicker('Group')).toHaveValue(group.name);
    await page.goBack();
    await expect(wizard.stepHeading).toHaveText('Role details');
    await expect(wizard.name).toHaveValue(`Wizard history ${tag}`);
    await expect(wizard.description).toHaveValue('Kept');
    await expect(wizard.maxSession).toHaveText('2 hours');

    await page.goForward();
    await page.goForward();
    await expect(wizard.stepHeading).toHaveText('Schedule');
    await expect(
      wizard.scope.getByRole('radio', { name: 'Assumable at specific times of the day' }),
    ).toBeChecked();
    await expect(wizard.scope.getByRole('combobox', { name: 'Start time' })).toHaveText('08:00');

    await wizard.goToStep('Role details');
    await expect(wizard.name).toHaveValue(`Wizard history ${tag}`);
    await wizard.goToStep('Schedule');
    await expect(wizard.scope.getByRole('combobox', { name: 'Start time' })).toHaveText('08:00');
    await wizard.backButton.click();
    await expect(wizard.stepHeading).toHaveText('Trusted Entity');
    await expect(wizard.entityPicker('Group')).toHaveValue(group.name);
  },
);

test('a failure at the trust step deletes the role again and keeps the form for a retry', async ({
  page,
  api,
}) => {
  const me = await api.request<{ user: Named }>('GET', '/v2/users/me');
  const policy = await seed.policy(api, `Wizard rollback ${suffix()}`);
  const name = `Wizard rollback ${suffix()}`;
  const wizard = new AssumableRoleWizard(page);
  await throughEntity(wizard, name, me.user.name);
  await wizard.next();
  await wizard.next();
  await wizard.next();
  await wizard.choosePolicies([policy.name]);
  await wizard.next();

  await page.route('**/api/v2/role-trusts', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Trust service unavailable', status: 503 }),
        })
      : route.fallback(),
  );
  await wizard.addRoleButton.click();
  await expect(wizard.failure).toContainText(
    'Step 3 of 3, creating the trust, failed: Trust service unavailable.',
  );
  await expect(wizard.failure).toContainText('The role made in this attempt was deleted again.');
  await expect.poll(async () => (await rolesNamed(api, name)).length).toBe(0);
  await expect(page).toHaveURL(/\?step=review$/);
  await expect(wizard.scope).toContainText(`${name}, an assumable role`);

  // Nothing was lost: with the trust service back, the same form goes through.
  await page.unroute('**/api/v2/role-trusts');
  await wizard.addRoleButton.click();
  await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\?trust=open$/);
  const { role, trust } = await savedRole(api, name);
  expect(role.policies.map((p) => p.id)).toEqual([policy.id]);
  expect(trust.trusted_user_id).toBe(me.user.id);
});

test('when even the rollback fails, the wizard says so loudly and links to the role left behind', async ({
  page,
  api,
}) => {
  const me = await api.request<{ user: Named }>('GET', '/v2/users/me');
  const name = `Wizard left behind ${suffix()}`;
  const wizard = new AssumableRoleWizard(page);
  await throughEntity(wizard, name, me.user.name);
  for (let i = 0; i < 4; i++) await wizard.next();
  const refuse = (method: string) => (route: Parameters<Parameters<Page['route']>[1]>[0]) =>
    route.request().method() === method
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Upstream unavailable', status: 503 }),
        })
      : route.fallback();
  await page.route('**/api/v2/role-trusts', refuse('POST'));
  await page.route('**/api/v2/roles/*', refuse('DELETE'));

  await wizard.addRoleButton.click();
  const alert = page.getByRole('alert').filter({ hasText: 'A half-made role was left behind' });
  await expect(alert).toContainText(`A half-made role was left behind: ${name}`);
  const [role] = await rolesNamed(api, name);
  expect(role).toBeDefined();
  await alert.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/roles/${role!.id}$`));
  await api.request('DELETE', `/v2/roles/${role!.id}`);
});

test(
  'the whole wizard works from the keyboard alone, and every step passes an accessibility check',
  BROWSER_ONLY,
  async ({ page, api }) => {
    // Six accessibility scans on top of the walk.
    test.slow();
    const tag = suffix();
    const group = await seed.group(api, tag);
    const policy = await seed.policy(api, `Keyboard policy ${tag}`);
    const name = `Wizard keyboard ${tag}`;
    const wizard = new AssumableRoleWizard(page);
    const keys = page.keyboard;
    await wizard.open();

    // 1 Role details: Name has the focus; Enter is Next.
    await expect(wizard.name).toBeFocused();
    await keys.type(name);
    await expectNoSeriousA11yViolations(page);
    await keys.press('Enter');

    // 2 Trusted Entity: focus moves to the step's heading, then Tab into the fields.
    await expect(wizard.stepHeading).toHaveText('Trusted Entity');
    await expect(wizard.stepHeading).toBeFocused();
    await keys.press('Tab');
    await keys.press('ArrowRight');
    await expect(wizard.scope.getByRole('radio', { name: 'Group', exact: true })).toBeChecked();
    await keys.press('Tab');
    await keys.type(group.name);
    await expect(page.getByRole('option', { name: new RegExp(`^${group.name}`) })).toBeVisible();
    await keys.press('Enter');
    await expect(wizard.entityPicker('Group')).toHaveValue(group.name);
    await expectNoSeriousA11yViolations(page);
    await keys.press('Enter');

    // 3 Schedule: weekends in Tokyo.
    await expect(wizard.stepHeading).toHaveText('Schedule');
    await keys.press('Tab');
    await keys.press('ArrowDown');
    await keys.press('ArrowDown');
    await expect(
      wizard.scope.getByRole('radio', {
        name: 'Assumable on specific days of the week',
        exact: true,
      }),
    ).toBeChecked();
    await keys.press('Tab');
    await keys.type('Tokyo');
    await expect(page.getByRole('option', { name: /^Asia\/Tokyo/ })).toBeVisible();
    await keys.press('Enter');
    await tabTo(page, wizard.scope.getByRole('button', { name: 'Weekends', exact: true }));
    await keys.press('Enter');
    await expect(wizard.dayToggle('Sat')).toHaveAttribute('aria-pressed', 'true');
    await expect(wizard.dayToggle('Mon')).toHaveAttribute('aria-pressed', 'false');
    await expectNoSeriousA11yViolations(page);
    await tabTo(page, wizard.nextButton);
    await keys.press('Enter');

    // 4 IP Access Restrictions.
    await expect(wizard.stepHeading).toHaveText('IP Access Restrictions');
    await keys.press('Tab');
    await keys.type('198.51.100.0/24');
    await keys.press('Enter');
    await expect(wizard.ipChip('198.51.100.0/24')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await tabTo(page, wizard.nextButton);
    await keys.press('Enter');

    // 5 Permission Policies.
    await expect(wizard.stepHeading).toHaveText('Permission Policies');
    await keys.press('Tab');
    await keys.type(policy.name);
    await expect(page.getByRole('option', { name: new RegExp(`^${policy.name}`) })).toBeVisible();
    await keys.press('ArrowDown');
    await keys.press('Enter');
    await keys.press('Escape');
    await expect(
      wizard.scope.getByRole('button', { name: policy.name, exact: true }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await tabTo(page, wizard.nextButton);
    await keys.press('Enter');

    // 6 Review, then Add Role.
    await expect(wizard.stepHeading).toHaveText('Review');
    await expect(wizard.scope).toContainText('Saturday and Sunday, all day (Asia/Tokyo).');
    await expectNoSeriousA11yViolations(page);
    await tabTo(page, wizard.addRoleButton);
    await keys.press('Enter');
    await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\?trust=open$/);

    const { role, trust } = await savedRole(api, name);
    expect(role.policies.map((p) => p.id)).toEqual([policy.id]);
    expect(trust.trusted_group_id).toBe(group.id);
    expect(trust.conditions).toEqual({
      time_of_day: { timezone: 'Asia/Tokyo', days_of_week: ['saturday', 'sunday'] },
      ip_address: ['198.51.100.0/24'],
    });
  },
);
