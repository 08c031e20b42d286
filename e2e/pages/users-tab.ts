import type { Locator, Page } from '@playwright/test';

export interface NewUserValues {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  apiEnabled?: boolean;
  serviceUser?: boolean;
}

/** The Add User dialog: the form, then the one-time view of the new user's API key. */
export class AddUserDialog {
  readonly form: Locator;
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly apiEnabled: Locator;
  readonly serviceUser: Locator;
  readonly addUserButton: Locator;
  /** The same dialog once the user exists, named "User <name> added". */
  readonly keyView: Locator;
  readonly apiKey: Locator;
  readonly copyApiKeyButton: Locator;
  readonly doneButton: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('dialog', { name: 'Add User' });
    this.firstName = this.form.getByRole('textbox', { name: 'First name', exact: true });
    this.lastName = this.form.getByRole('textbox', { name: 'Last name', exact: true });
    this.email = this.form.getByRole('textbox', { name: 'Email', exact: true });
    this.password = this.form.getByLabel('Password');
    this.apiEnabled = this.form.getByRole('switch', { name: 'API enabled' });
    this.serviceUser = this.form.getByRole('switch', { name: 'Service user' });
    this.addUserButton = this.form.getByRole('button', { name: 'Add User' });
    this.keyView = page.getByRole('dialog', { name: /^User .+ added$/ });
    this.apiKey = this.keyView.getByRole('textbox', { name: 'API key', exact: true });
    this.copyApiKeyButton = this.keyView.getByRole('button', { name: 'Copy API key' });
    this.doneButton = this.keyView.getByRole('button', { name: 'Done' });
  }

  async fill(values: NewUserValues) {
    await this.firstName.fill(values.firstName);
    await this.lastName.fill(values.lastName);
    await this.email.fill(values.email);
    await this.password.fill(values.password);
    if (values.apiEnabled !== undefined) await this.apiEnabled.setChecked(values.apiEnabled);
    if (values.serviceUser !== undefined) await this.serviceUser.setChecked(values.serviceUser);
  }

  async submit() {
    await this.addUserButton.click();
  }
}

/** The Users tab of Manage Organization: search, table, pagination, Add User. */
export class UsersTab {
  readonly search: Locator;
  readonly table: Locator;
  /** "N users", or "N of M users" while a search narrows the list. */
  readonly count: Locator;
  readonly addUserButton: Locator;
  readonly addUser: AddUserDialog;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search users' });
    this.table = page.getByRole('table', { name: 'Users' });
    this.count = page.getByText(/^[\d,]+ (of [\d,]+ )?users?$/);
    this.addUserButton = page.getByRole('button', { name: 'Add User' });
    this.addUser = new AddUserDialog(page);
  }

  async open(query = '') {
    await this.page.goto(`/organization/users${query}`);
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }

  async showRowsPerPage(size: 10 | 25 | 50 | 100) {
    await this.page.getByRole('combobox', { name: /Rows per page/ }).click();
    await this.page.getByRole('option', { name: String(size), exact: true }).click();
  }

  async goToNextPage() {
    await this.page.getByRole('button', { name: 'Go to next page' }).click();
  }

  /** The table's data rows (the header row left out). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link') });
  }

  userLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  userRow(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openAddUser() {
    await this.addUserButton.click();
  }
}
