import { expect, expectNoSeriousA11yViolations, navigateInApp, suffix, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import type { ApiClient } from './fixtures';
import { AssumableRoleWizard } from './pages/assumable-role-wizard';
import { NewGroupPage } from './pages/new-group-page';
import { UserPage } from './pages/user-page';

interface Named {
  id: string;
  name: string;
}

/** Best effort: a test that failed half-way leaves nothing behind. */
async function quietly(work: Promise<unknown>) {
  await work.catch(() => undefined);
}

async function seed(api: ApiClient, tag: string) {
  const user = await api.request<Named>('POST', '/v2/users', {
    name: `Fresh User ${tag}`,
    email: `e2e-fresh-${tag}@example.com`,
    password: 'correct horse battery staple',
  });
  const role = await api.request<Named>('POST', '/v2/roles', {
    name: `e2e-fresh-holder-${tag}`,
    description: 'Holds users for the freshness test',
    role_type: 'assignable',
  });
  const policy = await api.request<Named>('POST', '/v2/policies', {
    name: `e2e-fresh-policy-${tag}`,
    description: 'For the freshness test',
    policy_document: {
      Version: '2026-03-20',
      Statement: [{ Effect: 'Allow', Action: ['compute.instance.List'], Resource: ['*'] }],
    },
  });
  return { user, role, policy };
}

/** Opens a picker, types the user's name and says whether it offers the user. */
async function offers(page: Page, picker: Locator, name: string) {
  await picker.fill(name);
  const option = page.getByRole('option').filter({ hasText: name });
  const none = page.getByText(/No (\w+ )?(options|matches|match|users)\b/i);
  await expect(option.or(none).first()).toBeVisible();
  const count = await option.count();
  await picker.press('Escape');
  return count > 0;
}

test('a deleted user is gone from every picker at once, without a reload', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const { user, role, policy } = await seed(api, tag);
  try {
    // Every picker of users reads the users list once, while the user still exists.
    const group = new NewGroupPage(page);
    await group.open();
    expect(await offers(page, group.members, user.name)).toBe(true);

    await navigateInApp(page, `/roles/${role.id}`);
    await page.getByRole('button', { name: 'Attach entity' }).click();
    let dialog = page.getByRole('dialog', { name: 'Attach entity' });
    await dialog.getByRole('button', { name: 'User', exact: true }).click();
    expect(await offers(page, dialog.getByLabel('User'), user.name)).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await navigateInApp(page, `/policies/${policy.id}`);
    await page.getByRole('button', { name: 'Attach user' }).click();
    dialog = page.getByRole('dialog', { name: 'Attach user' });
    expect(await offers(page, dialog.getByRole('combobox', { name: 'User' }), user.name)).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await navigateInApp(page, '/roles/new/assumable');
    const wizard = new AssumableRoleWizard(page);
    await wizard.fillRole({ name: `e2e-fresh-wizard-${tag}` });
    await wizard.next();
    await page.getByRole('main').getByRole('radio', { name: 'User', exact: true }).check();
    expect(await offers(page, wizard.entityPicker('User'), user.name)).toBe(true);
    await wizard.cancelButton.click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Discard|Leave/ })
      .click()
      .catch(() => undefined);

    // Deleted on its own page ...
    await navigateInApp(page, `/users/${user.id}`);
    const userPage = new UserPage(page);
    await expect(userPage.heading).toContainText(user.name);
    await userPage.deleteUser(user.name);
    await expect(page).toHaveURL(/\/organization\/users$/);
    await expect(page.getByRole('link', { name: user.name })).toHaveCount(0);

    // ... and no picker offers it any more, though the app was never reloaded.
    await navigateInApp(page, '/groups/new');
    expect(await offers(page, group.members, user.name)).toBe(false);

    await navigateInApp(page, `/roles/${role.id}`);
    await page.getByRole('button', { name: 'Attach entity' }).click();
    dialog = page.getByRole('dialog', { name: 'Attach entity' });
    await dialog.getByRole('button', { name: 'User', exact: true }).click();
    expect(await offers(page, dialog.getByLabel('User'), user.name)).toBe(false);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await navigateInApp(page, `/policies/${policy.id}`);
    await page.getByRole('button', { name: 'Attach user' }).click();
    dialog = page.getByRole('dialog', { name: 'Attach user' });
    expect(await offers(page, dialog.getByRole('combobox', { name: 'User' }), user.name)).toBe(
      false,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await navigateInApp(page, '/roles/new/assumable');
    await wizard.fillRole({ name: `e2e-fresh-wizard-${tag}` });
    await wizard.next();
    await page.getByRole('main').getByRole('radio', { name: 'User', exact: true }).check();
    expect(await offers(page, wizard.entityPicker('User'), user.name)).toBe(false);
  } finally {
    await quietly(api.request('DELETE', `/v2/users/${user.id}`));
    await quietly(api.request('DELETE', `/v2/roles/${role.id}`));
    await quietly(api.request('DELETE', `/v2/policies/${policy.id}`));
  }
});
