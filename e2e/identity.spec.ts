import { randomBytes } from 'node:crypto';
import {
  BROWSER_ONLY,
  EMBEDDED_TOO,
  expect,
  expectNoSeriousA11yViolations,
  suffix,
  test,
} from './fixtures';
import { RolePage } from './pages/role-page';
import { makeOwnerIdentifiable, TopBar, userWithKey } from './pages/top-bar';

interface Me {
  user: { id: string; name: string; email: string };
}

/** `GET /users/me` is the emulator's own; these tests also run as if the upstream lacked it. */
const WITHOUT_ME = /\/api\/v2\/users\/me(\?|$)/;

test(
  'the top bar shows the mode and whose credential is in use',
  EMBEDDED_TOO,
  async ({ page, api, modeLabel }) => {
    await makeOwnerIdentifiable(api);
    const me = await api.request<Me>('GET', '/v2/users/me');
    const topBar = new TopBar(page);
    await page.goto('/organization/roles');

    await expect(topBar.identity).toHaveText(`${modeLabel} · ${me.user.name}`);
    await topBar.openIdentityMenu();
    await expect(topBar.identityMenu).toContainText(me.user.email);
    await expect(topBar.identityMenu).toContainText("Using the console server's key");
    await expect(
      topBar.identityMenu.getByRole('menuitem', { name: 'Use my API key' }),
    ).toBeVisible();
    await expect(topBar.identityMenu.getByRole('menuitem', { name: 'Forget my key' })).toHaveCount(
      0,
    );
    await expectNoSeriousA11yViolations(page);
  },
);

test(
  'the key dialog takes focus, names its field, and Escape closes it',
  BROWSER_ONLY,
  async ({ page }) => {
    const topBar = new TopBar(page);
    await page.goto('/organization/roles');
    await topBar.openApiKeyDialog();

    await expect(topBar.apiKeyDialog).toContainText(
      "Kept in this tab's memory only; sent to the console's server for each request and never stored",
    );
    await expect(topBar.apiKeyField).toBeFocused();
    await expect(topBar.apiKeyField).toHaveAttribute('type', 'password');
    await expectNoSeriousA11yViolations(page);

    await topBar.apiKeyDialog.getByRole('button', { name: 'Use key' }).click();
    await expect(topBar.apiKeyDialog).toContainText('Vultr API key is required');

    await page.keyboard.press('Escape');
    await expect(topBar.apiKeyDialog).toBeHidden();
    await expect(topBar.identity).toBeFocused();
    await expect(topBar.identity).not.toContainText('(your key)');
  },
);

test('a bad own key shows the API refusal; forgetting it brings the roles back, and nothing is stored', async ({
  page,
  api,
  modeLabel,
  organization,
}) => {
  await makeOwnerIdentifiable(api);
  const me = await api.request<Me>('GET', '/v2/users/me');
  const roles = await api.request<{ roles: { name: string }[] }>('GET', '/v2/roles?per_page=1');
  const firstRole = roles.roles[0]!.name;
  const badKey = `BAD${randomBytes(16).toString('hex').toUpperCase()}`;
  const topBar = new TopBar(page);

  await page.goto('/organization/roles');
  await expect(organization.roleLink(firstRole)).toBeVisible();

  await topBar.useMyApiKey(badKey);
  await expect(topBar.apiKeyDialog).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('Could not load roles: Invalid API token.');
  await expect(organization.rolesTable).toBeHidden();
  await expect(topBar.identity).toHaveText(`${modeLabel} · key refused (your key)`);
  expect(page.url()).not.toContain(badKey);

  await topBar.forgetMyKey();
  await expect(organization.roleLink(firstRole)).toBeVisible();
  await expect(topBar.identity).toHaveText(`${modeLabel} · ${me.user.name}`);

  const stored = await page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie };
  });
  expect(JSON.stringify(stored)).not.toContain(badKey);
  expect(page.url()).not.toContain(badKey);
});

test('another user’s key makes the console act as that user', async ({ page, api, modeLabel }) => {
  const holder = await userWithKey(api, suffix());
  const topBar = new TopBar(page);
  await page.goto('/organization/roles');

  await topBar.useMyApiKey(holder.api_key);
  await expect(topBar.identity).toHaveText(`${modeLabel} · ${holder.name} (your key)`);
  await topBar.openIdentityMenu();
  await expect(topBar.identityMenu).toContainText('Using your own API key');
  await expect(topBar.identityMenu.getByRole('menuitem', { name: 'Forget my key' })).toBeVisible();
});

test('without GET /users/me the caller is worked out from the groups its key belongs to', async ({
  page,
  api,
  modeLabel,
}) => {
  const holder = await userWithKey(api, suffix());
  await page.route(WITHOUT_ME, (route) =>
    route.fulfill({ status: 404, json: { error: 'Invalid user', status: 404 } }),
  );
  const topBar = new TopBar(page);
  await page.goto('/organization/roles');

  await topBar.useMyApiKey(holder.api_key);
  await expect(topBar.identity).toHaveText(`${modeLabel} · ${holder.name} (your key)`);
  await topBar.openIdentityMenu();
  await expect(topBar.identityMenu).toContainText(holder.email);
});

test('when Vultr does not say whose key it is, the top bar says which key is in use', async ({
  page,
  modeLabel,
}) => {
  await page.route(WITHOUT_ME, (route) =>
    route.fulfill({ status: 404, json: { error: 'Invalid user', status: 404 } }),
  );
  // A key in no group: nothing singles out its user.
  await page.route(/\/api\/v2\/users\/me\/groups(\?|$)/, (route) =>
    route.fulfill({ json: { groups: [], meta: { total: 0, links: { next: '', prev: '' } } } }),
  );
  const topBar = new TopBar(page);
  await page.goto('/organization/roles');

  await expect(topBar.identity).toHaveText(`${modeLabel} · the console server's key`);
  await topBar.openIdentityMenu();
  await expect(topBar.identityMenu).toContainText('Vultr does not say whose key this is');
  await expect(topBar.identityMenu).not.toContainText(/unknown/i);
  await expectNoSeriousA11yViolations(page);
});

test('a key in several organizations picks one in the top bar; role ARNs follow it', async ({
  page,
  api,
}) => {
  const { organizations } = await api.request<{
    organizations: { id: string; name: string; type: string; date_created: string }[];
  }>('GET', '/v2/organizations');
  const home = organizations[0]!;
  const other = {
    id: 'f0e1d2c3-b4a5-4697-8877-665544332211',
    name: `Second org ${suffix()}`,
    type: 'standard',
    date_created: '2026-01-01T00:00:00+00:00',
  };
  // govultr's shape: the organizations under `orgs`.
  await page.route(/\/api\/v2\/organizations(\?|$)/, (route) =>
    route.fulfill({
      json: { orgs: [home, other], meta: { total: 2, links: { next: '', prev: '' } } },
    }),
  );
  const role = await api.request<{ id: string }>('POST', '/v2/roles', {
    name: `E2E org choice ${suffix()}`,
    description: 'Made by the organization choice test.',
    role_type: 'assignable',
    max_session_duration: 3600,
  });
  const topBar = new TopBar(page);
  const rolePage = new RolePage(page);
  const arn = (orgId: string) => `arn:aws:iam::${orgId}:role/${role.id}`;

  await rolePage.open(role.id);
  await expect(page.getByText(arn(home.id), { exact: true })).toBeVisible();
  await topBar.chooseOrganization(home.name, other.name);
  await expect(topBar.organizationButton(other.name)).toBeVisible();
  await expect(page.getByText(arn(other.id), { exact: true })).toBeVisible();

  // The choice lasts for the tab.
  await page.reload();
  await expect(topBar.organizationButton(other.name)).toBeVisible();
  await expect(page.getByText(arn(other.id), { exact: true })).toBeVisible();
  await topBar.organizationButton(other.name).click();
  await expect(page.getByRole('menuitemradio', { name: other.name })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expectNoSeriousA11yViolations(page);
});
