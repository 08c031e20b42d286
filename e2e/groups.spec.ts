import { randomBytes } from 'node:crypto';
import type { ApiClient } from './fixtures';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { GroupPage } from './pages/group-page';
import { GroupsTab } from './pages/groups-tab';
import { NewGroupPage } from './pages/new-group-page';

interface Named {
  id: string;
  name: string;
}
interface Group {
  id: string;
  display_name: string;
  description: string;
  members: { id: string; name: string }[];
}
interface GroupRoles {
  roles: { all: Named[]; direct: Named[] };
}

const suffix = () => randomBytes(4).toString('hex');

async function allGroups(api: ApiClient): Promise<Group[]> {
  const groups: Group[] = [];
  let cursor = '';
  do {
    const page = await api.request<{ groups: Group[]; meta: { links: { next: string } } }>(
      'GET',
      `/v2/groups?per_page=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    groups.push(...page.groups);
    cursor = page.meta.links.next;
  } while (cursor);
  return groups;
}

const groupNamed = async (api: ApiClient, name: string) =>
  (await allGroups(api)).find((g) => g.display_name === name);

/** Users, an assignable role and a group made through the API for one test, and their cleanup. */
class Seed {
  private readonly cleanups: (() => Promise<unknown>)[] = [];
  constructor(
    private readonly api: ApiClient,
    readonly tag = suffix(),
  ) {}

  async user(first: string): Promise<Named> {
    const user = await this.api.request<Named>('POST', '/v2/users', {
      name: `${first} ${this.tag}`,
      email: `${first.toLowerCase()}-${this.tag}@example.com`,
      password: 'correct horse battery staple',
    });
    this.cleanups.push(() => this.api.request('DELETE', `/v2/users/${user.id}`));
    return user;
  }

  async role(what: string, policyId?: string): Promise<Named> {
    const role = await this.api.request<Named>('POST', '/v2/roles', {
      name: `E2E ${what} ${this.tag}`,
      description: 'Made by the groups test.',
      role_type: 'assignable',
    });
    this.cleanups.push(() => this.api.request('DELETE', `/v2/roles/${role.id}`));
    if (policyId) await this.api.request('POST', `/v2/roles/${role.id}/policies/${policyId}`);
    return role;
  }

  async group(what: string): Promise<Group> {
    const group = await this.api.request<Group>('POST', '/v2/groups', {
      display_name: `E2E ${what} ${this.tag}`,
      description: 'Made by the groups test.',
    });
    this.forget(group.id);
    return group;
  }

  /** A group the UI made: delete it at the end unless the test did. */
  forget(groupId: string) {
    this.cleanups.push(() => this.api.request('DELETE', `/v2/groups/${groupId}`));
  }

  async cleanUp() {
    for (const clean of this.cleanups.reverse()) await clean().catch(() => undefined);
  }
}

test('Create group: two members and a role through the two steps; then edit, remove a member, delete', async ({
  page,
  api,
}) => {
  // A long flow with three accessibility checks.
  test.slow();
  const seed = new Seed(api);
  try {
    const [ada, bo] = [await seed.user('Ada'), await seed.user('Bo')];
    const role = await seed.role('group role');
    const name = `E2E flow ${seed.tag}`;

    const tab = new GroupsTab(page);
    await tab.open();
    await tab.createGroupButton.click();
    await expect(page).toHaveURL(/\/groups\/new$/);
    const flow = new NewGroupPage(page);
    await expect(flow.name).toBeFocused();
    await flow.fillDetails({
      name,
      description: 'Made through the flow.',
      members: [ada.name, bo.name],
      roles: [role.name],
    });
    await expectNoSeriousA11yViolations(page);
    await flow.nextButton.click();
    await expect(flow.reviewHeading).toBeFocused();
    await expect(flow.form).toContainText(`A new group named ${name}.`);
    await expect(flow.form).toContainText(`It will have 2 members: ${ada.name} and ${bo.name}.`);
    await expect(flow.form).toContainText(`It will hold 1 role: ${role.name}`);
    await expectNoSeriousA11yViolations(page);
    await flow.createGroupButton.click();

    const groupPage = new GroupPage(page);
    await expect(groupPage.heading).toHaveText(name);
    const id = /\/groups\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    seed.forget(id);
    const { group } = await api.request<{ group: Group }>('GET', `/v2/groups/${id}`);
    expect(group.display_name).toBe(name);
    expect(group.members.map((m) => m.id).sort()).toEqual([ada.id, bo.id].sort());
    const held = await api.request<GroupRoles>('GET', `/v2/groups/${id}/roles`);
    expect(held.roles.direct.map((r) => r.id)).toEqual([role.id]);
    await expect(groupPage.member(ada.name)).toBeVisible();
    await expect(groupPage.role(role.name)).toHaveAttribute('href', `/roles/${role.id}`);
    await expectNoSeriousA11yViolations(page);

    const renamed = `E2E renamed ${seed.tag}`;
    await groupPage.edit({ name: renamed, description: 'Renamed by the test.' });
    await expect(groupPage.heading).toHaveText(renamed);
    await expect(page.getByText('Renamed by the test.', { exact: true })).toBeVisible();
    await expect(groupPage.button('Edit group')).toBeFocused();
    await expect
      .poll(async () => (await api.request<{ group: Group }>('GET', `/v2/groups/${id}`)).group)
      .toMatchObject({ display_name: renamed, description: 'Renamed by the test.' });

    await groupPage.removeMember(ada.name, renamed);
    await expect(groupPage.member(ada.name)).toHaveCount(0);
    await expect(groupPage.member(bo.name)).toBeVisible();
    await expect
      .poll(async () =>
        (await api.request<{ group: Group }>('GET', `/v2/groups/${id}`)).group.members.map(
          (m) => m.id,
        ),
      )
      .toEqual([bo.id]);

    await groupPage.deleteGroup(renamed);
    await expect(page).toHaveURL(/\/organization\/groups$/);
    await expect(tab.table).toBeVisible();
    await expect(tab.groupLink(renamed)).toHaveCount(0);
    expect(await groupNamed(api, renamed)).toBeUndefined();
  } finally {
    await seed.cleanUp();
  }
});

test('when a role cannot be given, the new group is deleted again and the failed step named', async ({
  page,
  api,
}) => {
  const seed = new Seed(api);
  try {
    const member = await seed.user('Cy');
    const role = await seed.role('vanishing');
    const name = `E2E rollback ${seed.tag}`;
    const flow = new NewGroupPage(page);
    await flow.open();
    await flow.fillDetails({ name, members: [member.name], roles: [role.name] });
    await flow.nextButton.click();
    await expect(flow.createGroupButton).toBeVisible();
    // The role goes away between the review and the click: step 3 will fail.
    await api.request('DELETE', `/v2/roles/${role.id}`);
    await flow.createGroupButton.click();
    await expect(flow.failure).toContainText(`Step 3 of 3, giving it role ${role.name}, failed`);
    await expect(flow.failure).toContainText('The group was deleted again; nothing was changed.');
    await expect(page).toHaveURL(/\/groups\/new$/);
    expect(await groupNamed(api, name)).toBeUndefined();
  } finally {
    await seed.cleanUp();
  }
});

test('Next checks the first step; a taken name comes back onto Group Name', async ({
  page,
  api,
}) => {
  const seed = new Seed(api);
  const existing = await seed.group('taken');
  const twins = async () =>
    (await allGroups(api)).filter(
      (g) => g.id !== existing.id && g.display_name === existing.display_name.toUpperCase(),
    );
  try {
    const flow = new NewGroupPage(page);
    await flow.open();
    await flow.nextButton.click();
    await expect(flow.name).toHaveAccessibleDescription(
      'Group Name must be between 1 and 100 characters',
    );
    await expect(flow.reviewHeading).toHaveCount(0);

    await flow.name.fill(existing.display_name.toUpperCase());
    await expect(flow.name).toHaveAttribute('aria-invalid', 'false');
    await flow.name.press('Enter');
    await expect(flow.reviewHeading).toBeVisible();
    await flow.createGroupButton.click();
    await expect(flow.name).toHaveAttribute('aria-invalid', 'true');
    await expect(flow.name).toBeFocused();
    expect(await twins()).toEqual([]);
  } finally {
    // An upstream that allowed the twin gets it removed again.
    (await twins()).forEach((g) => seed.forget(g.id));
    await seed.cleanUp();
  }
});

test('the group page gives and takes roles, adds members, and shows the policies roles bring', async ({
  page,
  api,
}) => {
  const seed = new Seed(api);
  try {
    const { policies } = await api.request<{ policies: Named[] }>(
      'GET',
      '/v2/policies?per_page=500',
    );
    const policy = policies[0]!;
    const role = await seed.role('with policy', policy.id);
    const user = await seed.user('Dee');
    const group = await seed.group('page');

    const groupPage = new GroupPage(page);
    await groupPage.open(group.id);
    await expect(groupPage.heading).toHaveText(group.display_name);
    await expect(groupPage.members).toContainText('No members yet.');

    await groupPage.addRole(role.name);
    await expect(groupPage.role(role.name)).toBeVisible();
    await expect(
      groupPage.policyList('Policies from roles').getByRole('link', { name: policy.name }),
    ).toBeVisible();
    await expect
      .poll(async () =>
        (await api.request<GroupRoles>('GET', `/v2/groups/${group.id}/roles`)).roles.direct.map(
          (r) => r.id,
        ),
      )
      .toEqual([role.id]);

    await groupPage.addMember(user.name);
    await expect(groupPage.member(user.name)).toHaveAttribute('href', `/users/${user.id}`);
    await expect
      .poll(async () =>
        (await api.request<{ group: Group }>('GET', `/v2/groups/${group.id}`)).group.members.map(
          (m) => m.id,
        ),
      )
      .toEqual([user.id]);

    await groupPage.removeRole(role.name, group.display_name);
    await expect(groupPage.role(role.name)).toHaveCount(0);
    await expect(groupPage.roles).toContainText('The group holds no roles.');
    await expect
      .poll(
        async () =>
          (await api.request<GroupRoles>('GET', `/v2/groups/${group.id}/roles`)).roles.all.length,
      )
      .toBe(0);
  } finally {
    await seed.cleanUp();
  }
});

test('the Groups tab lists members and roles, searches in the URL, and has no a11y violations', async ({
  page,
  api,
}) => {
  const seed = new Seed(api);
  try {
    const role = await seed.role('listed');
    const user = await seed.user('Eve');
    const group = await seed.group('listed');
    await api.request('POST', `/v2/groups/${group.id}/members`, { user_id: user.id });
    await api.request('POST', `/v2/roles/${role.id}/groups/${group.id}`);

    const tab = new GroupsTab(page);
    await tab.open();
    for (const header of ['Name', 'Description', 'Members', 'Roles']) {
      await expect(tab.table.getByRole('columnheader', { name: header })).toBeVisible();
    }
    await tab.search.fill(seed.tag);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${seed.tag}`));
    const row = tab.groupRow(group.display_name);
    await expect(row.getByRole('cell')).toHaveText([
      group.display_name,
      group.description,
      '1',
      role.name,
    ]);
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    await expect(tab.search).toHaveValue(seed.tag);
    await tab.groupLink(group.display_name).click();
    await expect(page).toHaveURL(new RegExp(`/groups/${group.id}$`));
  } finally {
    await seed.cleanUp();
  }
});

test('an unknown group id says the group was not found', async ({ page }) => {
  await page.goto('/groups/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group not found');
});
