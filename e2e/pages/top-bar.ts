import type { Locator, Page } from '@playwright/test';
import { contractMinimal } from '../fixtures';

/** The top bar's identity indicator, its menu and the "Use my API key" dialog. */
export class TopBar {
  /** "Embedded · <name>" or "Live · <host> · <name>", "(your key)" with the user's own key. */
  readonly identity: Locator;
  readonly identityMenu: Locator;
  readonly apiKeyDialog: Locator;
  readonly apiKeyField: Locator;

  constructor(readonly page: Page) {
    this.identity = page.getByRole('banner').getByRole('button', { name: /^(Embedded|Live) · / });
    this.identityMenu = page.getByRole('menu');
    this.apiKeyDialog = page.getByRole('dialog', { name: 'Use my API key' });
    this.apiKeyField = this.apiKeyDialog.getByLabel('Vultr API key');
  }

  async openIdentityMenu() {
    await this.identity.click();
  }

  async openApiKeyDialog() {
    await this.openIdentityMenu();
    await this.identityMenu.getByRole('menuitem', { name: 'Use my API key' }).click();
  }

  async useMyApiKey(key: string) {
    await this.openApiKeyDialog();
    await this.apiKeyField.fill(key);
    await this.apiKeyDialog.getByRole('button', { name: 'Use key' }).click();
  }

  async forgetMyKey() {
    await this.openIdentityMenu();
    await this.identityMenu.getByRole('menuitem', { name: 'Forget my key' }).click();
  }

  /** The organization menu button, named after the organization in use. */
  organizationButton(name: string): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  async chooseOrganization(current: string, next: string) {
    await this.organizationButton(current).click();
    await this.page.getByRole('menuitemradio', { name: next }).click();
  }
}

/** The slice of the `api` fixture the helpers need (the owner-key client for /v2). */
interface OwnerApi {
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

interface ApiGroup {
  id: string;
  display_name: string;
  members?: { id: string }[];
}

const MARKER = 'E2E owner’s own group';

/**
 * Vultr does not say whose a key is; the console works it out when one user is the only member
 * common to all the caller's groups. On a contract-minimal upstream this puts the owner (the
 * server key's user) alone in a group of its own, so screens that default to "me" find the owner.
 * Elsewhere the upstream says who the caller is, and nothing is changed.
 */
export async function makeOwnerIdentifiable(api: OwnerApi): Promise<void> {
  if (!contractMinimal) return;
  const { user } = await api.request<{ user: { id: string; name: string } }>('GET', '/v2/users/me');
  const find = async () =>
    (await api.request<{ groups: ApiGroup[] }>('GET', '/v2/groups?per_page=500')).groups.find(
      (g) => g.display_name === MARKER,
    );
  let group = await find();
  if (!group) {
    try {
      group = await api.request<ApiGroup>('POST', '/v2/groups', {
        display_name: MARKER,
        description: 'Holds only the owner, so the console can tell whose key it uses.',
      });
    } catch {
      // Another worker made it first.
      group = await find();
    }
  }
  if (!group) throw new Error(`could not make the group ${MARKER}`);
  if (!(group.members ?? []).some((m) => m.id === user.id)) {
    await api
      .request('POST', `/v2/groups/${group.id}/members`, {
        user_id: user.id,
        display_name: user.name,
      })
      .catch(() => undefined);
  }
}

/** A new user with an API key, alone in a new group (so the console can tell the key is theirs). */
export async function userWithKey(
  api: OwnerApi,
  tag: string,
): Promise<{ id: string; name: string; email: string; api_key: string }> {
  const user = await api.request<{ id: string; name: string; email: string; api_key: string }>(
    'POST',
    '/v2/users',
    {
      first_name: 'Key',
      last_name: `Holder ${tag}`,
      name: `Key Holder ${tag}`,
      email: `key-holder-${tag}@example.com`,
      password: `pw-${tag}-${tag}-${tag}`,
      api_enabled: true,
    },
  );
  const group = await api.request<ApiGroup>('POST', '/v2/groups', {
    display_name: `E2E own group ${tag}`,
    description: 'Holds one user.',
  });
  await api.request('POST', `/v2/groups/${group.id}/members`, {
    user_id: user.id,
    display_name: user.name,
  });
  return user;
}
