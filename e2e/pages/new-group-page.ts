import type { Locator, Page } from '@playwright/test';

/** /groups/new: Details (name, description, members, roles), then Review and Create Group. */
export class NewGroupPage {
  readonly form: Locator;
  readonly name: Locator;
  readonly description: Locator;
  readonly members: Locator;
  readonly roles: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly createGroupButton: Locator;
  readonly reviewHeading: Locator;
  readonly failure: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Create group' });
    this.name = this.form.getByRole('textbox', { name: 'Group Name' });
    this.description = this.form.getByRole('textbox', { name: 'Group Description' });
    this.members = this.form.getByRole('combobox', { name: 'Members' });
    this.roles = this.form.getByRole('combobox', { name: 'Roles' });
    this.nextButton = this.form.getByRole('button', { name: 'Next' });
    this.backButton = this.form.getByRole('button', { name: 'Back' });
    this.createGroupButton = this.form.getByRole('button', { name: 'Create Group' });
    this.reviewHeading = this.form.getByRole('heading', { name: 'Review' });
    this.failure = this.form.getByRole('alert');
  }

  async open() {
    await this.page.goto('/groups/new');
  }

  /** Picks an entry of a members or roles list by its name (shown over its email or description). */
  private async choose(field: Locator, name: string) {
    await field.fill(name);
    await this.page
      .getByRole('option')
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .click();
  }

  async chooseMember(name: string) {
    await this.choose(this.members, name);
  }

  async chooseRole(name: string) {
    await this.choose(this.roles, name);
  }

  async fillDetails(values: {
    name: string;
    description?: string;
    members?: string[];
    roles?: string[];
  }) {
    await this.name.fill(values.name);
    if (values.description !== undefined) await this.description.fill(values.description);
    for (const m of values.members ?? []) await this.chooseMember(m);
    for (const r of values.roles ?? []) await this.chooseRole(r);
  }
}
