import type { Locator, Page } from '@playwright/test';

/** A user's page (/users/<id>): details, groups, roles, policies, Delete user. */
export class UserPage {
  readonly heading: Locator;
  readonly groups: Locator;
  readonly roles: Locator;
  readonly policies: Locator;
  readonly deleteButton: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.groups = page.getByRole('region', { name: 'Groups' });
    this.roles = page.getByRole('region', { name: 'Roles' });
    this.policies = page.getByRole('region', { name: 'Policies' });
    this.deleteButton = page.getByRole('button', { name: 'Delete user' });
    this.notice = page.getByRole('alert');
  }

  async open(userId: string) {
    await this.page.goto(`/users/${userId}`);
  }

  /** "Direct roles", "Inherited roles", "Direct policies", "Inherited policies". */
  list(name: string): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }

  link(list: string, name: string): Locator {
    return this.list(list).getByRole('link', { name, exact: true });
  }

  deleteDialog(userName: string): Locator {
    return this.page.getByRole('dialog', { name: `Delete user ${userName}?` });
  }

  async deleteUser(userName: string) {
    await this.deleteButton.click();
    await this.deleteDialog(userName).getByRole('button', { name: 'Delete user' }).click();
  }
}
