import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  contractMinimal,
  holdRequests,
  EMBEDDED_TOO,
  expect,
  expectNoSeriousA11yViolations,
  test,
} from './fixtures';
import { owner, seedAssumableRole, SessionsPage, uniqueSessionName } from './pages/sessions-page';
import { makeOwnerIdentifiable } from './pages/top-bar';

/** Where the /v2 API answers directly: the upstream in live mode, this console in embedded mode. */
const apiUrl = () => process.env.E2E_API_URL ?? process.env.E2E_BASE_URL!;

interface ApiSession {
  role_id: string;
  session_name: string;
  session_token: string;
  expires_at: string;
  auth_method: string;
}

test('opened for one role, the Role field names it before the whole roles list is in', async ({
  page,
  api,
}) => {
  const me = await owner(api);
  const role = await seedAssumableRole(api, { trusted_user_id: me.id });
  // The roles list is held back (as in an organization of thousands of roles, read 500 a page).
  const release = await holdRequests(page, /\/v2\/roles(\?|$)/);
  const sessions = new SessionsPage(page);
  await page.goto(`/sessions?role=${role.id}`);
  await expect(sessions.role).toHaveValue(role.name);
  await expect(sessions.form.getByText(/^Maximum session 1 hour/)).toBeVisible();
  release();
  await expect(sessions.role).toHaveValue(role.name);
});

test(
  'from a role page to working temporary credentials; the exports act as the session',
  EMBEDDED_TOO,
  async ({ page, api }) => {
    const me = await owner(api);
    const role = await seedAssumableRole(api, { trusted_user_id: me.id });
    const sessions = new SessionsPage(page);
    const name = uniqueSessionName('allowed');

    // The role page's Assume role preselects the role.
    await page.goto(`/roles/${role.id}`);
    await page.getByRole('link', { name: 'Assume role' }).click();
    await expect(page).toHaveURL(new RegExp(`/sessions\\?role=${role.id}$`));
    await expect(sessions.role).toHaveValue(role.name);

    // The session name is checked as it is typed, with the shared rule.
    await sessions.sessionName.fill('a');
    await expect(
      sessions.form.getByText('Session name must be between 2 and 64 characters'),
    ).toBeVisible();
    await sessions.sessionName.fill('has space');
    await expect(
      sessions.form.getByText('Session name may contain only letters, digits and _ + = , . @ -'),
    ).toBeVisible();
    // The duration is capped by the role's maximum (1 hour).
    await sessions.duration.fill('7200');
    await expect(sessions.form.getByText(/Duration must be at most 3600 seconds/)).toBeVisible();

    await sessions.assume({ sessionName: name, duration: 1800 });
    await expect(sessions.value('AccessKeyId')).toHaveText(/^\w{16,128}$/);
    // Secrets stay masked until revealed.
    await expect(sessions.value('SecretAccessKey')).toHaveText(/^•+.{4}$/);
    await expect(sessions.value('Expiration')).toContainText(/\d+:\d\d left/);
    await expect(sessions.value('Assumed role ARN')).toHaveText(
      new RegExp(`:assumed-role/${role.name}/${name}$`),
    );
    await expect(sessions.value('Request ID')).toHaveText(/\S+/);
    await expectNoSeriousA11yViolations(page);

    await sessions.revealSecrets();
    const accessKeyId = await sessions.value('AccessKeyId').innerText();
    const secret = await sessions.value('SecretAccessKey').innerText();
    const token = await sessions.value('SessionToken').innerText();
    expect(token).toMatch(/^ars-/);

    // Exports: env vars, credentials file, credential_process JSON and the Bearer header.
    const env = await sessions.block('Environment variables').innerText();
    const envValue = (name: string) => new RegExp(`^export ${name}=(.*)$`, 'm').exec(env)?.[1];
    expect(envValue('AWS_ACCESS_KEY_ID')).toBe(accessKeyId);
    expect(envValue('AWS_SECRET_ACCESS_KEY')).toBe(secret);
    expect(envValue('AWS_SESSION_TOKEN')).toBe(token);
    const expiration = envValue('AWS_CREDENTIAL_EXPIRATION')!;
    const profile = await sessions.block('~/.aws/credentials profile').innerText();
    expect(profile).toContain(`aws_access_key_id = ${accessKeyId}`);
    expect(profile).toContain(`aws_secret_access_key = ${secret}`);
    expect(profile).toContain(`aws_session_token = ${token}`);
    expect(JSON.parse(await sessions.block('credential_process JSON').innerText())).toEqual({
      Version: 1,
      AccessKeyId: accessKeyId,
      SecretAccessKey: secret,
      SessionToken: token,
      Expiration: expiration,
    });
    const header = await sessions.block('Vultr Authorization header').innerText();
    expect(header).toBe(`Authorization: Bearer ${token}`);

    // The command-line companion: a ~/.aws/config profile and an exec line for this role, with the
    // same session name and duration, and no secret in either.
    const roleArnPattern = `arn:aws:iam::[0-9a-f-]+:role/${role.id}`;
    const cliProfile = await sessions.block('~/.aws/config profile').innerText();
    expect(cliProfile).toMatch(
      new RegExp(
        `^\\[profile vultr-[a-z0-9-]+\\]\\ncredential_process = vultr-iam-console credential-process --role ${roleArnPattern} `,
      ),
    );
    expect(cliProfile).toContain(`--session-name ${name} --duration 1800`);
    // Pointed at the API this console talks to, unless that is api.vultr.com (the CLI's default).
    const ownApi = (process.env.E2E_CONSOLE_UPSTREAM ?? apiUrl()).replace(/\/+$/, '');
    if (ownApi !== 'https://api.vultr.com') expect(cliProfile).toContain(`--endpoint ${ownApi} `);
    const execLine = await sessions.block('Run a command as the role').innerText();
    expect(execLine).toMatch(
      new RegExp(
        `^npx vultr-iam-console exec --role ${roleArnPattern} .*--session-name ${name} --duration 1800 -- \\S`,
      ),
    );
    for (const shown of [cliProfile, execLine]) {
      for (const value of [accessKeyId, secret, token]) expect(shown).not.toContain(value);
    }

    // The API agrees: the session exists with this role, name, token and expiry…
    const { sessions: active } = await api.request<{ sessions: ApiSession[] }>(
      'GET',
      `/v2/assumed-roles/users/${me.id}/sessions?per_page=500`,
    );
    const session = active.find((s) => s.session_name === name);
    expect(session?.role_id).toBe(role.id);
    // Vultr lists the whole token; a list that shows only its end ("ars-…abc123") agrees too.
    expect(token.endsWith(session!.session_token.replace(/^ars-…/, ''))).toBe(true);
    expect(Math.abs(Date.parse(session!.expires_at) - Date.parse(expiration))).toBeLessThan(1500);
    expect(Date.parse(expiration) - Date.now()).toBeGreaterThan(1700_000);

    // …and the exported header, used against /v2 directly, is accepted (and acts as that session's
    // user, where the upstream has the emulator's GET /users/me to say so).
    const [headerName, headerValue] = header.split(': ');
    const headers = { [headerName!]: headerValue! };
    expect((await fetch(`${apiUrl()}/v2/users/me/groups`, { headers })).status).toBe(200);
    if (!contractMinimal) {
      const res = await fetch(`${apiUrl()}/v2/users/me`, { headers });
      expect(((await res.json()) as { user: { id: string } }).user.id).toBe(me.id);
    }

    // The profile's credential_process line works as written: run with the owner's key against the
    // same API, it prints credentials of a new session of this role.
    const processLine = /^credential_process = vultr-iam-console (.*)$/m.exec(cliProfile)![1]!;
    const cache = mkdtempSync(join(tmpdir(), 'e2e-cli-cache-'));
    try {
      const printed = JSON.parse(
        execFileSync(
          process.execPath,
          [resolve('bin/vultr-iam-console.mjs'), ...processLine.split(' ')],
          {
            env: {
              PATH: process.env.PATH,
              HOME: process.env.HOME,
              VULTR_API_URL: apiUrl(),
              VULTR_API_KEY: process.env.E2E_OWNER_KEY,
              XDG_CACHE_HOME: cache,
            },
            encoding: 'utf8',
          },
        ),
      ) as { Version: number; SessionToken: string };
      expect(printed.Version).toBe(1);
      expect(printed.SessionToken).toMatch(/^ars-/);
      expect(printed.SessionToken).not.toBe(token);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }

    // The Request tab: the same call as curl, and the raw XML, secrets shown once revealed.
    await sessions.showTab('Request');
    const curl = await sessions.block('curl').innerText();
    expect(curl).toContain('/v2/assumed-roles/compatibility/aws/sts');
    expect(curl).toContain('"Authorization: Bearer $VULTR_API_KEY"');
    expect(curl).toContain(`RoleSessionName=${name}`);
    expect(curl).toContain('DurationSeconds=1800');
    expect(curl).toMatch(new RegExp(`RoleArn=arn:aws:iam::[0-9a-f-]+:role/${role.id}`));
    await expect(sessions.block('Raw XML reply')).toContainText(
      `<SessionToken>${token}</SessionToken>`,
    );
    await sessions.result.getByRole('button', { name: 'Hide secrets' }).click();
    await expect(sessions.block('Raw XML reply')).not.toContainText(token);
    await expect(sessions.block('Raw XML reply')).not.toContainText(secret);
  },
);

test('terminating a session: the token this tab holds is refused afterwards', async ({
  page,
  api,
}) => {
  await makeOwnerIdentifiable(api);
  const me = await owner(api);
  const role = await seedAssumableRole(api, { trusted_user_id: me.id });
  const sessions = new SessionsPage(page);
  const name = uniqueSessionName('terminate');

  await sessions.open(role.id);
  await sessions.assume({ sessionName: name });
  await expect(sessions.value('AccessKeyId')).toBeVisible();
  await sessions.result.getByRole('button', { name: 'Check token' }).click();
  await expect(sessions.result.getByRole('status')).toContainText('Session token: accepted');

  // The active sessions are the caller's, found by the key's user.
  await expect(sessions.activeSessions.getByRole('combobox', { name: 'User' })).toContainText(
    me.name,
  );
  const row = sessions.sessionRow(name);
  await expect(row).toContainText(role.name);
  await expect(row).toContainText('API key');
  await expect(row).toContainText(/\d+:\d\d/);
  await expect(row).toContainText('this tab');
  await sessions.terminate(name);
  await expect(sessions.activeSessions.getByRole('status')).toContainText(
    `Session ${name} terminated. Its token, presented again: refused (401).`,
  );
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Active Sessions' })).toBeFocused();
  await sessions.result.getByRole('button', { name: 'Check token' }).click();
  await expect(sessions.result.getByRole('status')).toContainText('refused (401)');

  // The credentials card says they are dead: no countdown, no credential offered for copying.
  // Only the command-line companion's lines stay: they hold no secret and assume anew.
  await expect(sessions.value('Expiration')).toContainText(/^Revoked at .+ · would have expired /);
  const before = await sessions.value('Expiration').textContent();
  await page.waitForTimeout(1_500);
  await expect(sessions.value('Expiration')).toHaveText(before ?? '');
  const copies = sessions.result.getByRole('button', { name: /^Copy / });
  await expect(copies).toHaveCount(2);
  await expect(copies.nth(0)).toHaveAccessibleName('Copy ~/.aws/config profile');
  await expect(copies.nth(1)).toHaveAccessibleName('Copy Run a command as the role');
  await expect(sessions.result.getByText('Revoked', { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('credentials stay in memory: nothing in storage or the URL, and Clear forgets them', async ({
  page,
  api,
  context,
}) => {
  const me = await owner(api);
  const role = await seedAssumableRole(api, { trusted_user_id: me.id });
  const sessions = new SessionsPage(page);

  await sessions.open(role.id);
  await sessions.assume({ sessionName: uniqueSessionName('memory') });
  await sessions.revealSecrets();
  const secrets = [
    await sessions.value('AccessKeyId').innerText(),
    await sessions.value('SecretAccessKey').innerText(),
    await sessions.value('SessionToken').innerText(),
  ];
  await sessions.showTab('Request');
  await expect(sessions.block('Raw XML reply')).toBeVisible();

  const stored = await page.evaluate(async () => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
    url: location.href,
    cookies: document.cookie,
  }));
  const everything = JSON.stringify({ ...stored, cookies: await context.cookies() });
  for (const secret of secrets) expect(everything).not.toContain(secret);
  expect(stored.session).toEqual([]);
  expect(stored.databases).toEqual([]);
  // Only the colour-mode preference may live in localStorage.
  expect(stored.local.every(([key]) => /mode|color|scheme/i.test(key))).toBe(true);

  await sessions.result.getByRole('button', { name: 'Clear' }).click();
  await expect(sessions.value('AccessKeyId')).toHaveCount(0);
  await expect(page.getByText(/Assume a role to get temporary credentials/)).toBeVisible();
});

test(
  'Call as (embedded mode): the server assumes with a seeded user’s key',
  EMBEDDED_TOO,
  async ({ page, api, modeLabel }) => {
    test.skip(
      modeLabel !== 'Embedded',
      'Call as exists only in embedded mode (seeded users’ keys)',
    );
    const reply = await page.request.get('/api/call-as-users', {
      headers: { 'X-Console-Request': '1' },
    });
    const { users } = (await reply.json()) as { users: { id: string; name: string }[] };
    // A seeded member of Platform Engineers, whose policies allow assuming roles.
    const blake = users.find((u) => u.name === 'Blake Chen')!;
    const role = await seedAssumableRole(api, { trusted_user_id: blake.id });
    const sessions = new SessionsPage(page);
    const name = uniqueSessionName('call-as');

    await sessions.open();
    await sessions.form.getByRole('combobox', { name: 'Call as' }).click();
    await page.getByRole('option', { name: /^Blake Chen/ }).click();
    // The roles Blake may assume come first.
    await sessions.role.click();
    await expect(
      page
        .getByRole('group', { name: 'You can assume' })
        .getByRole('option', { name: new RegExp(`^${role.name}`) }),
    ).toBeVisible();
    await page.getByRole('option', { name: new RegExp(`^${role.name}`) }).click();
    await sessions.assume({ sessionName: name });

    await expect(sessions.value('Assumed role ARN')).toHaveText(new RegExp(`/${name}$`));
    await sessions.result.getByRole('button', { name: 'Check token' }).click();
    await expect(sessions.result.getByRole('status')).toContainText('Session token: accepted');
    // The active sessions follow the caller.
    await expect(sessions.activeSessions.getByRole('combobox', { name: 'User' })).toContainText(
      'Blake Chen',
    );
    await expect(sessions.sessionRow(name)).toContainText(role.name);
  },
);

test('Renew before expiry assumes again five minutes before the credentials expire', async ({
  page,
  api,
}) => {
  const me = await owner(api);
  const role = await seedAssumableRole(api, { trusted_user_id: me.id });
  const sessions = new SessionsPage(page);
  // The page's clock only: the server still issues real 15-minute credentials.
  await page.clock.install();

  await sessions.open(role.id);
  await sessions.assume({ sessionName: uniqueSessionName('renew'), duration: 900 });
  await sessions.revealSecrets();
  const first = await sessions.value('SessionToken').innerText();
  await sessions.result.getByRole('switch', { name: 'Renew before expiry' }).check();

  await page.clock.fastForward('09:00');
  await expect(sessions.value('SessionToken')).toHaveText(first);
  await page.clock.fastForward('01:30');
  await expect(sessions.value('SessionToken')).not.toHaveText(first);
  await expect(sessions.value('SessionToken')).toHaveText(/^ars-/);

  // One renewal, not a storm: the new credentials wait for their own five-minute mark.
  const sessionsOfRole = async () => {
    const { sessions: list } = await api.request<{ sessions: ApiSession[] }>(
      'GET',
      `/v2/assumed-roles/users/${me.id}/sessions?per_page=500`,
    );
    return list.filter((s) => s.role_id === role.id).length;
  };
  await expect.poll(sessionsOfRole).toBe(2);
  await page.clock.fastForward('01:00');
  await expect(sessions.value('SessionToken')).toHaveText(/^ars-/);
  expect(await sessionsOfRole()).toBe(2);
});
