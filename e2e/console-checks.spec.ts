import type { Download, Page } from '@playwright/test';
import {
  actThenAtOnce,
  holdRequests,
  BROWSER_ONLY,
  expect,
  expectNoSeriousA11yViolations,
  suffix,
  test,
} from './fixtures';
import { AssignableRoleDialog } from './pages/assignable-role-dialog';
import { RolesTab } from './pages/roles-tab';
import { owner } from './pages/sessions-page';

test(
  'Escape in the Assignable Role dialog asks before throwing away what was typed',
  BROWSER_ONLY,
  async ({ page }) => {
    const roles = new RolesTab(page);
    await roles.open();
    await roles.chooseFromAddRoleMenu('Assignable Role');
    const dialog = new AssignableRoleDialog(page);
    await expect(dialog.dialog).toBeVisible();

    // Nothing typed: Escape closes at once.
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();

    await roles.chooseFromAddRoleMenu('Assignable Role');
    await dialog.name.fill(`Typed ${suffix()}`);
    await dialog.description.fill('Half an hour of typing');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Discard changes?' });
    await expect(ask).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Keep editing: everything is still there.
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toBeHidden();
    await expect(dialog.description).toHaveValue('Half an hour of typing');

    // A click outside asks too; Discard closes.
    await page.mouse.click(5, 5);
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog.dialog).toBeHidden();
    // Focus is back on the button that opened the dialog before it is used again.
    await expect(roles.addRoleButton).toBeFocused();
    // The next opening starts empty and closes without asking.
    await roles.chooseFromAddRoleMenu('Assignable Role');
    await expect(dialog.name).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();

    // After a refused Add Role the form checks each change, which takes a moment: a letter typed
    // the instant before Escape, with no render in between, still counts.
    await roles.chooseFromAddRoleMenu('Assignable Role');
    await dialog.addRoleButton.click();
    await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
    await actThenAtOnce(dialog.name, 'type', { key: 'Escape' }, 'x');
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.name).toHaveValue('x');
  },
);

test(
  'the top bar, still loading the organization, passes the accessibility check',
  BROWSER_ONLY,
  async ({ page }) => {
    const release = await holdRequests(page, /\/v2\/organizations(\?|$)/);
    await page.goto('/organization/roles');
    await expect(page.getByRole('banner').getByLabel('Loading organization')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    release();
  },
);

test('short addresses lead to their tab of Manage Organization', BROWSER_ONLY, async ({ page }) => {
  for (const [typed, tab] of [
    ['/roles', 'Roles'],
    ['/users', 'Users'],
    ['/groups', 'Groups'],
    ['/policies', 'Permission Policies'],
    ['/oidc-issuers', 'OIDC Issuers'],
  ] as const) {
    await page.goto(typed);
    await expect(page).toHaveURL(new RegExp(`/organization${typed}$`));
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
});

test('an unknown address and a deleted role say "not found", with a way back and no Retry', async ({
  page,
  api,
}) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Go to Manage Organization' }).click();
  await expect(page).toHaveURL(/\/organization\/roles$/);

  await page.goto('/organization/nonsense');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  const role = await api.request<{ id: string }>('POST', '/v2/roles', {
    name: `Short-lived ${suffix()}`,
    description: 'Deleted before it is opened',
    role_type: 'assignable',
  });
  await api.request('DELETE', `/v2/roles/${role.id}`);
  await page.goto(`/roles/${role.id}`);
  await expect(page.getByRole('heading', { name: 'Role not found' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to Roles' })).toHaveAttribute(
    'href',
    '/organization/roles',
  );
  await expectNoSeriousA11yViolations(page);
});

test('list tabs sort by a column header, kept in the URL', async ({ page }) => {
  await page.goto('/organization/users');
  const table = page.getByRole('table', { name: 'Users' });
  const names = table.locator('tbody tr th, tbody tr td:first-child');
  await expect(names.first()).toBeVisible();
  const header = table.getByRole('columnheader', { name: 'Name' });
  await header.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/[?&]sort=name\b/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await firstCells(page);
  expect(ascending).toEqual([...ascending].sort(collate));

  await header.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/[?&]sort=-name\b/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = await firstCells(page);
  expect(descending).toEqual([...descending].sort(collate).reverse());

  // Reload keeps it.
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expectNoSeriousA11yViolations(page);
});

test('the OIDC Issuers tab searches by name, URI or key ID', async ({ page }) => {
  await page.goto('/organization/oidc-issuers');
  const table = page.getByRole('table', { name: 'OIDC Issuers' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const all = await table.locator('tbody tr').count();
  const search = page.getByRole('searchbox', { name: 'Search issuers' });
  await search.fill('token.actions.githubusercontent');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('https://token.actions.githubusercontent.com');
  await expect(page.getByText(`1 of ${all} shown`)).toBeVisible();
  await search.fill('no issuer is called this');
  await expect(page.getByText('No issuers match “no issuer is called this”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(all);
  await expectNoSeriousA11yViolations(page);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test(
    'every organization tab and the page arrows stay in sight',
    BROWSER_ONLY,
    async ({ page }) => {
      await page.goto('/organization/roles');
      for (const name of ['Users', 'Groups', 'Roles', 'Permission Policies', 'OIDC Issuers']) {
        const tab = page.getByRole('tab', { name });
        await expect(tab).toBeVisible();
        await expect(tab).toBeInViewport({ ratio: 1 });
      }
      await page.goto('/organization/users');
      await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
      for (const name of ['Go to previous page', 'Go to next page']) {
        const arrow = page.getByRole('button', { name });
        await arrow.scrollIntoViewIfNeeded();
        // Scrolled to, the whole arrow shows: nothing pushes it off the side of the screen.
        await expect(arrow).toBeInViewport({ ratio: 1 });
      }
    },
  );
});

test('keyboard focus is drawn on buttons and links', BROWSER_ONLY, async ({ page }) => {
  await page.goto('/organization/roles');
  const add = page.getByRole('button', { name: 'Add role' });
  await expect(add).toBeVisible();
  // Focus by keyboard: Tab until the button has it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await add.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(add).toBeFocused();
  const outline = await add.evaluate((el) => {
    const style = getComputedStyle(el);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.style).toBe('solid');
  expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
});

test('the Roles tab exports an access review as CSV and JSON, safe from spreadsheet formulas', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const me = await owner(api);
  // A group whose name a spreadsheet would run as a formula, trusted by a fresh assumable role.
  const group = await api.request<{ id: string }>('POST', '/v2/groups', {
    display_name: `=HYPERLINK("http://example.com/${tag}")`,
  });
  await api.request('POST', `/v2/groups/${group.id}/members`, { user_id: me.id });
  const role = await api.request<{ id: string; name: string }>('POST', '/v2/roles', {
    name: `Audited ${tag}`,
    description: 'Made by the access review test.',
    role_type: 'assumable',
    max_session_duration: 3600,
  });
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    trusted_group_id: group.id,
    conditions: { ip_address: ['192.0.2.0/24'] },
  });
  try {
    await page.goto('/organization/roles');
    const exportButton = page.getByRole('button', { name: 'Export access review' });
    await exportButton.click();
    await expectNoSeriousA11yViolations(page);
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /^CSV/ }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toMatch(/^access-review-\d{4}-\d\d-\d\dT[\d-]+\.csv$/);
    const csv = await readDownload(csvFile);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toContain('"role_name","max_session_duration_seconds","trust_id"');
    const mine = lines.filter((l) => l.includes(`"Audited ${tag}"`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain('"group member"');
    expect(mine[0]).toContain(`"${me.id}"`);
    expect(mine[0]).toContain(`"'=HYPERLINK(""http://example.com/${tag}"")"`);
    expect(mine[0]).toContain('"192.0.2.0/24"');
    // No cell anywhere starts like a formula.
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    await expect(page.getByText(/^Access review exported: \d+ lines$/)).toBeVisible();

    await exportButton.click();
    const [jsonFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /^JSON/ }).click(),
    ]);
    const review = JSON.parse(await readDownload(jsonFile)) as {
      rows: {
        role_id: string;
        principal_id: string;
        via_group_name: string;
        ip_addresses: string[];
      }[];
    };
    const row = review.rows.find((r) => r.role_id === role.id);
    expect(row).toMatchObject({
      principal_id: me.id,
      via_group_name: `=HYPERLINK("http://example.com/${tag}")`,
      ip_addresses: ['192.0.2.0/24'],
    });
  } finally {
    await api.request('DELETE', `/v2/roles/${role.id}`);
    await api.request('DELETE', `/v2/groups/${group.id}`);
  }
});

async function readDownload(file: Download): Promise<string> {
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function firstCells(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: 'Users' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => (r.querySelector('th, td a') as HTMLElement | null)?.innerText.trim() ?? ''),
    );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
function collate(a: string, b: string): number {
  return collator.compare(a, b);
}
