import type { Locator, Page } from '@playwright/test';
import { AssumableRoleWizard } from './assumable-role-wizard';

export type TrustTab = 'Trusted Entity' | 'Schedule' | 'IP Access Restrictions';

/**
 * The role page's trust dialogs — Role Trust → Add trust and a card's Edit — as a user works
 * them: the wizard's trust steps as tabs, the linter's findings below, and one submit button.
 */
export class TrustDialog {
  readonly dialog: Locator;
  /** The steps inside the dialog, worked as in the wizard. */
  readonly steps: AssumableRoleWizard;
  readonly submitButton: Locator;
  readonly cancelButton: Locator;
  readonly findings: Locator;
  readonly failure: Locator;
  /** The question Escape asks when the form holds unsaved input. */
  readonly discard: Locator;

  constructor(
    readonly page: Page,
    name: string | RegExp,
    submitLabel: 'Save' | 'Add trust',
  ) {
    this.dialog = page.getByRole('dialog', { name });
    this.steps = new AssumableRoleWizard(page, this.dialog);
    this.submitButton = this.dialog.getByRole('button', { name: submitLabel, exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel', exact: true });
    this.findings = this.dialog.getByRole('list', { name: 'Trust findings' });
    this.failure = this.dialog.getByRole('alert').filter({ hasText: /^(Fix or remove|Could not)/ });
    this.discard = page.getByRole('dialog', { name: 'Discard changes?' });
  }

  /** Role Trust → Add trust on the role page that is open (its Role Trust section expanded). */
  static async openAdd(page: Page, roleName: string): Promise<TrustDialog> {
    await page.getByRole('button', { name: 'Add trust', exact: true }).click();
    return new TrustDialog(page, `Add trust to ${roleName}`, 'Add trust');
  }

  /** A trust card's Edit, by the name of the entity the trust names. */
  static async openEdit(page: Page, entityName: string): Promise<TrustDialog> {
    await page
      .getByRole('article', { name: entityName, exact: true })
      .getByRole('button', { name: `Edit trust for ${entityName}` })
      .click();
    return new TrustDialog(page, `Edit trust for ${entityName}`, 'Save');
  }

  async tab(name: TrustTab) {
    await this.dialog.getByRole('tab', { name }).click();
  }

  async submit() {
    await this.submitButton.click();
  }
}
