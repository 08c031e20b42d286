import type { Locator, Page } from '@playwright/test';

/** A group's page (/groups/<id>): edit, members, roles, policies, Delete group. */
export class GroupPage {
  readonly heading: Locator;
  readonly members: Locator;
  readonly roles: Locator;
  readonly policies: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.members = page.getByRole('region', { name: 'Members' });
    this.roles = page.getByRole('region', { name: 'Roles' });
    this.policies = page.getByRole('region', { name: 'Policies' });
  }

  async open(groupId: string) {
    await this.page.goto(`/groups/${groupId}`);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async edit(values: { name?: string; description?: string }) {
    await this.button('Edit group').click();
    const form = this.page.getByRole('form', { name: 'Edit group' });
    if (values.name !== undefined) await form.getByLabel('Group Name').fill(values.name);
    if (values.description !== undefined) {
      await form.getByLabel('Group Description').fill(values.description);
    }
    await form.getByRole('button', { name: 'Save' }).click();
  }

  member(name: string): Locator {
    return this.members.getByRole('link', { name, exact: true });
  }

  role(name: string): Locator {
    return this.roles.getByRole('link', { name, exact: true });
  }

  /** "Direct policies", "Policies from roles". */
  policyList(name: 'Direct policies' | 'Policies from roles'): Locator {
    return this.policies.getByRole('list', { name, exact: true });
  }

  private async pick(dialogName: string, label: string, name: string) {
    const dialog = this.dialog(dialogName);
    await dialog.getByLabel(label, { exact: true }).fill(name);
    await this.page
      .getByRole('option')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .click();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async addMember(name: string) {
    await this.button('Add member').click();
    await this.pick('Add member', 'User', name);
  }

  async removeMember(userName: string, groupName: string) {
    await this.button(`Remove ${userName}`).click();
    await this.dialog(`Remove ${userName} from ${groupName}?`)
      .getByRole('button', { name: 'Remove' })
      .click();
  }

  async addRole(name: string) {
    await this.button('Add role').click();
    await this.pick('Add role', 'Role', name);
  }

  async removeRole(roleName: string, groupName: string) {
    await this.button(`Remove role ${roleName}`).click();
    await this.dialog(`Remove role ${roleName} from ${groupName}?`)
      .getByRole('button', { name: 'Remove' })
      .click();
  }

  async deleteGroup(groupName: string) {
    await this.button('Delete group').click();
    await this.dialog(`Delete group ${groupName}?`)
      .getByRole('button', { name: 'Delete group' })
      .click();
  }
}
