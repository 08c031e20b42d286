import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { issuerLabel } from '../../lib/issuer-label';
import type { OidcIssuer } from '../../../shared/schemas/oidc-issuer';
import type { Session } from '../../../shared/schemas/session';
import { FIXTURE_ROLE, FIXTURE_USER, sessionFixture } from './session.fixture';
import type { User } from '../../../shared/schemas/user';
import { heldCredentials } from './held-credentials';
import { holderOf } from './session-holder';
import { SessionTable } from './session-table';
import type { SessionColumns } from './session-table';

const ROLE = FIXTURE_ROLE;
const USER = FIXTURE_USER;
const ISSUER = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const TOKEN = 'ars-Zx8qLm3Np0Rt7VwYb2Cd5Fg9Hj1Kk4';

/** Two hours left, so the countdown shows hours. */
const session = (over: Partial<Session> = {}): Session =>
  sessionFixture({
    session_token: TOKEN,
    expires_at: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    ...over,
  });

const render = (columns: SessionColumns, sessions: Session[] = [session()]) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <SessionTable sessions={sessions} columns={columns} onTerminate={() => undefined} />
    </MemoryRouter>,
  );
/** The header cells' text (MUI's styles, inlined by the server render, left out). */
const headings = (html: string) =>
  [...html.replace(/<style[^>]*>.*?<\/style>/g, '').matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  );

afterEach(() => heldCredentials.clear());

describe('the session table', () => {
  it('lists a user’s sessions with their role and how they were assumed', () => {
    const html = render({ of: 'user', roleName: () => 'Deployer' });
    expect(headings(html)).toEqual([
      'Role',
      'Session name',
      'Auth method',
      'Source IP',
      'Assumed at',
      'Expires at',
      'Remaining',
      'Actions',
    ]);
    expect(html).toContain('Deployer');
    expect(html).toContain('API key');
    expect(html).toMatch(/\d+:\d\d:\d\d/);
    expect(html).toContain('aria-label="Terminate deploy-42"');
    // Nothing of this tab's own, and the whole token is never shown.
    expect(html).not.toContain('this tab');
    expect(html).not.toContain(TOKEN);
  });

  it('marks the sessions whose credentials this tab holds', () => {
    heldCredentials.hold({
      request: { action: 'AssumeRole', role_id: ROLE, session_name: 'deploy-42' },
      response: {
        action: 'AssumeRole',
        credentials: {
          access_key_id: 'AKID',
          secret_access_key: 'secret',
          session_token: TOKEN,
          expiration: '2099-01-01T00:00:00Z',
        },
        assumed_role_user: { arn: 'arn', assumed_role_id: 'id' },
        request_id: 'req',
        raw_xml: '<x/>',
      },
      roleName: 'Deployer',
      receivedAt: 1,
    });
    expect(render({ of: 'user', roleName: () => 'Deployer' })).toContain('this tab');
  });

  it('lists a role’s sessions with their holder, linked to the user, and the token’s end', () => {
    const html = render({ of: 'role', holderName: () => 'Avery Quinn' }, [
      session(),
      session({ session_token: 'ars-…abc123', session_name: 'gone', expires_at: 'soon' }),
    ]);
    expect(headings(html)).toEqual([
      'Session name',
      'User',
      'Source IP',
      'Token',
      'Started',
      'Expires',
      'Remaining',
      'Actions',
    ]);
    expect(html).toContain(`href="/users/${USER}"`);
    expect(html).toContain('Avery Quinn');
    expect(html).toContain('ars-…Hj1Kk4');
    expect(html).not.toContain(TOKEN);
    expect(html).toContain('Expired');
  });

  it('offers Terminate only for a session it can address', () => {
    const html = render({ of: 'role', holderName: () => 'x' }, [
      session({ session_token: 'ars-…abc123', session_name: 'masked' }),
    ]);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Terminate masked"/);
  });
});

describe('holderOf', () => {
  const users = [{ id: USER, name: 'Avery Quinn', email: 'avery@example.com' }] as User[];
  const issuers = [
    { id: ISSUER, display_name: 'CI', uri: 'https://ci.example.com' },
  ] as OidcIssuer[];

  it('names the user, else the web identity subject or issuer', () => {
    expect(holderOf(session(), users, issuers)).toBe('Avery Quinn');
    expect(holderOf(session({ user_id: 'someone' }), users, issuers)).toBe('someone');
    const oidc = session({ user_id: '', auth_method: 'oidc', oidc_issuer_id: ISSUER });
    expect(holderOf({ ...oidc, oidc_subject: 'repo:main' }, users, issuers)).toBe(
      'repo:main (OIDC)',
    );
    expect(holderOf(oidc, users, issuers)).toBe(`${issuerLabel(issuers[0]!)} (OIDC)`);
    expect(holderOf(oidc, users, undefined)).toBe('OIDC subject (OIDC)');
  });
});
