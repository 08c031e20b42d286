import type { Locator, Page } from '@playwright/test';

/** A policy's page (/policies/<id>), as a user sees and works it. */
export class PolicyPage {
  readonly heading: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;
  readonly readOnlyNote: Locator;
  readonly documentJson: Locator;
  readonly users: Locator;
  readonly groups: Locator;
  readonly roles: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.editButton = page.getByRole('button', { name: 'Edit policy' });
    this.deleteButton = page.getByRole('button', { name: 'Delete policy' });
    this.readOnlyNote = page.getByText('System policies are read-only');
    this.documentJson = page.getByRole('group', { name: 'Policy document JSON' });
    this.users = page.getByRole('region', { name: 'Users' });
    this.groups = page.getByRole('region', { name: 'Groups' });
    this.roles = page.getByRole('region', { name: 'Roles' });
    this.notice = page.getByRole('alert');
  }

  async open(policyId: string) {
    await this.page.goto(`/policies/${policyId}`);
  }

  async attach(kind: 'User' | 'Group', name: string) {
    await this.page.getByRole('button', { name: `Attach ${kind.toLowerCase()}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Attach ${kind.toLowerCase()}` });
    await dialog.getByRole('combobox', { name: kind }).fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
    await dialog.getByRole('button', { name: 'Attach' }).click();
  }

  async detach(name: string) {
    await this.page.getByRole('button', { name: `Detach ${name}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Detach' }).click();
  }

  async deletePolicy(name: string) {
    await this.deleteButton.click();
    await this.page
      .getByRole('dialog', { name: `Delete policy ${name}?` })
      .getByRole('button', { name: 'Delete policy' })
      .click();
  }

  async undo() {
    await this.notice.getByRole('button', { name: 'Undo' }).click();
  }
}
