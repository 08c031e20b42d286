import type { Locator, Page } from '@playwright/test';

/** Manage Organization and its tabs, as a user sees them. */
export class OrganizationPage {
  readonly rolesTable: Locator;

  constructor(readonly page: Page) {
    this.rolesTable = page.getByRole('table', { name: 'Roles' });
  }

  async open() {
    await this.page.goto('/');
  }

  async openManageOrganization(orgName: string) {
    await this.page.getByRole('button', { name: orgName }).click();
    await this.page.getByRole('menuitem', { name: 'Manage Organization' }).click();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async openTab(name: string) {
    await this.tab(name).click();
  }

  roleLink(name: string): Locator {
    return this.rolesTable.getByRole('link', { name, exact: true });
  }

  roleRow(name: string): Locator {
    return this.rolesTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
