import { randomUUID } from 'node:crypto';
import type { ApiClient } from './fixtures';
import { actThenAtOnce, expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { PoliciesTab } from './pages/policies-tab';
import { PolicyEditor } from './pages/policy-editor';
import { PolicyPage } from './pages/policy-page';

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string[];
}
interface Policy {
  id: string;
  name: string;
  is_system_policy: boolean;
  policy_document: { Version: string; Statement: Statement[] };
}

const VERSION = '2026-03-20';
const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;
const pretty = (document: unknown) => JSON.stringify(document, null, 2);
const allow = (...Action: string[]): Statement => ({ Effect: 'Allow', Action, Resource: ['*'] });
const deny = (...Action: string[]): Statement => ({ Effect: 'Deny', Action, Resource: ['*'] });

async function createPolicy(api: ApiClient, statements: Statement[], name = unique('E2E policy')) {
  return api.request<Policy>('POST', '/v2/policies', {
    name,
    description: 'Made by the policies test.',
    policy_document: { Version: VERSION, Statement: statements },
  });
}

async function readPolicy(api: ApiClient, id: string) {
  return (await api.request<{ policy: Policy }>('GET', `/v2/policies/${id}`)).policy;
}

const idFromUrl = (url: string) => /\/policies\/([0-9a-f-]{36})$/.exec(url)?.[1] ?? '';

test('the Permission Policies tab lists, searches and pages in the URL; + opens the editor', async ({
  page,
  api,
}) => {
  const policy = await createPolicy(api, [allow('compute.instance.List'), deny('iam.*')]);
  const tab = new PoliciesTab(page);
  await tab.open();
  for (const header of ['Name', 'Type', 'Description', 'Statements']) {
    await expect(tab.table.getByRole('columnheader', { name: header })).toBeVisible();
  }
  await expect(tab.rows().filter({ hasText: 'System' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await tab.searchFor(policy.name.toUpperCase());
  await expect(tab.rows()).toHaveCount(1);
  const row = tab.policyRow(policy.name);
  await expect(row).toContainText('Custom');
  await expect(row.getByRole('cell').last()).toHaveText('2');
  await expect
    .poll(() => new URL(page.url()).searchParams.get('q'))
    .toBe(policy.name.toUpperCase());

  await tab.filterByType('System');
  await expect(tab.noMatches).toBeVisible();
  await expect(page).toHaveURL(/type=system/);
  await page.goBack();
  await expect(tab.policyRow(policy.name)).toBeVisible();

  await tab.policyLink(policy.name).click();
  await expect(page).toHaveURL(new RegExp(`/policies/${policy.id}$`));
  await page.goto('/organization/policies?page=1&size=10');
  await tab.addPolicyButton.click();
  await expect(page).toHaveURL(/\/policies\/new$/);
});

test('a policy built with the builder shows as exactly that JSON, follows JSON edits, and saves', async ({
  page,
  api,
}) => {
  const editor = new PolicyEditor(page);
  const name = unique('Builder policy');
  await editor.openNew();
  await editor.name.fill(name);
  await editor.description.fill('Start and create instances, never delete them.');
  // axe is slow over a large page: check the editor with a small category open.
  await editor.expandCategory('OIDC');
  await expectNoSeriousA11yViolations(page);
  await editor.expandCategory('Compute');
  await editor.choose('compute.instance.Start', 'Allow');
  await editor.choose('compute.instance.Create', 'Allow');
  await editor.choose('compute.instance.Delete', 'Deny');

  await editor.showJson();
  const built = {
    Version: VERSION,
    Statement: [
      allow('compute.instance.Create', 'compute.instance.Start'),
      deny('compute.instance.Delete'),
    ],
  };
  await expect(editor.json).toHaveValue(pretty(built));

  const edited = {
    Version: VERSION,
    Statement: [
      allow('compute.instance.Create', 'compute.instance.Start', 'compute.instance.Stop'),
      deny('compute.instance.Delete'),
    ],
  };
  await editor.setJson(pretty(edited));
  await editor.showBuilder();
  await expect(editor.option('compute.instance.Stop', 'Allow')).toBeChecked();
  await expect(editor.option('compute.instance.Delete', 'Deny')).toBeChecked();
  await expect(editor.category('Compute')).toContainText('3 of 39 allowed');

  await editor.save();
  await expect(page).toHaveURL(/\/policies\/[0-9a-f-]{36}$/);
  const policyPage = new PolicyPage(page);
  await expect(policyPage.heading).toHaveText(name);
  await expect(policyPage.documentJson).toHaveText(pretty(edited));
  const saved = await readPolicy(api, idFromUrl(page.url()));
  expect(saved.name).toBe(name);
  expect(saved.policy_document).toEqual(edited);
});

test('invalid JSON and unknown actions show inline; the builder keeps its last valid state', async ({
  page,
  api,
}) => {
  const editor = new PolicyEditor(page);
  const name = unique('Broken policy');
  await editor.openNew();
  await editor.name.fill(name);
  await editor.expandCategory('Support');
  await editor.choose('support.ticket.Create', 'Allow');

  await editor.setJson('{\n  "Version": "2026-03-20",\n  "Statement": [\n    }\n');
  await expect(editor.json).toHaveAccessibleDescription(/^Unexpected token \} at line 4, column 5/);
  await editor.showBuilder();
  await expect(editor.builderLocked).toBeVisible();
  await expect(editor.option('support.ticket.Create', 'Allow')).toBeChecked();
  await expect(editor.option('support.ticket.Create', 'Allow')).toBeDisabled();

  await editor.setJson(
    pretty({
      Version: VERSION,
      Statement: [
        allow('support.ticket.Create', 'compute.*', 'compute.instanse.Create'),
        deny('support.ticket.Delete'),
      ],
    }),
  );
  await expect(
    editor.form.getByText(
      'Statement[0].Action[2] "compute.instanse.Create" is not a known action',
      {
        exact: true,
      },
    ),
  ).toBeVisible();
  await expect(
    editor.form.getByText('Statement[1].Action[0] "support.ticket.Delete" is not a known action', {
      exact: true,
    }),
  ).toBeVisible();
  await editor.save();
  await expect(page).toHaveURL(/\/policies\/new$/);

  await editor.setJson(pretty({ Version: VERSION, Statement: [allow('compute.*')] }));
  await editor.showBuilder();
  await expect(editor.builderLocked).toBeHidden();
  await editor.expandCategory('Compute');
  await expect(editor.option('compute.*', 'Allow')).toBeChecked();
  await expect(editor.row('compute.instance.Reboot')).toContainText('Allowed by all of compute');
  const list = await api.request<{ policies: Policy[] }>('GET', '/v2/policies?per_page=500');
  expect(list.policies.some((p) => p.name === name)).toBe(false);
});

test('a duplicate name is refused onto the Name field', async ({ page, api }) => {
  const existing = await createPolicy(api, [allow('oidc.issuer.List')]);
  const editor = new PolicyEditor(page);
  await editor.openNew();
  await editor.name.fill(existing.name.toLowerCase());
  await editor.selectAll('OIDC');
  await editor.save();
  await expect(editor.name).toHaveAccessibleDescription(/already exists/);
  await expect(editor.name).toBeFocused();
  await expect(page).toHaveURL(/\/policies\/new$/);
});

test('Edit opens the editor prefilled, wildcards shown as covering their rows, and saves with PUT', async ({
  page,
  api,
}) => {
  const policy = await createPolicy(api, [allow('compute.*'), deny('compute.instance.Delete')]);
  const policyPage = new PolicyPage(page);
  const editor = new PolicyEditor(page);
  await policyPage.open(policy.id);
  await policyPage.editButton.click();
  await expect(editor.name).toHaveValue(policy.name);
  await expect(editor.json).toHaveValue(pretty(policy.policy_document));
  await editor.expandCategory('Compute');
  await expect(editor.option('compute.*', 'Allow')).toBeChecked();
  await expect(editor.row('compute.instance.Create')).toContainText('Allowed by all of compute');
  await expect(editor.option('compute.instance.Delete', 'Deny')).toBeChecked();
  await expect(editor.category('Compute')).toContainText('38 of 39 allowed');
  await expect(editor.category('Compute')).toContainText('1 denied');

  await editor.choose('compute.instance.Delete', 'None');
  await editor.expandCategory('Identity and access');
  await editor.choose('iam.*', 'Deny');
  await editor.save();
  await expect(policyPage.heading).toHaveText(policy.name);
  await expect(policyPage.editButton).toBeFocused();
  expect((await readPolicy(api, policy.id)).policy_document).toEqual({
    Version: VERSION,
    Statement: [allow('compute.*'), deny('iam.*')],
  });
});

test('a system policy page is read-only', async ({ page, api }) => {
  const list = await api.request<{ policies: Policy[] }>('GET', '/v2/policies?per_page=500');
  const system = list.policies.find((p) => p.is_system_policy)!;
  const policyPage = new PolicyPage(page);
  await policyPage.open(system.id);
  await expect(policyPage.heading).toHaveText(system.name);
  await expect(page.getByText('System', { exact: true })).toBeVisible();
  await expect(policyPage.readOnlyNote).toBeVisible();
  await expect(policyPage.editButton).toHaveCount(0);
  await expect(policyPage.deleteButton).toHaveCount(0);
  await expect(policyPage.documentJson).toHaveText(pretty(system.policy_document));
  await expect(page.getByRole('button', { name: 'Copy policy document' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Even asked for by URL, the editor does not open.
  await page.goto(`/policies/${system.id}?edit=1`);
  await expect(policyPage.readOnlyNote).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(0);
});

test('deleting a custom policy can be undone', async ({ page, api }) => {
  const policy = await createPolicy(api, [allow('storage.bucket.List')]);
  const policyPage = new PolicyPage(page);
  await policyPage.open(policy.id);
  await policyPage.deletePolicy(policy.name);
  await expect(page).toHaveURL(/\/organization\/policies$/);
  await expect(policyPage.notice).toContainText(`Policy ${policy.name} deleted`);
  await expect(new PoliciesTab(page).policyLink(policy.name)).toHaveCount(0);
  await expect(api.request('GET', `/v2/policies/${policy.id}`)).rejects.toThrow(/404/);

  await policyPage.undo();
  await expect(page).toHaveURL(new RegExp(`/policies/${policy.id}$`));
  await expect(policyPage.heading).toHaveText(policy.name);
  expect((await readPolicy(api, policy.id)).name).toBe(policy.name);
});

test('the policy page attaches the policy to a user and detaches it, and lists its roles', async ({
  page,
  api,
}) => {
  const policy = await createPolicy(api, [allow('kubernetes.cluster.List')]);
  const userName = unique('Policy user');
  const user = await api.request<{ id: string; name: string }>('POST', '/v2/users', {
    email: `${userName.replace(/\W+/g, '.').toLowerCase()}@example.com`,
    name: userName,
    password: `pw-${randomUUID()}`,
    api_enabled: false,
  });
  const role = await api.request<{ id: string; name: string }>('POST', '/v2/roles', {
    name: unique('Policy role'),
    description: '',
    role_type: 'assignable',
    max_session_duration: 3600,
  });
  await api.request('POST', `/v2/roles/${role.id}/policies/${policy.id}`);
  const usersOf = async () =>
    (await api.request<{ users: { id: string }[] }>('GET', `/v2/policies/${policy.id}/users`))
      .users;
  try {
    const policyPage = new PolicyPage(page);
    await policyPage.open(policy.id);
    await expect(policyPage.roles.getByRole('link', { name: role.name })).toHaveAttribute(
      'href',
      `/roles/${role.id}`,
    );
    await expect(policyPage.users).toContainText('Not attached to any user directly.');
    await expectNoSeriousA11yViolations(page);

    await policyPage.attach('User', userName);
    await expect(
      policyPage.users.getByRole('listitem').filter({ hasText: userName }),
    ).toBeVisible();
    await expect.poll(async () => (await usersOf()).map((u) => u.id)).toEqual([user.id]);

    await policyPage.detach(userName);
    await expect(policyPage.users).toContainText('Not attached to any user directly.');
    await expect.poll(async () => (await usersOf()).length).toBe(0);
  } finally {
    await api.request('DELETE', `/v2/users/${user.id}`);
  }
});

test('leaving the editor with unsaved input asks first; an untouched editor lets you go', async ({
  page,
  api,
}) => {
  const editor = new PolicyEditor(page);
  const breadcrumb = page.getByRole('main').getByRole('link', { name: 'Permission Policies' });
  const question = page.getByRole('dialog', { name: 'Leave without saving the policy?' });

  await editor.openNew();
  await expect(editor.name).toBeVisible();
  await breadcrumb.click();
  await expect(page).toHaveURL(/\/organization\/policies$/);
  await expect(question).toHaveCount(0);

  await editor.openNew();
  const name = unique('Unsaved policy');
  await editor.name.fill(name);
  await breadcrumb.click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/policies\/new$/);
  await expect(editor.name).toHaveValue(name);

  // After a refused Add Policy the form checks each change, which takes a moment: a letter typed
  // the instant before the click, with no render in between, still counts.
  await editor.openNew();
  await editor.form.getByRole('button', { name: 'Add Policy' }).click();
  await expect(editor.name).toHaveAttribute('aria-invalid', 'true');
  await actThenAtOnce(editor.name, 'type', { click: breadcrumb }, 'x');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.name).toHaveValue('x');

  await breadcrumb.click();
  await question.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(/\/organization\/policies$/);
  const { policies } = await api.request<{ policies: Policy[] }>(
    'GET',
    '/v2/policies?per_page=500',
  );
  expect(policies.map((p) => p.name)).not.toContain(name);
});
