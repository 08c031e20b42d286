import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/schemas/session';
import { FIXTURE_ROLE, FIXTURE_USER, sessionFixture } from './session.fixture';
import type { RoleSessions } from './role-sessions';
import { dropSession } from './session-cache';
import { sessionQueries } from './session-queries';

const ROLE = FIXTURE_ROLE;
const USER = FIXTURE_USER;

const session = (token: string, id = ''): Session =>
  sessionFixture({ id, session_token: token, session_name: token });

describe('dropSession', () => {
  it('takes a terminated session out of the user’s and the role’s cached lists', () => {
    const queryClient = new QueryClient();
    const gone = session('ars-gone-0123456789');
    const kept = session('ars-kept-0123456789');
    const masked = session('ars-…abc123', 'emulator-id');
    const ofUser = sessionQueries.ofUser(USER).queryKey;
    const ofRole = sessionQueries.ofRole(ROLE).queryKey;
    queryClient.setQueryData(ofUser, [gone, kept, masked]);
    queryClient.setQueryData(ofRole, {
      sessions: [gone, kept, masked],
      listedBy: 'users',
      missesWebIdentity: true,
    } satisfies RoleSessions);

    dropSession(queryClient, gone);
    expect(queryClient.getQueryData(ofUser)).toEqual([kept, masked]);
    expect(queryClient.getQueryData(ofRole)).toEqual({
      sessions: [kept, masked],
      listedBy: 'users',
      missesWebIdentity: true,
    });

    // A session the list showed by its end only is found by its id.
    dropSession(queryClient, { ...masked, session_token: '' });
    expect(queryClient.getQueryData(ofUser)).toEqual([kept]);
  });

  it('leaves lists not loaded alone', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(sessionQueries.ofUser(USER).queryKey, undefined);
    dropSession(queryClient, session('ars-x-0123456789'));
    expect(queryClient.getQueryData(sessionQueries.ofUser(USER).queryKey)).toBeUndefined();
  });
});
