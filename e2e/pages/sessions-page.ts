import type { Locator, Page } from '@playwright/test';

export const API_KEY_METHOD = 'API key (AssumeRole)';
export const WEB_IDENTITY_METHOD = 'Web identity token (AssumeRoleWithWebIdentity)';

/** The Sessions page (/sessions): the assume form, the credentials, active sessions, what-if. */
export class SessionsPage {
  readonly form: Locator;
  readonly role: Locator;
  readonly sessionName: Locator;
  readonly duration: Locator;
  readonly webIdentityToken: Locator;
  readonly result: Locator;
  readonly failure: Locator;
  readonly whyDenied: Locator;
  readonly activeSessions: Locator;
  readonly whatIf: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Assume a role' });
    this.role = this.form.getByRole('combobox', { name: 'Role' });
    this.sessionName = this.form.getByRole('textbox', { name: 'Session name' });
    this.duration = this.form.getByRole('spinbutton', { name: 'Duration' });
    this.webIdentityToken = this.form.getByRole('textbox', { name: 'Web identity token' });
    this.result = page.getByRole('region', { name: 'Temporary credentials' });
    this.failure = page.getByRole('region', { name: 'Assume failed' });
    this.whyDenied = this.failure.getByRole('region', { name: 'Why denied?' });
    this.activeSessions = page.getByRole('region', { name: 'Active Sessions' });
    this.whatIf = page.getByRole('region', { name: 'What if?' });
  }

  async open(roleId?: string) {
    await this.page.goto(roleId ? `/sessions?role=${roleId}` : '/sessions');
  }

  async pickRole(name: string) {
    await this.role.fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${escape(name)}`) }).click();
  }

  async chooseMethod(method: typeof API_KEY_METHOD | typeof WEB_IDENTITY_METHOD) {
    await this.form.getByRole('radio', { name: method }).check();
  }

  /** Fills what is given, then presses Assume role. */
  async assume(values: { sessionName?: string; duration?: number } = {}) {
    if (values.sessionName !== undefined) await this.sessionName.fill(values.sessionName);
    if (values.duration !== undefined) await this.duration.fill(String(values.duration));
    await this.form.getByRole('button', { name: 'Assume role' }).click();
  }

  /** Mint test token (embedded mode): the development issuer's JWT lands in the token field. */
  async mintToken(values: { subject: string; audience?: string; lifetime?: number }) {
    await this.form.getByRole('button', { name: 'Mint test token' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Mint test token' });
    await dialog.getByLabel('Subject').fill(values.subject);
    if (values.audience !== undefined) await dialog.getByLabel('Audience').fill(values.audience);
    if (values.lifetime !== undefined) {
      await dialog.getByLabel('Lifetime (seconds)').fill(String(values.lifetime));
    }
    await dialog.getByRole('button', { name: 'Mint' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** A value of the credentials (AccessKeyId, SecretAccessKey, Expiration, Subject, …). */
  value(label: string): Locator {
    return this.result.getByLabel(label, { exact: true });
  }

  async revealSecrets() {
    await this.result.getByRole('button', { name: 'Reveal secrets' }).click();
  }

  async showTab(name: 'Exports' | 'Request') {
    await this.result.getByRole('tab', { name }).click();
  }

  /** The text of an export or request block, e.g. "Environment variables", "curl". */
  block(title: string): Locator {
    return this.result.getByRole('figure', { name: title }).locator('code');
  }

  sessionRow(sessionName: string): Locator {
    return this.activeSessions.getByRole('row').filter({ hasText: sessionName });
  }

  async terminate(sessionName: string) {
    await this.activeSessions.getByRole('button', { name: `Terminate ${sessionName}` }).click();
    await this.page
      .getByRole('dialog', { name: `Terminate session ${sessionName}?` })
      .getByRole('button', { name: 'Terminate' })
      .click();
  }

  /** What if? answer for one role: its line with Allowed/Denied and the reason. */
  whatIfRole(roleName: string): Locator {
    return this.whatIf.getByRole('listitem', { name: roleName, exact: true });
  }
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The slice of the `api` fixture the seeding helpers need (the owner-key client for /v2). */
interface OwnerApi {
  baseUrl: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export interface SeededRole {
  id: string;
  name: string;
}

/** The owner: whom the console's server-held key (embedded or live) acts as. */
export async function owner(api: OwnerApi): Promise<{ id: string; name: string }> {
  return (await api.request<{ user: { id: string; name: string } }>('GET', '/v2/users/me')).user;
}

/**
 * A fresh assumable role (unique name) with one trust: `principal` names the trusted user or OIDC
 * issuer; `conditions` as the API takes them.
 */
export async function seedAssumableRole(
  api: OwnerApi,
  principal: { trusted_user_id: string } | { trusted_oidc_issuer_id: string },
  conditions: object = {},
): Promise<SeededRole> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const role = await api.request<SeededRole>('POST', '/v2/roles', {
    name: `E2E session role ${suffix}`,
    description: 'Made by the sessions e2e test.',
    role_type: 'assumable',
    max_session_duration: 3600,
  });
  await api.request('POST', '/v2/role-trusts', {
    role_id: role.id,
    trust_type: 'TemporaryAssumption',
    ...principal,
    conditions,
  });
  return role;
}

/** The development OIDC issuer the demo organization registers. */
export async function developmentIssuer(api: OwnerApi): Promise<{ id: string; uri: string }> {
  const { issuers } = await api.request<{
    issuers: { id: string; uri: string; display_name?: string }[];
  }>('GET', '/v2/oidc/issuer?per_page=500');
  const issuer = issuers.find((i) => i.display_name === 'Development issuer');
  if (!issuer) throw new Error('the organization has no "Development issuer"');
  return issuer;
}

/** A development-issuer JWT minted by the upstream itself with the owner key (live mode's way). */
export async function mintThroughApi(
  api: OwnerApi,
  body: { sub: string; aud?: string; ttl_seconds?: number },
): Promise<string> {
  const res = await fetch(`${api.baseUrl}/oidc/dev/token`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${process.env.E2E_OWNER_KEY ?? ''}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST /oidc/dev/token → ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export const uniqueSessionName = (what: string) =>
  `e2e-${what}-${Math.random().toString(36).slice(2, 10)}`;
