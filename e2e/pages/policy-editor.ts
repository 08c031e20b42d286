import type { Locator, Page } from '@playwright/test';

export type EffectLabel = 'None' | 'Allow' | 'Deny';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The policy editor (/policies/new, or a policy page's Edit): Name, Description, builder, JSON. */
export class PolicyEditor {
  readonly form: Locator;
  readonly name: Locator;
  readonly description: Locator;
  readonly json: Locator;
  /** Shown over the builder while the JSON cannot be read into it. */
  readonly builderLocked: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: /^(New policy|Edit policy)/ });
    this.name = this.form.getByRole('textbox', { name: 'Name' });
    this.description = this.form.getByRole('textbox', { name: 'Description' });
    this.json = this.form.getByRole('textbox', { name: 'Policy document (JSON)' });
    this.builderLocked = this.form.getByText(/The visual editor shows the last valid document/);
  }

  async openNew() {
    await this.page.goto('/policies/new');
  }

  /** A service category's expandable section, e.g. "Compute". */
  category(label: string): Locator {
    return this.form.getByRole('button', { name: new RegExp(`^${escape(label)}\\b`) });
  }

  async expandCategory(label: string) {
    const toggle = this.category(label);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** The none / Allow / Deny choice of one action or wildcard, e.g. `compute.instance.Create`. */
  choice(pattern: string): Locator {
    return this.form.getByRole('radiogroup', { name: pattern, exact: true });
  }

  option(pattern: string, effect: EffectLabel): Locator {
    return this.choice(pattern).getByRole('radio', { name: effect, exact: true });
  }

  async choose(pattern: string, effect: EffectLabel) {
    await this.option(pattern, effect).check();
  }

  /** The row around a choice, where "Allowed by all of compute" shows. */
  row(pattern: string): Locator {
    return this.choice(pattern).locator('..');
  }

  async selectAll(categoryLabel: string) {
    await this.expandCategory(categoryLabel);
    const region = this.form.getByRole('region', {
      name: new RegExp(`^${escape(categoryLabel)}\\b`),
    });
    await region.getByRole('button', { name: 'Select all' }).click();
  }

  async showJson() {
    // Narrow screens show the two views as tabs; wide ones side by side.
    const tab = this.form.getByRole('tab', { name: 'JSON' });
    if (await tab.isVisible()) await tab.click();
  }

  async showBuilder() {
    const tab = this.form.getByRole('tab', { name: 'Visual editor' });
    if (await tab.isVisible()) await tab.click();
  }

  async setJson(text: string) {
    await this.showJson();
    await this.json.fill(text);
  }

  async save() {
    await this.form.getByRole('button', { name: /^(Add Policy|Save)$/ }).click();
  }
}
