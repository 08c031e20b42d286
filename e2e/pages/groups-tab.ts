import type { Locator, Page } from '@playwright/test';

/** The Groups tab of Manage Organization: search, table (with members and roles), Create group. */
export class GroupsTab {
  readonly search: Locator;
  readonly table: Locator;
  readonly createGroupButton: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search groups' });
    this.table = page.getByRole('table', { name: 'Groups' });
    this.createGroupButton = page.getByRole('link', { name: 'Create group' });
  }

  async open(query = '') {
    await this.page.goto(`/organization/groups${query}`);
  }

  groupLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  groupRow(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
