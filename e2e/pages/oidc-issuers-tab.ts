import type { Locator, Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The OIDC Issuers tab of Manage Organization: the issuers table and Register issuer. */
export class OidcIssuersTab {
  readonly table: Locator;
  readonly registerButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'OIDC Issuers' });
    this.registerButton = page.getByRole('button', { name: 'Register issuer' });
  }

  async open() {
    await this.page.goto('/organization/oidc-issuers');
  }

  issuerLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  issuerRow(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openRegisterDialog(): Promise<RegisterIssuerDialog> {
    await this.registerButton.click();
    const dialog = new RegisterIssuerDialog(this.page);
    await dialog.dialog.waitFor();
    return dialog;
  }
}

/** The Register issuer dialog, in its two modes. */
export class RegisterIssuerDialog {
  readonly dialog: Locator;
  readonly byDiscoveryTab: Locator;
  readonly byPublicKeyTab: Locator;
  readonly uri: Locator;
  readonly displayName: Locator;
  readonly keyText: Locator;
  readonly keyId: Locator;
  readonly registerButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Register issuer' });
    this.byDiscoveryTab = this.dialog.getByRole('tab', { name: 'By discovery URL' });
    this.byPublicKeyTab = this.dialog.getByRole('tab', { name: 'By public key' });
    this.uri = this.dialog.getByRole('textbox', { name: 'Issuer URI' });
    this.displayName = this.dialog.getByRole('textbox', { name: 'Display name' });
    this.keyText = this.dialog.getByRole('textbox', { name: 'JWK or JWKS (JSON)' });
    this.keyId = this.dialog.getByRole('combobox', { name: 'Key ID' });
    this.registerButton = this.dialog.getByRole('button', { name: 'Register', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  async fillByDiscovery(values: { uri: string; displayName?: string }) {
    await this.byDiscoveryTab.click();
    await this.uri.fill(values.uri);
    if (values.displayName !== undefined) await this.displayName.fill(values.displayName);
  }

  /** `key` is the text pasted into "JWK or JWKS (JSON)". */
  async fillByPublicKey(values: { uri: string; displayName?: string; key: string }) {
    await this.byPublicKeyTab.click();
    await this.uri.fill(values.uri);
    if (values.displayName !== undefined) await this.displayName.fill(values.displayName);
    await this.keyText.fill(values.key);
  }

  /** Picks a key of a pasted JWKS by its kid. */
  async chooseKeyId(kid: string) {
    await this.keyId.click();
    await this.page.getByRole('option', { name: new RegExp(`^${escape(kid)}\\b`) }).click();
  }

  async submit() {
    await this.registerButton.click();
  }
}

/** An issuer's page (/oidc-issuers/<id>). */
export class IssuerPage {
  readonly heading: Locator;
  readonly keys: Locator;
  readonly trusts: Locator;
  readonly deleteButton: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.keys = page.getByRole('region', { name: 'Keys' });
    this.trusts = page.getByRole('region', { name: 'Role trusts that name it' });
    this.deleteButton = page.getByRole('button', { name: 'Delete issuer' });
    this.notice = page.getByRole('alert');
  }

  async open(issuerId: string) {
    await this.page.goto(`/oidc-issuers/${issuerId}`);
  }

  /** The value of one of the issuer's facts, e.g. "Key ID" (each value is labelled by its term). */
  fact(term: string): Locator {
    return this.page.getByRole('main').getByLabel(term, { exact: true });
  }

  trustLink(roleName: string): Locator {
    return this.trusts.getByRole('link', { name: roleName, exact: true });
  }

  async backToList() {
    await this.page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'OIDC Issuers' })
      .click();
  }

  async deleteIssuer(name: string) {
    await this.deleteButton.click();
    await this.page
      .getByRole('dialog', { name: `Delete issuer ${name}?` })
      .getByRole('button', { name: 'Delete issuer' })
      .click();
  }
}
