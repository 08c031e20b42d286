import { randomUUID } from 'node:crypto';
import type { ApiClient } from './fixtures';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { RolePage } from './pages/role-page';

interface Role {
  id: string;
  name: string;
  description: string;
  policies: { id: string; name: string }[];
}

// The viewer shares the first test's trust zone, so no daylight-saving finding depends on the date.
test.use({ timezoneId: 'Europe/Berlin' });

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

async function createRole(
  api: ApiClient,
  type: 'assignable' | 'assumable',
  name = unique('E2E role'),
) {
  return api.request<Role>('POST', '/v2/roles', {
    name,
    description: `Made by the role page test (${type}).`,
    role_type: type,
    max_session_duration: 3600,
  });
}

async function firstGroup(api: ApiClient) {
  const list = await api.request<{ groups: { id: string; display_name: string }[] }>(
    'GET',
    '/v2/groups?per_page=500',
  );
  return list.groups[0]!;
}

async function trustsOf(api: ApiClient, roleId: string) {
  const list = await api.request<{ role_trusts: { id: string }[] }>(
    'GET',
    `/v2/role-trusts/by-role/${roleId}`,
  );
  return list.role_trusts;
}

test('an assumable role shows its trust: schedule in words and as a grid, IP allow-list', async ({
  page,
  api,
}) => {
  const role = await createRole(api, 'assumable');
  const group = await firstGroup(api);
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
    conditions: {
      time_of_day: {
        timezone: 'Europe/Berlin',
        days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        start: 9,
        end: 17,
      },
      ip_address: ['203.0.113.0/24'],
    },
  });
  const rolePage = new RolePage(page);

  await rolePage.open(role.id);
  await expect(rolePage.heading).toHaveText(role.name);
  await expect(rolePage.button('Copy Role ARN')).toBeVisible();
  await expect(rolePage.button('Copy role ID')).toBeVisible();
  await expect(page.getByText(/^arn:aws:iam::[0-9a-f-]{36}:role\//)).toHaveText(
    new RegExp(`:role/${role.id}$`),
  );
  await expect(rolePage.page.getByRole('link', { name: 'Assume role' })).toHaveAttribute(
    'href',
    `/sessions?role=${role.id}`,
  );
  await expect(rolePage.trustToggle).toHaveAttribute('aria-expanded', 'false');
  // Nothing for the trust linter to say about it (seen from Berlin, its clock changes move nothing).
  await expect(rolePage.trustToggle).toContainText('1 trust · no findings');
  await rolePage.expandTrust();

  const card = rolePage.trustCard(group.display_name);
  await expect(card).toContainText('Weekdays 09:00–17:00 Europe/Berlin');
  await expect(card).toContainText('203.0.113.0/24');
  await expect(card).toContainText('TemporaryAssumption');
  await expect(card).toContainText(/Assumable now\?(Yes|No — opens in)/);
  await expect(
    card.getByRole('img', { name: /^Weekly schedule in Europe\/Berlin: Mon 09:00–17:00;/ }),
  ).toBeVisible();
  await expect(
    card.getByRole('button', { name: `Edit trust for ${group.display_name}` }),
  ).toBeEnabled();
  await expectNoSeriousA11yViolations(page);

  // The wizard links to the trust: the section is open on arrival.
  await page.goto('/organization/roles');
  await rolePage.open(role.id, { trust: '?trust=open' });
  await expect(rolePage.trustToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(card).toBeVisible();
});

test('editing the name and description saves them; a duplicate name is refused on the field', async ({
  page,
  api,
}) => {
  const role = await createRole(api, 'assignable');
  const other = await createRole(api, 'assignable');
  const rolePage = new RolePage(page);
  await rolePage.open(role.id);
  await expect(rolePage.heading).toHaveText(role.name);

  const form = await rolePage.editRole({ name: other.name.toUpperCase() });
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(/already exists/);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(rolePage.heading).toHaveText(role.name);

  const renamed = unique('Renamed role');
  await rolePage.editRole({ name: renamed, description: 'A new description.' });
  await expect(rolePage.heading).toHaveText(renamed);
  await expect(page.getByText('A new description.')).toBeVisible();
  const saved = await api.request<{ role: Role }>('GET', `/v2/roles/${role.id}`);
  expect(saved.role).toMatchObject({ name: renamed, description: 'A new description.' });

  // The schema checks before anything is sent.
  const form2 = await rolePage.editRole({ name: '   ' });
  await expect(form2.getByLabel('Name')).toHaveAccessibleDescription(
    'Name must be between 1 and 100 characters',
  );
});

test('a policy is attached through the dialog and detached after confirming', async ({
  page,
  api,
}) => {
  const role = await createRole(api, 'assignable');
  const policies = await api.request<{ policies: { id: string; name: string }[] }>(
    'GET',
    '/v2/policies?per_page=500',
  );
  const policy = policies.policies[0]!;
  const rolePage = new RolePage(page);
  await rolePage.open(role.id);
  await expect(rolePage.policies).toContainText('No policies attached yet.');

  await rolePage.attachPolicy(policy.name);
  await expect(rolePage.policyItem(policy.name)).toBeVisible();
  await expect(rolePage.notice).toContainText(`Policy ${policy.name} attached`);
  await expect
    .poll(async () =>
      (await api.request<{ role: Role }>('GET', `/v2/roles/${role.id}`)).role.policies.map(
        (p) => p.id,
      ),
    )
    .toEqual([policy.id]);

  await rolePage.detachPolicy(policy.name);
  await expect(rolePage.policyItem(policy.name)).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await api.request<{ role: Role }>('GET', `/v2/roles/${role.id}`)).role.policies.length,
    )
    .toBe(0);
});

test('a group is given an assignable role and has it taken away', async ({ page, api }) => {
  const role = await createRole(api, 'assignable');
  const group = await firstGroup(api);
  const holders = async () =>
    (
      await api.request<{ assignments: { group_id: string }[] }>(
        'GET',
        `/v2/roles/${role.id}/groups`,
      )
    ).assignments.map((a) => a.group_id);
  const rolePage = new RolePage(page);
  await rolePage.open(role.id);
  await expect(rolePage.entities).toContainText('No users or groups hold this role.');

  await rolePage.attachEntity('Group', group.display_name);
  await expect(rolePage.entities.getByText(group.display_name)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expect.poll(holders).toEqual([group.id]);

  await rolePage.removeEntity(group.display_name);
  await expect(rolePage.entities).toContainText('No users or groups hold this role.');
  await expect.poll(holders).toEqual([]);
});

test('a deleted trust comes back with Undo', async ({ page, api }) => {
  const role = await createRole(api, 'assumable');
  const group = await firstGroup(api);
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
  });
  const rolePage = new RolePage(page);
  await rolePage.open(role.id, { trust: '#trust' });
  await expect(rolePage.trustCard(group.display_name)).toContainText('Any IP address');

  await rolePage.deleteTrust(group.display_name);
  await expect(rolePage.trustCard(group.display_name)).toHaveCount(0);
  await expect(rolePage.notice).toContainText('Trust deleted');
  await expect.poll(async () => (await trustsOf(api, role.id)).length).toBe(0);

  await rolePage.undo();
  await expect(rolePage.trustCard(group.display_name)).toBeVisible();
  await expect.poll(async () => (await trustsOf(api, role.id)).length).toBe(1);
});

test('a deleted role comes back with Undo', async ({ page, api }) => {
  const role = await createRole(api, 'assignable');
  const rolePage = new RolePage(page);
  await rolePage.open(role.id);
  await expect(rolePage.heading).toHaveText(role.name);

  await rolePage.deleteRole(role.name);
  await expect(page).toHaveURL(/\/organization\/roles$/);
  await expect(rolePage.notice).toContainText(`Role ${role.name} deleted`);
  await expect(api.request('GET', `/v2/roles/${role.id}`)).rejects.toThrow(/404/);

  await rolePage.undo();
  await expect(page).toHaveURL(new RegExp(`/roles/${role.id}$`));
  await expect(rolePage.heading).toHaveText(role.name);
  const back = await api.request<{ role: Role }>('GET', `/v2/roles/${role.id}`);
  expect(back.role.name).toBe(role.name);
});

interface ApiSession {
  session_token: string;
  role_id: string;
  session_name: string;
  source_ip: string;
}

/** A user's active sessions, as Vultr lists them (per user). */
async function sessionsOf(api: ApiClient, userId: string) {
  return (
    await api.request<{ sessions: ApiSession[] }>(
      'GET',
      `/v2/assumed-roles/users/${userId}/sessions?per_page=500`,
    )
  ).sessions;
}

test('an active session is listed with its masked token and source IP, and can be terminated', async ({
  page,
  api,
}) => {
  const role = await createRole(api, 'assumable');
  const me = await api.request<{ user: { id: string; name: string } }>('GET', '/v2/users/me');
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_user_id: me.user.id,
  });
  const sessionName = `e2e-${randomUUID().slice(0, 8)}`;
  const session = await api.request<{ session_token: string }>('POST', '/v2/assumed-roles/assume', {
    role_id: role.id,
    session_name: sessionName,
  });
  const listed = (await sessionsOf(api, me.user.id)).find((s) => s.session_name === sessionName)!;
  const rolePage = new RolePage(page);
  await rolePage.open(role.id);

  const row = rolePage.sessionRow(sessionName);
  await expect(row).toContainText(me.user.name);
  await expect(row).toContainText(`ars-…${session.session_token.slice(-6)}`);
  await expect(row).not.toContainText(session.session_token);
  await expect(row).toContainText(listed.source_ip);
  await expect(row).toContainText(/\d:\d\d:\d\d|\d{1,2}:\d\d/);
  await expectNoSeriousA11yViolations(page);

  await rolePage.terminateSession(sessionName);
  await expect(rolePage.sessions).toContainText('No active sessions');
  // The row that opened the dialog is gone: focus lands on the section, not on the page body.
  await expect(page.getByRole('heading', { name: 'Active Sessions' })).toBeFocused();
  const left = await sessionsOf(api, me.user.id);
  expect(left.filter((s) => s.role_id === role.id)).toHaveLength(0);
});

test('without a one-call list, sessions are gathered from the users the trusts name, through groups too', async ({
  page,
  api,
}) => {
  const tag = randomUUID().slice(0, 8);
  const role = await createRole(api, 'assumable');
  const member = await api.request<{ id: string; name: string }>('POST', '/v2/users', {
    first_name: 'Session',
    last_name: `Member ${tag}`,
    name: `Session Member ${tag}`,
    email: `session-member-${tag}@example.com`,
    password: `pw-${tag}-${tag}`,
  });
  const group = await api.request<{ id: string }>('POST', '/v2/groups', {
    display_name: `E2E session group ${tag}`,
    description: 'Made by the role page test.',
  });
  await api.request('POST', `/v2/groups/${group.id}/members`, {
    user_id: member.id,
    display_name: member.name,
  });
  // Its members may assume roles their trusts name.
  const { policies } = await api.request<{ policies: { id: string; name: string }[] }>(
    'GET',
    '/v2/policies?per_page=500',
  );
  const assume = policies.find((p) => p.name === 'AssumeRoles')!;
  await api.request('POST', `/v2/policies/${assume.id}/groups/${group.id}`);
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
  });
  const { issuers } = await api.request<{ issuers: { id: string }[] }>(
    'GET',
    '/v2/oidc/issuer?per_page=500',
  );
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_oidc_issuer_id: issuers[0]!.id,
  });
  const sessionName = `e2e-group-${tag}`;
  await api.request('POST', '/v2/assumed-roles/assume', {
    role_id: role.id,
    session_name: sessionName,
    user_id: member.id,
  });
  const listed = (await sessionsOf(api, member.id)).find((s) => s.session_name === sessionName)!;
  // As on Vultr: no list of a role's sessions in one call.
  await page.route(/\/api\/v2\/assumed-roles(\?|$)/, (route) =>
    route.fulfill({ status: 404, json: { error: 'Not found', status: 404 } }),
  );
  const rolePage = new RolePage(page);
  await rolePage.open(role.id);

  const row = rolePage.sessionRow(sessionName);
  await expect(row).toContainText(member.name);
  await expect(row).toContainText(listed.source_ip);
  await expect(rolePage.sessions).toContainText(
    'Sessions started with web identity tokens cannot be listed on this upstream',
  );

  await rolePage.terminateSession(sessionName);
  await expect(row).toHaveCount(0);
  await expect
    .poll(async () => (await sessionsOf(api, member.id)).filter((s) => s.role_id === role.id))
    .toHaveLength(0);
});

test('a role that does not exist says so and links back to Roles', async ({ page }) => {
  await page.goto(`/roles/${randomUUID()}`);
  await expect(page.getByText('Role not found')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Roles' }).click();
  await expect(page).toHaveURL(/\/organization\/roles$/);
});
