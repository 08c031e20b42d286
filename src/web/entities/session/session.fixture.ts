import type { Session } from '../../../shared/schemas/session';

/** Ids the session tests share. */
export const FIXTURE_ROLE = '11111111-1111-4111-8111-111111111111';
export const FIXTURE_USER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

/** An active API-key session of FIXTURE_USER in FIXTURE_ROLE, with any field changed. */
export function sessionFixture(over: Partial<Session> = {}): Session {
  return {
    id: '',
    session_token: 'ars-Zx8qLm3Np0Rt7VwYb2Cd5Fg9Hj1Kk4',
    token_suffix: '',
    role_id: FIXTURE_ROLE,
    role_name: '',
    user_id: FIXTURE_USER,
    oidc_issuer_id: '',
    oidc_subject: '',
    session_name: 'deploy-42',
    auth_method: 'api_key',
    remaining_duration: 600,
    conditions_met: [],
    source_ip: '198.51.100.7',
    assumed_at: '2026-11-22T10:00:00Z',
    expires_at: '2026-11-22T16:00:00Z',
    ...over,
  };
}
