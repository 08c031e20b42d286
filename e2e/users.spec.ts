import type { ApiClient } from './fixtures';
import { EMBEDDED_TOO, expect, expectNoSeriousA11yViolations, suffix, test } from './fixtures';
import { UserPage } from './pages/user-page';
import { UsersTab } from './pages/users-tab';

interface User {
  id: string;
  name: string;
  email: string;
}
interface Named {
  id: string;
  name: string;
}

const PASSWORD = 'correct horse battery staple';
const apiUrl = () => process.env.E2E_API_URL ?? process.env.E2E_BASE_URL!;

async function allUsers(api: ApiClient): Promise<User[]> {
  const users: User[] = [];
  let cursor = '';
  do {
    const page = await api.request<{ users: User[]; meta: { links: { next: string } } }>(
      'GET',
      `/v2/users?per_page=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    users.push(...page.users);
    cursor = page.meta.links.next;
  } while (cursor);
  return users;
}

async function createUser(api: ApiClient, name: string, email: string) {
  return api.request<User>('POST', '/v2/users', { name, email, password: PASSWORD });
}

/** Best effort: a test that failed half-way leaves nothing behind. */
async function quietly(work: Promise<unknown>) {
  await work.catch(() => undefined);
}

test('Add User shows the new API key once; the key works, and after Done it is nowhere', async ({
  page,
  context,
  api,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tag = suffix();
  const lastName = `User ${tag}`;
  const name = `E2E ${lastName}`;
  const email = `e2e-user-${tag}@example.com`;
  const users = new UsersTab(page);
  const dialog = users.addUser;
  try {
    await users.open();
    await users.openAddUser();
    await expect(dialog.apiEnabled).toBeChecked();
    await expect(dialog.serviceUser).not.toBeChecked();
    await dialog.fill({ firstName: 'E2E', lastName, email, password: PASSWORD });
    await dialog.submit();

    await expect(dialog.apiKey).toBeVisible();
    await expect(dialog.apiKey).toBeFocused();
    const key = await dialog.apiKey.inputValue();
    expect(key).toMatch(/^[A-Z2-7]{36}$/);
    await expect(dialog.keyView).toContainText(
      'You will not see this key again. Copy it now and store it somewhere safe.',
    );
    await expectNoSeriousA11yViolations(page);

    await dialog.copyApiKeyButton.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // The key is the new user's Bearer token for the API itself.
    const me = await fetch(`${apiUrl()}/v2/users/me`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: User }).user.email).toBe(email);

    await dialog.doneButton.click();
    await expect(dialog.keyView).toHaveCount(0);
    expect(await page.content()).not.toContain(key);
    expect(page.url()).not.toContain(key);
    const stored = await page.evaluate(() =>
      JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
    );
    expect(stored).not.toContain(key);

    // The new user is listed; its page deletes it.
    await users.userLink(name).click();
    const userPage = new UserPage(page);
    await expect(userPage.heading).toHaveText(name);
    await userPage.deleteUser(name);
    await expect(page).toHaveURL(/\/organization\/users$/);
    await expect(users.table).toBeVisible();
    await expect(users.userLink(name)).toHaveCount(0);
    expect((await allUsers(api)).some((u) => u.email === email)).toBe(false);
  } finally {
    const left = (await allUsers(api)).find((u) => u.email === email);
    if (left) await quietly(api.request('DELETE', `/v2/users/${left.id}`));
  }
});

test('Add User checks every field with the shared rules and puts a taken email on Email', async ({
  page,
  api,
}) => {
  const [existing] = await allUsers(api);
  const users = new UsersTab(page);
  const dialog = users.addUser;
  await users.open();
  await users.openAddUser();
  await expect(dialog.firstName).toBeFocused();
  await dialog.submit();
  await expect(dialog.firstName).toHaveAccessibleDescription(
    'First name must be between 1 and 100 characters',
  );
  await expect(dialog.lastName).toHaveAccessibleDescription(
    'Last name must be between 1 and 100 characters',
  );
  await expect(dialog.email).toHaveAccessibleDescription('Email must be a valid email address');
  await expect(dialog.password).toHaveAccessibleDescription(
    'Password must be at least 10 characters',
  );

  await dialog.fill({
    firstName: 'Someone',
    lastName: 'Else',
    email: existing!.email,
    password: PASSWORD,
  });
  await dialog.submit();
  await expect(dialog.email).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.email).toBeFocused();
  await expect(dialog.form).toBeVisible();
  // Escape with typed input asks first; Discard closes.
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog.form).toHaveCount(0);
});

test('the Users tab searches by name or email and pages, both kept in the URL', async ({
  page,
  api,
}) => {
  // Eleven users (for a second page of ten), each with a hashed password: give it time.
  test.slow();
  const tag = suffix();
  const made = await Promise.all(
    Array.from({ length: 11 }, (_, i) =>
      createUser(
        api,
        `Pager ${tag} ${String(i + 1).padStart(2, '0')}`,
        `pager-${i + 1}-${tag}@example.com`,
      ),
    ),
  );
  try {
    const users = new UsersTab(page);
    await users.open();
    await expect(users.table).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await users.searchFor(`${tag}@example`);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}%40example`));
    await expect(users.count).toHaveText(/^11 of [\d,]+ users$/);
    await users.showRowsPerPage(10);
    await expect(users.rows()).toHaveCount(10);
    await users.goToNextPage();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page).toHaveURL(/[?&]size=10/);
    await expect(users.rows()).toHaveCount(1);

    await page.reload();
    await expect(users.search).toHaveValue(`${tag}@example`);
    await expect(users.rows()).toHaveCount(1);

    // By name, too.
    await users.searchFor(`Pager ${tag} 07`);
    await expect(users.rows()).toHaveCount(1);
    await expect(users.userRow(`Pager ${tag} 07`)).toContainText(`pager-7-${tag}@example.com`);
  } finally {
    await Promise.all(made.map((u) => quietly(api.request('DELETE', `/v2/users/${u.id}`))));
  }
});

test('a user page shows its groups, and its roles and policies direct and inherited', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const user = await createUser(api, `Holder ${tag}`, `holder-${tag}@example.com`);
  const group = await api.request<{ id: string; display_name: string }>('POST', '/v2/groups', {
    display_name: `E2E group ${tag}`,
    description: 'Made by the user page test.',
  });
  const role = (name: string) =>
    api.request<Named>('POST', '/v2/roles', {
      name,
      description: 'Made by the user page test.',
      role_type: 'assignable',
    });
  const viaGroup = await role(`E2E via group ${tag}`);
  const direct = await role(`E2E direct ${tag}`);
  const { policies } = await api.request<{ policies: Named[] }>('GET', '/v2/policies?per_page=500');
  const [groupPolicy, userPolicy] = policies;
  try {
    await api.request('POST', `/v2/groups/${group.id}/members`, { user_id: user.id });
    await api.request('POST', `/v2/roles/${viaGroup.id}/groups/${group.id}`);
    await api.request('POST', `/v2/roles/${viaGroup.id}/policies/${groupPolicy!.id}`);
    await api.request('POST', `/v2/roles/${direct.id}/users/${user.id}`);
    await api.request('POST', `/v2/policies/${userPolicy!.id}/users/${user.id}`);

    const userPage = new UserPage(page);
    await userPage.open(user.id);
    await expect(userPage.heading).toHaveText(user.name);
    await expect(page.getByText(user.email, { exact: true })).toBeVisible();
    await expect(userPage.groups.getByRole('link', { name: group.display_name })).toHaveAttribute(
      'href',
      `/groups/${group.id}`,
    );
    // The API splits the lists into direct and inherited, or (OpenAPI's shape) sends one list:
    // then the page shows it as "All" and says it cannot tell them apart.
    await expect(page.getByRole('list', { name: /^(Direct|All) roles$/ }).first()).toBeVisible();
    const split = (await page.getByRole('list', { name: 'All roles' }).count()) === 0;
    const [directRoles, inheritedRoles] = split
      ? ['Direct roles', 'Inherited roles']
      : ['All roles', 'All roles'];
    const [directPolicies, inheritedPolicies] = split
      ? ['Direct policies', 'Inherited policies']
      : ['All policies', 'All policies'];
    if (!split) await expect(userPage.roles).toContainText('does not say which are given directly');
    await expect(userPage.link(directRoles, direct.name)).toHaveAttribute(
      'href',
      `/roles/${direct.id}`,
    );
    await expect(userPage.link(inheritedRoles, viaGroup.name)).toHaveAttribute(
      'href',
      `/roles/${viaGroup.id}`,
    );
    await expect(userPage.link(directPolicies, userPolicy!.name)).toBeVisible();
    await expect(userPage.link(inheritedPolicies, groupPolicy!.name)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await userPage.link(inheritedRoles, viaGroup.name).click();
    await expect(page).toHaveURL(new RegExp(`/roles/${viaGroup.id}$`));
  } finally {
    await quietly(api.request('DELETE', `/v2/users/${user.id}`));
    await quietly(api.request('DELETE', `/v2/groups/${group.id}`));
    await quietly(api.request('DELETE', `/v2/roles/${viaGroup.id}`));
    await quietly(api.request('DELETE', `/v2/roles/${direct.id}`));
  }
});

test(
  'deleting the organization owner is refused, and the page says so',
  EMBEDDED_TOO,
  async ({ page, api, modeLabel }) => {
    // The owner is the live account's owner in live mode: never even ask there.
    test.skip(modeLabel !== 'Embedded', 'only against the embedded emulator');
    const { user: owner } = await api.request<{ user: User }>('GET', '/v2/users/me');
    const userPage = new UserPage(page);
    await userPage.open(owner.id);
    await expect(userPage.heading).toHaveText(owner.name);
    await userPage.deleteUser(owner.name);
    await expect(userPage.notice).toContainText(`Could not delete user ${owner.name}`);
    await expect(userPage.deleteDialog(owner.name)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/users/${owner.id}$`));
    await api.request('GET', `/v2/users/${owner.id}`);
  },
);

test('an unknown user id shows "Invalid user"', async ({ page }) => {
  const userPage = new UserPage(page);
  await userPage.open('00000000-0000-4000-8000-000000000000');
  await expect(userPage.heading).toHaveText('Invalid user');
  await page.getByRole('link', { name: 'Back to Users' }).click();
  await expect(page).toHaveURL(/\/organization\/users$/);
});
