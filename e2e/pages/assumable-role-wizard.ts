import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type EntityKind = 'User' | 'Group' | 'OIDC Issuer';
export type ScheduleModeLabel =
  | 'Always assumable'
  | 'Assumable at specific times of the day'
  | 'Assumable on specific days of the week'
  | 'Assumable on specific days of the week, at specific times of the day';
export type TrustTypeName = 'TemporaryAssumption' | 'IAMAssumption' | 'FederatedAssumption';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Day = (typeof DAYS)[number];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Assumable Role wizard (/roles/new/assumable) and its steps, as a user works them. The
 * Trusted Entity, Schedule and IP steps also make up the trust editor of the role page: pass the
 * dialog as `scope` to work those there.
 */
export class AssumableRoleWizard {
  readonly stepHeading: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly addRoleButton: Locator;
  readonly cancelButton: Locator;
  readonly name: Locator;
  readonly description: Locator;
  readonly maxSession: Locator;
  readonly validUntil: Locator;
  readonly ipInput: Locator;
  readonly allowedIps: Locator;
  readonly policies: Locator;
  readonly failure: Locator;

  constructor(
    readonly page: Page,
    readonly scope: Locator = page.getByRole('main'),
  ) {
    this.stepHeading = scope.getByRole('heading', { level: 2 });
    this.nextButton = scope.getByRole('button', { name: 'Next', exact: true });
    this.backButton = scope.getByRole('button', { name: 'Back', exact: true });
    this.addRoleButton = scope.getByRole('button', { name: 'Add Role', exact: true });
    this.cancelButton = scope.getByRole('link', { name: 'Cancel', exact: true });
    this.name = scope.getByRole('textbox', { name: 'Name', exact: true });
    this.description = scope.getByRole('textbox', { name: 'Description' });
    this.maxSession = scope.getByRole('combobox', { name: 'Maximum session duration' });
    this.validUntil = scope.getByLabel('Valid until', { exact: true });
    this.ipInput = scope.getByRole('textbox', { name: 'IP address or CIDR range' });
    this.allowedIps = scope.getByRole('list', { name: 'Allowed IP addresses' });
    this.policies = scope.getByRole('combobox', { name: 'Permission Policies' });
    this.failure = scope.getByRole('alert').filter({ hasText: /failed|left behind/ });
  }

  async open() {
    await this.page.goto('/roles/new/assumable');
  }

  /**
   * Clicks Next and waits until the click is handled: the wizard is busy from a Next until the
   * next step is on screen (or the step's check has failed), and a click meanwhile counts once.
   */
  async next() {
    await this.nextButton.click();
    await expect(this.scope.locator('form[aria-busy="true"]')).toHaveCount(0);
  }

  async fillRole(values: { name: string; description?: string; maxSession?: string }) {
    await this.name.fill(values.name);
    if (values.description !== undefined) await this.description.fill(values.description);
    if (values.maxSession !== undefined) {
      await this.maxSession.click();
      await this.page.getByRole('option', { name: values.maxSession, exact: true }).click();
    }
  }

  entityPicker(kind: EntityKind): Locator {
    return this.scope.getByRole('combobox', { name: kind, exact: true });
  }

  /** Picks the entity type, then the entity whose option starts with `name`. */
  async chooseEntity(kind: EntityKind, name: string) {
    await this.scope.getByRole('radio', { name: kind, exact: true }).check();
    await this.entityPicker(kind).fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${escape(name)}`) }).click();
  }

  async chooseTrustType(type: TrustTypeName) {
    await this.scope.getByRole('radio', { name: type, exact: true }).check();
  }

  async chooseZone(label: 'Timezone' | 'Valid until time zone', zone: string) {
    const box = this.scope.getByRole('combobox', { name: label, exact: true });
    // A click opens the list even when the zone is already the chosen one.
    await box.click();
    await box.fill(zone);
    await this.page.getByRole('option', { name: new RegExp(`^${escape(zone)}`) }).click();
  }

  /** `local` as a datetime-local input takes it: 2026-12-31T23:59. */
  async setValidUntil(local: string, zone?: string) {
    if (zone) await this.chooseZone('Valid until time zone', zone);
    await this.validUntil.fill(local);
  }

  async quickExpiry(label: 'In 1 day' | 'In 7 days' | 'In 30 days' | 'End of next month') {
    await this.scope.getByRole('button', { name: label, exact: true }).click();
  }

  async chooseSchedule(
    mode: ScheduleModeLabel,
    options: { start?: string; end?: string; zone?: string; days?: readonly Day[] } = {},
  ) {
    await this.scope.getByRole('radio', { name: mode, exact: true }).check();
    for (const [label, value] of [
      ['Start time', options.start],
      ['End time', options.end],
    ] as const) {
      if (value === undefined) continue;
      const box = this.scope.getByRole('combobox', { name: label, exact: true });
      const option = this.page.getByRole('option', { name: value, exact: true });
      // The hour menus appear with the mode just chosen; on a loaded machine the first click can
      // land before the menu is ready to open, so open it again until the option shows.
      await expect(async () => {
        if (!(await option.isVisible())) await box.click({ timeout: 2_000 });
        await option.click({ timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
    }
    if (options.zone) await this.chooseZone('Timezone', options.zone);
    if (options.days) await this.setDays(options.days);
  }

  dayToggle(day: Day): Locator {
    return this.scope.getByRole('button', { name: day, exact: true });
  }

  /** Presses or releases each day toggle so exactly `days` are on. */
  async setDays(days: readonly Day[]) {
    for (const day of DAYS) {
      const toggle = this.dayToggle(day);
      const on = (await toggle.getAttribute('aria-pressed')) === 'true';
      if (on !== days.includes(day)) await toggle.click();
    }
  }

  /** Types an entry and presses Enter. */
  async addIp(entry: string) {
    await this.ipInput.fill(entry);
    await this.ipInput.press('Enter');
  }

  ipChip(entry: string): Locator {
    return this.allowedIps.getByRole('button', { name: entry, exact: true });
  }

  /** Focuses the entry's chip and presses Delete. */
  async removeIp(entry: string) {
    await this.ipChip(entry).press('Delete');
  }

  async choosePolicies(names: readonly string[]) {
    for (const name of names) {
      await this.policies.fill(name);
      await this.page
        .getByRole('option')
        .filter({ has: this.page.getByText(name, { exact: true }) })
        .click();
    }
    await this.policies.press('Escape');
  }

  /** Clicks a step of the stepper by its label. */
  async goToStep(label: string) {
    await this.scope
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('tab', { name: label })
      .click();
  }
}
