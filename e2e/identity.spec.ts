import { randomBytes } from 'node:crypto';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { TopBar } from './pages/top-bar';

interface Me {
  user: { name: string; email: string };
}

test('the top bar shows the mode and whose credential is in use', async ({
  page,
  api,
  modeLabel,
}) => {
  const me = await api.request<Me>('GET', '/v2/users/me');
  const topBar = new TopBar(page);
  await page.goto('/organization/roles');

  await expect(topBar.identity).toHaveText(`${modeLabel} · ${me.user.name}`);
  await topBar.openIdentityMenu();
  await expect(topBar.identityMenu).toContainText(me.user.email);
  await expect(topBar.identityMenu).toContainText("Using the console server's key");
  await expect(topBar.identityMenu.getByRole('menuitem', { name: 'Use my API key' })).toBeVisible();
  await expect(topBar.identityMenu.getByRole('menuitem', { name: 'Forget my key' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('the key dialog takes focus, names its field, and Escape closes it', async ({ page }) => {
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
});

test('a bad own key shows the API refusal; forgetting it brings the roles back, and nothing is stored', async ({
  page,
  api,
  modeLabel,
  organization,
}) => {
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
  await expect(topBar.identity).toHaveText(`${modeLabel} · unknown identity (your key)`);
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
  const suffix = randomBytes(4).toString('hex');
  const created = await api.request<{ name: string; api_key: string }>('POST', '/v2/users', {
    name: `Key Holder ${suffix}`,
    email: `key-holder-${suffix}@example.com`,
    password: `pw-${randomBytes(8).toString('hex')}`,
    api_enabled: true,
  });
  const topBar = new TopBar(page);
  await page.goto('/organization/roles');

  await topBar.useMyApiKey(created.api_key);
  await expect(topBar.identity).toHaveText(`${modeLabel} · ${created.name} (your key)`);
  await topBar.openIdentityMenu();
  await expect(topBar.identityMenu).toContainText('Using your own API key');
  await expect(topBar.identityMenu.getByRole('menuitem', { name: 'Forget my key' })).toBeVisible();
});
