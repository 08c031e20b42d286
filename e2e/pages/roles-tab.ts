import type { Locator, Page } from '@playwright/test';

/** The Roles tab of Manage Organization: search, type filter, table, pagination, the + menu. */
export class RolesTab {
  readonly search: Locator;
  readonly typeFilter: Locator;
  readonly table: Locator;
  /** "N roles", or "N of M roles" while a search or the type filter narrows the list. */
  readonly count: Locator;
  /** TablePagination's "1–25 of 30". */
  readonly shownRange: Locator;
  readonly addRoleButton: Locator;
  readonly addRoleMenu: Locator;
  readonly noMatches: Locator;
  readonly clearFiltersButton: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search roles' });
    this.typeFilter = page.getByRole('combobox', { name: 'Type' });
    this.table = page.getByRole('table', { name: 'Roles' });
    this.count = page.getByText(/^[\d,]+ (of [\d,]+ )?roles?( so far, loading…)?$/);
    this.shownRange = page.getByText(/^\d+–\d+ of \d+$/);
    this.addRoleButton = page.getByRole('button', { name: 'Add role' });
    this.addRoleMenu = page.getByRole('menu');
    this.noMatches = page.getByText('No roles match the search and type filter.');
    this.clearFiltersButton = page.getByRole('button', { name: 'Clear filters' });
  }

  async open(query = '') {
    await this.page.goto(`/organization/roles${query}`);
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }

  async filterByType(label: 'All' | 'Assignable' | 'Assumable') {
    await this.typeFilter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
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

  roleLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  roleRow(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openAddRoleMenu() {
    await this.addRoleButton.click();
  }

  async chooseFromAddRoleMenu(item: 'Assignable Role' | 'Assumable Role') {
    await this.openAddRoleMenu();
    await this.addRoleMenu.getByRole('menuitem', { name: item, exact: true }).click();
  }
}
