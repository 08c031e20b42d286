import type { Locator, Page } from '@playwright/test';

export interface AssignableRoleValues {
  name: string;
  description?: string;
  /** As the select shows it, e.g. "2 hours". */
  maxSession?: string;
  policies?: string[];
}

/** The + menu's Assignable Role dialog. */
export class AssignableRoleDialog {
  readonly dialog: Locator;
  readonly name: Locator;
  readonly description: Locator;
  readonly maxSession: Locator;
  readonly policies: Locator;
  readonly addRoleButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Assignable Role' });
    this.name = this.dialog.getByRole('textbox', { name: 'Name', exact: true });
    this.description = this.dialog.getByRole('textbox', { name: 'Description' });
    this.maxSession = this.dialog.getByRole('combobox', { name: 'Maximum session duration' });
    this.policies = this.dialog.getByRole('combobox', { name: 'Permission Policies' });
    this.addRoleButton = this.dialog.getByRole('button', { name: 'Add Role' });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  /** A chip of a selected policy. */
  selectedPolicy(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** An entry of the open policy list: the policy's name over its description. */
  policyOption(name: string): Locator {
    return this.page
      .getByRole('option')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async choosePolicy(name: string) {
    await this.policies.fill(name);
    await this.policyOption(name).click();
  }

  async chooseMaxSession(label: string) {
    await this.maxSession.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async fill(values: AssignableRoleValues) {
    await this.name.fill(values.name);
    if (values.description !== undefined) await this.description.fill(values.description);
    if (values.maxSession !== undefined) await this.chooseMaxSession(values.maxSession);
    for (const policy of values.policies ?? []) await this.choosePolicy(policy);
  }

  async submit() {
    await this.addRoleButton.click();
  }
}
