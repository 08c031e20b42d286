import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import type { RoleTrust as Trust } from '../src/shared/schemas/role-trust';
import type { ApiClient } from './fixtures';
import {
  BROWSER_ONLY,
  contractMinimal,
  expect,
  expectNoSeriousA11yViolations,
  suffix,
  test,
} from './fixtures';
import { AssumableRoleWizard } from './pages/assumable-role-wizard';
import { RolePage } from './pages/role-page';
import { TrustDialog } from './pages/trust-dialog';

test.describe.configure({ mode: 'parallel' });

/** Where `E2E_SCREENSHOTS=<dir>` asks the pictures for the docs to go (docs/screenshots). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

const seed = {
  user: (api: ApiClient, tag: string) =>
    api.request<{ id: string; name: string }>('POST', '/v2/users', {
      name: `Checks User ${tag}`,
      email: `checks-user-${tag}@example.com`,
      password: `pw-${randomBytes(8).toString('hex')}`,
      api_enabled: false,
    }),
  issuer: async (api: ApiClient, tag: string) => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const uri = `https://checks-${tag}.example.test`;
    const i = await api.request<{ id: string }>('POST', '/v2/oidc/issuer', {
      issuer: {
        source: 'external',
        uri,
        display_name: `GitHub Actions ${tag}`,
        ...publicKey.export({ format: 'jwk' }),
        kid: `checks-${tag}`,
        alg: 'RS256',
        use: 'sig',
      },
    });
    // Vultr keeps no issuer name: the console then names it by its URI.
    return { id: i.id, name: contractMinimal ? uri : `GitHub Actions ${tag}` };
  },
};

async function trustsOf(api: ApiClient, roleId: string) {
  return (await api.request<{ role_trusts: Trust[] }>('GET', `/v2/role-trusts/by-role/${roleId}`))
    .role_trusts;
}

/** Presses Tab until `target` has the focus (keyboard only). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const style = (target: Locator, property: string) =>
  target.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('the Review shows the trust linter: any token of an OIDC issuer, naming it, and 0.0.0.0/0 on the IP step', async ({
  page,
  api,
}) => {
  test.slow();
  const tag = suffix();
  const issuer = await seed.issuer(api, tag);
  const name = `Checks OIDC ${tag}`;
  const wizard = new AssumableRoleWizard(page);
  await wizard.open();
  await wizard.fillRole({ name });
  await wizard.next();
  await wizard.chooseEntity('OIDC Issuer', issuer.name);
  for (let i = 0; i < 4; i++) await wizard.next();
  await expect(wizard.stepHeading).toHaveText('Review');

  const findings = wizard.scope.getByRole('list', { name: 'Trust findings' });
  await expect(findings.getByRole('listitem')).toHaveText([
    new RegExp(`^Any token ${issuer.name.replace(/[.]/g, '\\.')} signs can assume this role`),
  ]);
  await expect(findings).toContainText('Fix: Limit the trust to the addresses');
  await expectNoSeriousA11yViolations(page);

  // A catch-all range restricts nothing: the IP step says so at once, the Review keeps both.
  await wizard.goToStep('IP Access Restrictions');
  await wizard.addIp('0.0.0.0/0');
  await expect(findings.getByRole('listitem')).toHaveText([
    /^0\.0\.0\.0\/0 lets every IPv4 address through: the IP restriction does not restrict\./,
  ]);
  await expectNoSeriousA11yViolations(page);
  await wizard.next();
  await wizard.next();
  await expect(findings.getByRole('listitem')).toHaveText([/^Any token /, /^0\.0\.0\.0\/0 lets/]);

  // Warnings do not block: the role is created as set.
  await wizard.addRoleButton.click();
  await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\?trust=open$/);
});

test(
  'the name check shows its answer without moving Next under the pointer',
  BROWSER_ONLY,
  async ({ page }) => {
    const wizard = new AssumableRoleWizard(page);
    await wizard.open();
    await wizard.name.fill(`Steady ${suffix()}`);
    // Taken while the name is still being looked up (the check waits for typing to rest).
    const before = await wizard.nextButton.boundingBox();
    await expect(wizard.scope.getByRole('img', { name: 'Name is free' })).toBeVisible();
    expect(await wizard.nextButton.boundingBox()).toEqual(before);
  },
);

test(
  'an IP typed but not added is added by Next; one that cannot be added stops Next and says why',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const tag = suffix();
    const user = await seed.user(api, tag);
    const wizard = new AssumableRoleWizard(page);
    await wizard.open();
    await wizard.fillRole({ name: `Checks pending IP ${tag}` });
    await wizard.next();
    await wizard.chooseEntity('User', user.name);
    await wizard.next();
    await wizard.next();
    await expect(wizard.stepHeading).toHaveText('IP Access Restrictions');
    await wizard.addIp('198.51.100.0/24');

    await wizard.ipInput.fill('203.0.113');
    await wizard.next();
    await expect(wizard.stepHeading).toHaveText('IP Access Restrictions');
    await expect(wizard.ipInput).toBeFocused();
    await expect(wizard.ipInput).toHaveAccessibleDescription(
      '"203.0.113" is not a valid IPv4 or IPv6 address.',
    );
    await expect(wizard.scope.getByRole('alert')).toHaveText(
      '“203.0.113” is typed in the box but not added: "203.0.113" is not a valid IPv4 or IPv6 address. Fix it or clear the box.',
    );
    await expectNoSeriousA11yViolations(page);

    await wizard.ipInput.fill('203.0.113.0/24');
    await expect(wizard.scope.getByRole('alert')).toHaveCount(0);
    await expect(wizard.ipInput).toHaveAccessibleDescription('Press Enter to add 203.0.113.0/24.');
    if (SCREENSHOTS) {
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'wizard-ip-pending.png'), fullPage: true });
    }
    await wizard.next();
    await expect(wizard.stepHeading).toHaveText('Permission Policies');
    await wizard.next();
    await expect(wizard.scope).toContainText('Only from 198.51.100.0/24 and 203.0.113.0/24.');
    await wizard.goToStep('IP Access Restrictions');
    await expect(wizard.ipChip('203.0.113.0/24')).toBeVisible();
    await expect(wizard.ipInput).toHaveValue('');
  },
);

test('a name another role has is refused on step 1: an error on Name, no tick, and Next stays', async ({
  page,
  api,
}) => {
  const tag = suffix();
  const taken = `Checks Taken ${tag}`;
  await api.request('POST', '/v2/roles', {
    name: taken,
    description: 'Made by the wizard checks test.',
    role_type: 'assumable',
  });
  const wizard = new AssumableRoleWizard(page);
  const free = wizard.scope.getByRole('img', { name: 'Name is free' });
  await wizard.open();
  // The API's rule ignores case and surrounding spaces.
  await wizard.name.fill(`  checks taken ${tag.toUpperCase()}`);
  await expect(wizard.name).toHaveAccessibleDescription(`A role named “${taken}” already exists`);
  await expect(wizard.name).toHaveAttribute('aria-invalid', 'true');
  await expect(free).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await wizard.next();
  await expect(wizard.stepHeading).toHaveText('Role details');
  await expect(wizard.name).toHaveAccessibleDescription(`A role named “${taken}” already exists`);

  await wizard.name.fill(`${taken} two`);
  await expect(free).toBeVisible();
  await expect(wizard.name).toHaveAccessibleDescription('No other role has this name.');
  await wizard.next();
  await expect(wizard.stepHeading).toHaveText('Trusted Entity');
});

test(
  'Trust type offers only what the entity type can use; switching the type and back restores the entity',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const tag = suffix();
    const user = await seed.user(api, tag);
    const issuer = await seed.issuer(api, tag);
    const wizard = new AssumableRoleWizard(page);
    const types = wizard.scope.getByRole('radiogroup', { name: 'Trust type' }).getByRole('radio');
    const kind = (k: 'User' | 'Group' | 'OIDC Issuer') =>
      wizard.scope.getByRole('radio', { name: k, exact: true });
    await wizard.open();
    await wizard.fillRole({ name: `Checks types ${tag}` });
    await wizard.next();

    await expect(types).toHaveCount(2);
    await expect(types.nth(0)).toHaveAccessibleName('TemporaryAssumption');
    await expect(types.nth(1)).toHaveAccessibleName('IAMAssumption');
    await wizard.chooseEntity('User', user.name);
    await wizard.chooseTrustType('IAMAssumption');

    await kind('OIDC Issuer').check();
    await expect(types).toHaveCount(1);
    await expect(types.nth(0)).toHaveAccessibleName('FederatedAssumption');
    await expect(types.nth(0)).toBeChecked();
    await expect(wizard.entityPicker('OIDC Issuer')).toHaveValue('');
    await wizard.chooseEntity('OIDC Issuer', issuer.name);
    await expectNoSeriousA11yViolations(page);

    await kind('User').check();
    await expect(wizard.entityPicker('User')).toHaveValue(user.name);
    await expect(wizard.scope.getByRole('radio', { name: 'IAMAssumption' })).toBeChecked();
    await kind('OIDC Issuer').check();
    await expect(wizard.entityPicker('OIDC Issuer')).toHaveValue(issuer.name);
    await kind('Group').check();
    await expect(wizard.entityPicker('Group')).toHaveValue('');
    await expect(wizard.scope.getByRole('radio', { name: 'TemporaryAssumption' })).toBeChecked();
    await kind('OIDC Issuer').check();
    await wizard.next();
    await expect(wizard.stepHeading).toHaveText('Schedule');
  },
);

test(
  'the time zone pickers list Asia/Kolkata by its current name, found by the old one too',
  BROWSER_ONLY,
  async ({ page, api }) => {
    const tag = suffix();
    const user = await seed.user(api, tag);
    const wizard = new AssumableRoleWizard(page);
    await wizard.open();
    await wizard.fillRole({ name: `Checks zones ${tag}` });
    await wizard.next();
    await wizard.chooseEntity('User', user.name);
    for (const label of ['Valid until time zone', 'Timezone'] as const) {
      if (label === 'Timezone') {
        await wizard.next();
        await wizard.scope
          .getByRole('radio', { name: 'Assumable at specific times of the day' })
          .check();
      }
      const box = wizard.scope.getByRole('combobox', { name: label, exact: true });
      await box.click();
      await box.fill('Calcutta');
      await expect(page.getByRole('option', { name: 'Asia/Kolkata UTC+05:30' })).toBeVisible();
      await expect(page.getByRole('option', { name: /^Asia\/Calcutta/ })).toHaveCount(0);
      await box.fill('Kolkata');
      await page.getByRole('option', { name: /^Asia\/Kolkata/ }).click();
      await expect(box).toHaveValue('Asia/Kolkata (UTC+05:30)');
    }
  },
);

test.describe('viewed from Europe/Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('an expiry set as 18:00 Asia/Kolkata is reviewed and reopened in Edit as 18:00 Asia/Kolkata', async ({
    page,
    api,
  }) => {
    test.slow();
    const tag = suffix();
    const user = await seed.user(api, tag);
    const name = `Checks expiry zone ${tag}`;
    const day = DateTime.now().setZone('Asia/Kolkata').plus({ months: 2 }).startOf('day');
    const local = `${day.toFormat('yyyy-LL-dd')}T18:00`;
    const wizard = new AssumableRoleWizard(page);
    await wizard.open();
    await wizard.fillRole({ name });
    await wizard.next();
    await wizard.chooseEntity('User', user.name);
    await wizard.setValidUntil(local, 'Asia/Kolkata');
    await wizard.next();
    await wizard.chooseSchedule('Assumable at specific times of the day', {
      start: '09:00',
      end: '17:00',
      zone: 'Asia/Kolkata',
    });
    for (let i = 0; i < 3; i++) await wizard.next();
    // Browsers put a narrow space before PM: any space will do.
    await expect(wizard.scope).toContainText(
      new RegExp(
        `Until ${day.setLocale('en-US').toFormat('LLL d, yyyy')}, 6:00\\sPM in Asia/Kolkata`,
      ),
    );
    await wizard.addRoleButton.click();
    await expect(page).toHaveURL(/\/roles\/[0-9a-f-]{36}\?trust=open$/);

    const roleId = /\/roles\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const [trust] = await trustsOf(api, roleId);
    expect(Date.parse(trust!.valid_until)).toBe(
      DateTime.fromISO(local, { zone: 'Asia/Kolkata' }).toMillis(),
    );

    const edit = await TrustDialog.openEdit(page, user.name);
    await expect(edit.steps.validUntil).toHaveValue(local);
    await expect(
      edit.dialog.getByRole('combobox', { name: 'Valid until time zone', exact: true }),
    ).toHaveValue('Asia/Kolkata (UTC+05:30)');
    await expect(edit.steps.validUntil).toHaveAccessibleDescription(/ 6:00\sPM in Asia\/Kolkata /);
    await expectNoSeriousA11yViolations(page);
    // Nothing changed: Escape closes at once, and the trust page still shows it.
    await page.keyboard.press('Escape');
    await expect(edit.dialog).toBeHidden();
    await expect(new RolePage(page).trustCard(user.name)).toBeVisible();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(
    `day toggles show which days are on, and Next and Add Role show keyboard focus (${scheme})`,
    BROWSER_ONLY,
    async ({ page, api }, testInfo) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const primary = scheme === 'light' ? 'rgb(0, 89, 201)' : 'rgb(106, 168, 255)';
      const tag = suffix();
      const user = await seed.user(api, tag);
      const wizard = new AssumableRoleWizard(page);
      await wizard.open();
      await wizard.fillRole({ name: `Checks days ${tag} ${scheme}` });
      await wizard.next();
      await wizard.chooseEntity('User', user.name);
      await wizard.next();
      await wizard.chooseSchedule('Assumable on specific days of the week', {
        days: ['Mon', 'Wed'],
      });

      const on = wizard.dayToggle('Mon');
      const off = wizard.dayToggle('Tue');
      await expect(on).toHaveAttribute('aria-pressed', 'true');
      await expect(wizard.dayToggle('Wed')).toHaveAttribute('aria-pressed', 'true');
      await expect(off).toHaveAttribute('aria-pressed', 'false');
      // On: filled with the primary colour. Off: no fill, only an outline.
      await expect.poll(() => style(on, 'background-color')).toBe(primary);
      await expect.poll(() => style(off, 'background-color')).toBe('rgba(0, 0, 0, 0)');
      expect(await style(off, 'border-top-style')).toBe('solid');
      expect(await style(off, 'border-top-width')).toBe('1px');
      expect(await style(on, 'color')).not.toBe(await style(off, 'color'));
      await expectNoSeriousA11yViolations(page);

      await tabTo(page, wizard.nextButton);
      await expect.poll(() => style(wizard.nextButton, 'outline-style')).toBe('solid');
      expect(await style(wizard.nextButton, 'outline-width')).toBe('2px');
      expect(await style(wizard.nextButton, 'outline-color')).toBe(primary);
      await page.screenshot({ path: testInfo.outputPath(`next-focus-${scheme}.png`) });

      await page.keyboard.press('Enter');
      await wizard.next();
      await wizard.next();
      await expect(wizard.stepHeading).toHaveText('Review');
      await tabTo(page, wizard.addRoleButton);
      await expect.poll(() => style(wizard.addRoleButton, 'outline-style')).toBe('solid');
      expect(await style(wizard.addRoleButton, 'outline-width')).toBe('2px');
      await page.screenshot({ path: testInfo.outputPath(`add-role-focus-${scheme}.png`) });
    },
  );
}
