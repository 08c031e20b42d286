import type { Locator, Page } from '@playwright/test';

/** Manage Organization → Permission Policies: search, type filter, table, pagination, the + button. */
export class PoliciesTab {
  readonly search: Locator;
  readonly typeFilter: Locator;
  readonly table: Locator;
  /** "N policies", or "N of M policies" while a search or the type filter narrows the list. */
  readonly count: Locator;
  readonly addPolicyButton: Locator;
  readonly noMatches: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search policies' });
    this.typeFilter = page.getByRole('combobox', { name: 'Type' });
    this.table = page.getByRole('table', { name: 'Permission Policies' });
    this.count = page.getByText(/^[\d,]+ (of [\d,]+ )?polic(y|ies)$/);
    this.addPolicyButton = page.getByRole('button', { name: 'Add policy' });
    this.noMatches = page.getByText('No policies match the search and type filter.');
  }

  async open(query = '') {
    await this.page.goto(`/organization/policies${query}`);
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }

  async filterByType(label: 'All' | 'System' | 'Custom') {
    await this.typeFilter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** The table's data rows (the header row left out). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link') });
  }

  policyLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  policyRow(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
