import { DateTime } from 'luxon';
import { EMBEDDED_TOO, expect, expectNoSeriousA11yViolations, test } from './fixtures';
import {
  developmentIssuer,
  mintThroughApi,
  owner,
  seedAssumableRole,
  SessionsPage,
  uniqueSessionName,
  WEB_IDENTITY_METHOD,
} from './pages/sessions-page';
import type { SessionsPage as Sessions } from './pages/sessions-page';
import { makeOwnerIdentifiable } from './pages/top-bar';

// Instants in the what-if test are typed in UTC.
test.use({ timezoneId: 'UTC' });

/** A one-hour UTC window two hours from now: closed now, open later today or tomorrow. */
function closedWindow() {
  const hour = new Date().getUTCHours();
  const start = (hour + 2) % 24;
  return { start, end: start + 1 };
}

/** A web identity token: minted in the page (embedded) or by the upstream (live). */
async function fillToken(
  sessions: Sessions,
  modeLabel: string,
  api: Parameters<typeof mintThroughApi>[0],
  claims: { sub: string; ttl_seconds: number },
) {
  await sessions.chooseMethod(WEB_IDENTITY_METHOD);
  if (modeLabel === 'Embedded') {
    await sessions.mintToken({
      subject: claims.sub,
      audience: 'vultr',
      lifetime: claims.ttl_seconds,
    });
    await expect(sessions.webIdentityToken).not.toHaveValue('');
  } else {
    await sessions.webIdentityToken.fill(await mintThroughApi(api, { ...claims, aud: 'vultr' }));
  }
}

test('AssumeRole outside the schedule is denied, and Why denied? says when it opens', async ({
  page,
  api,
}) => {
  await makeOwnerIdentifiable(api);
  const me = await owner(api);
  const { start, end } = closedWindow();
  const role = await seedAssumableRole(
    api,
    { trusted_user_id: me.id },
    { time_of_day: { timezone: 'utc', start, end } },
  );
  const sessions = new SessionsPage(page);

  await sessions.open(role.id);
  await sessions.assume({ sessionName: uniqueSessionName('schedule') });
  await expect(sessions.failure.getByText('AccessDenied', { exact: true })).toBeVisible();
  await expect(sessions.failure).toContainText('is not authorized to perform: sts:AssumeRole');
  await expect(sessions.failure).toContainText(/Request ID: \S+/);
  await expect(sessions.whyDenied).toContainText(
    `Denied: the trust for User ${me.name} names this caller, but outside the schedule`,
  );
  const opens = new Date();
  opens.setUTCHours(start, 0, 0, 0);
  if (opens.getTime() < Date.now()) opens.setUTCDate(opens.getUTCDate() + 1);
  // Shown on the viewer's clock with its zone named, not as a raw UTC timestamp.
  const shown = DateTime.fromJSDate(opens, { zone: 'UTC' })
    .setLocale('en-US')
    .toLocaleString(DateTime.DATETIME_MED);
  await expect(sessions.whyDenied).toContainText(`it next opens at ${shown} UTC`);
  await expect(sessions.whyDenied).not.toContainText(/\d{4}-\d\d-\d\dT\d\d:/);
  await expect(sessions.whyDenied.getByText(/^Next opens/)).toBeVisible();
  await expect(sessions.whyDenied).toContainText('Trusted entity: holds');
  await expectNoSeriousA11yViolations(page);
  // No credentials came of it.
  await expect(sessions.value('AccessKeyId')).toHaveCount(0);
});

test('AssumeRole from an address outside the allow-list is denied, naming the address', async ({
  page,
  api,
}) => {
  await makeOwnerIdentifiable(api);
  const me = await owner(api);
  const role = await seedAssumableRole(
    api,
    { trusted_user_id: me.id },
    { ip_address: ['203.0.113.0/24'] },
  );
  const sessions = new SessionsPage(page);
  const address = (await (
    await page.request.get('/api/client-address', { headers: { 'X-Console-Request': '1' } })
  ).json()) as { ip: string };

  await sessions.open(role.id);
  await sessions.assume({ sessionName: uniqueSessionName('ip') });
  await expect(sessions.failure.getByText('AccessDenied', { exact: true })).toBeVisible();
  await expect(sessions.whyDenied).toContainText(
    `IP access: source IP ${address.ip} is not in the allow-list (203.0.113.0/24)`,
  );
  await expect(sessions.whyDenied).toContainText('Schedule: holds');
});

test('what-if: a principal, an address and an instant decide, with no session made', async ({
  page,
  api,
}) => {
  await makeOwnerIdentifiable(api);
  const me = await owner(api);
  const { start, end } = closedWindow();
  const scheduled = await seedAssumableRole(
    api,
    { trusted_user_id: me.id },
    { time_of_day: { timezone: 'utc', start, end } },
  );
  const fenced = await seedAssumableRole(
    api,
    { trusted_user_id: me.id },
    { ip_address: ['203.0.113.0/24'] },
  );
  const sessions = new SessionsPage(page);

  await sessions.open();
  await expect(sessions.whatIf.getByRole('combobox', { name: 'User' })).toContainText(me.name);
  await expect(sessions.whatIfRole(scheduled.name)).toContainText('Denied');
  await expect(sessions.whatIfRole(scheduled.name)).toContainText('outside the schedule');
  await expect(sessions.whatIfRole(fenced.name)).toContainText('Denied');

  const today = new Date().toISOString().slice(0, 10);
  await sessions.whatIf.getByLabel('Instant').fill(`${today}T${String(start).padStart(2, '0')}:30`);
  await expect(sessions.whatIfRole(scheduled.name)).toContainText('Allowed');
  await sessions.whatIf.getByLabel('Source IP').fill('203.0.113.7');
  await expect(sessions.whatIfRole(fenced.name)).toContainText('Allowed');
  await expect(sessions.whatIfRole(fenced.name)).toContainText(
    `Allowed by the trust for User ${me.name}`,
  );

  // A group no trust names is denied everywhere.
  const group = await api.request<{ id: string; display_name: string }>('POST', '/v2/groups', {
    display_name: `E2E what-if group ${Math.random().toString(36).slice(2, 10)}`,
  });
  await sessions.whatIf.getByRole('button', { name: 'Group', exact: true }).click();
  await sessions.whatIf.getByRole('combobox', { name: 'Group' }).click();
  await page.getByRole('option', { name: group.display_name, exact: true }).click();
  await expect(sessions.whatIfRole(fenced.name)).toContainText(
    'Denied: no trust of the role names this caller.',
  );
  await expectNoSeriousA11yViolations(page);

  const { sessions: active } = await api.request<{ sessions: { role_id: string }[] }>(
    'GET',
    `/v2/assumed-roles/users/${me.id}/sessions?per_page=500`,
  );
  expect(active.filter((s) => [scheduled.id, fenced.id].includes(s.role_id))).toEqual([]);
});

test(
  'web identity: a development-issuer token assumes a role that trusts the issuer',
  EMBEDDED_TOO,
  async ({ page, api, modeLabel }) => {
    const issuer = await developmentIssuer(api);
    const role = await seedAssumableRole(api, { trusted_oidc_issuer_id: issuer.id });
    const sessions = new SessionsPage(page);
    const subject = uniqueSessionName('subject');

    await sessions.open(role.id);
    await fillToken(sessions, modeLabel, api, { sub: subject, ttl_seconds: 900 });
    await sessions.assume({ sessionName: uniqueSessionName('oidc') });
    await expect(sessions.value('Subject')).toHaveText(subject);
    await expect(sessions.value('Provider')).toHaveText(issuer.uri);
    await expect(sessions.value('Audience')).toHaveText('vultr');
    await expect(sessions.value('SessionToken')).toHaveText(/^•+.{4}$/);
    await expectNoSeriousA11yViolations(page);

    // The request shows the token masked; the API never needed a key.
    await sessions.showTab('Request');
    const curl = await sessions.block('curl').innerText();
    expect(curl).toContain('Action=AssumeRoleWithWebIdentity');
    expect(curl).not.toContain('Authorization');
    expect(curl).toMatch(/WebIdentityToken=•+/);
  },
);

test(
  'web identity with an expired token fails with ExpiredTokenException',
  EMBEDDED_TOO,
  async ({ page, api, modeLabel }) => {
    const issuer = await developmentIssuer(api);
    const role = await seedAssumableRole(api, { trusted_oidc_issuer_id: issuer.id });
    const sessions = new SessionsPage(page);

    await sessions.open(role.id);
    await fillToken(sessions, modeLabel, api, { sub: 'expired-subject', ttl_seconds: -600 });
    await sessions.assume({ sessionName: uniqueSessionName('expired') });
    await expect(
      sessions.failure.getByText('ExpiredTokenException', { exact: true }),
    ).toBeVisible();
    await expect(sessions.failure).toContainText(/Request ID: \S+/);
    // Not an AccessDenied: no trust evaluation to show.
    await expect(sessions.whyDenied).toHaveCount(0);
  },
);
