import type { Locator, Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A role's page (/roles/<id>), as a user sees and works it. */
export class RolePage {
  readonly heading: Locator;
  readonly policies: Locator;
  readonly entities: Locator;
  readonly sessions: Locator;
  readonly trustToggle: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.policies = page.getByRole('region', { name: 'Permission Policies' });
    this.entities = page.getByRole('region', { name: 'Attached Entities' });
    this.sessions = page.getByRole('region', { name: 'Active Sessions' });
    this.trustToggle = page.getByRole('button', { name: /^Role Trust/ });
    this.notice = page.getByRole('alert');
  }

  /** `trust` opens the page the way the wizard links to a new trust: `#trust` or `?trust=open`. */
  async open(roleId: string, options: { trust?: '#trust' | '?trust=open' } = {}) {
    await this.page.goto(`/roles/${roleId}${options.trust ?? ''}`);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async expandTrust() {
    if ((await this.trustToggle.getAttribute('aria-expanded')) !== 'true') {
      await this.trustToggle.click();
    }
  }

  /** The card of the trust naming this user, group or OIDC issuer. */
  trustCard(entityName: string): Locator {
    return this.page.getByRole('article', { name: entityName, exact: true });
  }

  async editRole(values: { name?: string; description?: string }) {
    await this.button('Edit role').click();
    const form = this.page.getByRole('form', { name: 'Edit role' });
    if (values.name !== undefined) await form.getByLabel('Name').fill(values.name);
    if (values.description !== undefined) {
      await form.getByLabel('Description').fill(values.description);
    }
    await form.getByRole('button', { name: 'Save' }).click();
    return form;
  }

  async attachPolicy(policyName: string) {
    await this.button('Attach policy').click();
    const dialog = this.dialog('Attach policy');
    await dialog.getByLabel('Permission policy').fill(policyName);
    await this.page.getByRole('option', { name: new RegExp(`^${escape(policyName)}\\b`) }).click();
    await dialog.getByRole('button', { name: 'Attach' }).click();
  }

  policyItem(policyName: string): Locator {
    return this.policies
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Detach ${policyName}` }) });
  }

  async detachPolicy(policyName: string) {
    await this.button(`Detach ${policyName}`).click();
    await this.dialog(`Detach policy ${policyName}?`)
      .getByRole('button', { name: 'Detach' })
      .click();
  }

  async attachEntity(kind: 'User' | 'Group', name: string) {
    await this.button('Attach entity').click();
    const dialog = this.dialog('Attach entity');
    await dialog.getByRole('button', { name: kind, exact: true }).click();
    await dialog.getByLabel(kind).fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
    await dialog.getByRole('button', { name: 'Attach' }).click();
  }

  async removeEntity(name: string) {
    await this.button(`Remove ${name}`).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  }

  async deleteTrust(entityName: string) {
    await this.button(`Delete trust for ${entityName}`).click();
    await this.dialog('Delete this trust?').getByRole('button', { name: 'Delete trust' }).click();
  }

  async deleteRole(roleName: string) {
    await this.button('Delete role').click();
    await this.dialog(`Delete role ${roleName}?`)
      .getByRole('button', { name: 'Delete role' })
      .click();
  }

  async undo() {
    await this.notice.getByRole('button', { name: 'Undo' }).click();
  }

  sessionRow(sessionName: string): Locator {
    return this.sessions.getByRole('row').filter({ hasText: sessionName });
  }

  async terminateSession(sessionName: string) {
    await this.button(`Terminate ${sessionName}`).click();
    await this.dialog(`Terminate session ${sessionName}?`)
      .getByRole('button', { name: 'Terminate' })
      .click();
  }
}
