import type { Locator, Page } from '@playwright/test';

/** The top bar's identity indicator, its menu and the "Use my API key" dialog. */
export class TopBar {
  /** "Embedded · <name>" or "Live · <host> · <name>", "(your key)" with the user's own key. */
  readonly identity: Locator;
  readonly identityMenu: Locator;
  readonly apiKeyDialog: Locator;
  readonly apiKeyField: Locator;

  constructor(readonly page: Page) {
    this.identity = page.getByRole('banner').getByRole('button', { name: /^(Embedded|Live) · / });
    this.identityMenu = page.getByRole('menu');
    this.apiKeyDialog = page.getByRole('dialog', { name: 'Use my API key' });
    this.apiKeyField = this.apiKeyDialog.getByLabel('Vultr API key');
  }

  async openIdentityMenu() {
    await this.identity.click();
  }

  async openApiKeyDialog() {
    await this.openIdentityMenu();
    await this.identityMenu.getByRole('menuitem', { name: 'Use my API key' }).click();
  }

  async useMyApiKey(key: string) {
    await this.openApiKeyDialog();
    await this.apiKeyField.fill(key);
    await this.apiKeyDialog.getByRole('button', { name: 'Use key' }).click();
  }

  async forgetMyKey() {
    await this.openIdentityMenu();
    await this.identityMenu.getByRole('menuitem', { name: 'Forget my key' }).click();
  }
}
