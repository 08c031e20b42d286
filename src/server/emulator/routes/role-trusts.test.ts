import { beforeAll, describe, expect, it } from 'vitest';
import { roleSchema } from '../../../shared/schemas/role';
import {
  assumableRolesSchema,
  roleTrustListSchema,
  roleTrustReadSchema,
  roleTrustSchema,
} from '../../../shared/schemas/role-trust';
import type { RoleTrust } from '../../../shared/schemas/role-trust';
import { createRole, idWhere } from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();
let roleId: string;
const id = (table: string, column: string, value: string) => idWhere(server, table, column, value);

beforeAll(async () => {
  roleId = (await createRole(server, { name: 'Trust Target', role_type: 'assumable' })).id;
});

async function createTrust(body: Record<string, unknown>): Promise<RoleTrust> {
  const res = await server.v2('POST', '/v2/role-trusts', { body: { role_id: roleId, ...body } });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return roleTrustSchema.parse(res.json);
}

describe('POST /v2/role-trusts', () => {
  it('creates a trust for each kind of principal with the display names filled', async () => {
    const user = await createTrust({
      trust_type: 'TemporaryAssumption',
      trusted_user_id: id('users', 'name', 'Devi Patel'),
    });
    expect(user).toMatchObject({
      role_id: roleId,
      role_name: 'Trust Target',
      user_display: 'Devi Patel',
      trusted_group_id: '',
      group_display: '',
      trusted_oidc_issuer_id: '',
      issuer_display: '',
      valid_until: '',
      conditions: { ip_address: [] },
    });
    expect(user.conditions.time_of_day).toBeUndefined();

    const onCall = id('groups', 'display_name', 'On-call');
    const group = await createTrust({ trust_type: 'IAMAssumption', trusted_group_id: onCall });
    expect(group).toMatchObject({
      group_display: 'On-call',
      trusted_user_id: '',
      user_display: '',
    });

    const github = id('oidc_issuers', 'display_name', 'GitHub Actions');
    const issuer = await createTrust({
      trust_type: 'FederatedAssumption',
      trusted_oidc_issuer_id: github,
    });
    expect(issuer).toMatchObject({
      issuer_display: 'GitHub Actions',
      trust_type: 'FederatedAssumption',
    });

    const read = await server.v2('GET', `/v2/role-trusts/${issuer.id}`);
    expect(roleTrustReadSchema.parse(read.json).role_trust).toEqual(issuer);
  });

  it('stores each schedule mode, normalised addresses and the expiry as given', async () => {
    const user = id('users', 'name', 'Carmen Diaz');
    const modes = [
      undefined,
      { timezone: 'Europe/Berlin', start: 9, end: 17 },
      { timezone: 'utc', days_of_week: ['saturday', 'sunday'] },
      { timezone: 'America/New_York', days_of_week: ['monday', 'friday'], start: 22, end: 6 },
    ];
    for (const time_of_day of modes) {
      const trust = await createTrust({
        trust_type: 'TemporaryAssumption',
        trusted_user_id: user,
        conditions: {
          ...(time_of_day ? { time_of_day } : {}),
          ip_address: ['203.0.113.9/24', '2001:DB8::1'],
        },
        valid_until: '2027-01-31T23:59:59+01:00',
      });
      expect(trust.conditions.time_of_day).toEqual(time_of_day);
      expect(trust.conditions.ip_address).toEqual(['203.0.113.0/24', '2001:db8::1']);
      expect(trust.valid_until).toBe('2027-01-31T22:59:59+00:00');
    }
  });

  it.each([
    [
      { trust_type: 'TemporaryAssumption' },
      400,
      'trusted_user_id exactly one of trusted_user_id, trusted_group_id, trusted_oidc_issuer_id must be given',
    ],
    [
      {
        trust_type: 'TemporaryAssumption',
        trusted_user_id: '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d',
      },
      404,
      'Invalid user',
    ],
    [
      {
        trust_type: 'TemporaryAssumption',
        trusted_group_id: '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d',
      },
      404,
      'Group not found',
    ],
    [
      {
        trust_type: 'TemporaryAssumption',
        trusted_oidc_issuer_id: '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d',
      },
      404,
      'Issuer Not Found',
    ],
  ])('refuses %j → %i', async (body, status, message) => {
    const res = await server.v2('POST', '/v2/role-trusts', { body: { role_id: roleId, ...body } });
    expect(res.json).toEqual({ error: message, status });
  });

  it('echoes a time zone exactly as sent, and assumption honours every spelling', async () => {
    for (const timezone of ['Asia/Calcutta', 'Asia/Kolkata', 'utc', 'UTC']) {
      const trust = await createTrust({
        trust_type: 'TemporaryAssumption',
        trusted_user_id: id('users', 'name', 'Devi Patel'),
        conditions: { time_of_day: { timezone, days_of_week: ['sunday'], start: 9, end: 17 } },
      });
      expect(trust.conditions.time_of_day?.timezone).toBe(timezone);
      const read = await server.v2('GET', `/v2/role-trusts/${trust.id}`);
      expect(roleTrustReadSchema.parse(read.json).role_trust.conditions.time_of_day?.timezone).toBe(
        timezone,
      );
      await server.v2('DELETE', `/v2/role-trusts/${trust.id}`);
    }

    // 12:00 UTC on Sunday 22 November 2026 is 17:30 in India: inside 17–18, outside 18–19.
    const devi = id('users', 'name', 'Devi Patel');
    const assume = async (timezone: string, start: number) => {
      const role = await server.v2('POST', '/v2/roles', {
        body: { name: `Zone ${timezone} ${start}`, role_type: 'assumable' },
      });
      const target = roleSchema.parse(role.json).id;
      const trust = await server.v2('POST', '/v2/role-trusts', {
        body: {
          role_id: target,
          trust_type: 'TemporaryAssumption',
          trusted_user_id: devi,
          conditions: { time_of_day: { timezone, start, end: start + 1 } },
        },
      });
      expect(trust.status).toBe(201);
      const res = await server.v2('POST', '/v2/assumed-roles/assume', {
        body: { role_id: target, session_name: 'zone', user_id: devi },
      });
      return res.status;
    };
    expect(await assume('Asia/Calcutta', 17)).toBe(201);
    expect(await assume('Asia/Kolkata', 17)).toBe(201);
    expect(await assume('Asia/Calcutta', 18)).toBe(403);
    expect(await assume('UTC', 12)).toBe(201);
  });

  it('refuses an expiry in the past, an unknown role and an assignable role', async () => {
    const user = id('users', 'name', 'Devi Patel');
    const past = await server.v2('POST', '/v2/role-trusts', {
      body: {
        role_id: roleId,
        trust_type: 'TemporaryAssumption',
        trusted_user_id: user,
        valid_until: '2026-11-22T11:59:59Z',
      },
    });
    expect(past.json).toEqual({ error: 'valid_until must be in the future', status: 400 });
    const ghost = await server.v2('POST', '/v2/role-trusts', {
      body: {
        role_id: '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d',
        trust_type: 'TemporaryAssumption',
        trusted_user_id: user,
      },
    });
    expect(ghost.json).toEqual({ error: 'Role not found', status: 404 });
    const assignable = await server.v2('POST', '/v2/role-trusts', {
      body: {
        role_id: id('roles', 'name', 'Developer'),
        trust_type: 'TemporaryAssumption',
        trusted_user_id: user,
      },
    });
    expect(assignable.status).toBe(409);
  });
});

describe('PUT /v2/role-trusts/{id}', () => {
  it('changes only what is given; clears the expiry with an empty string', async () => {
    const trust = await createTrust({
      trust_type: 'TemporaryAssumption',
      trusted_user_id: id('users', 'name', 'Devi Patel'),
      conditions: { ip_address: ['198.51.100.7'] },
      valid_until: '2027-06-01T00:00:00Z',
    });
    const same = await server.v2('PUT', `/v2/role-trusts/${trust.id}`, { body: {} });
    expect(roleTrustSchema.parse(same.json)).toEqual(trust);

    const moved = roleTrustSchema.parse(
      (
        await server.v2('PUT', `/v2/role-trusts/${trust.id}`, {
          body: { trusted_group_id: id('groups', 'display_name', 'Auditors'), valid_until: '' },
        })
      ).json,
    );
    expect(moved).toMatchObject({
      trusted_user_id: '',
      group_display: 'Auditors',
      valid_until: '',
      conditions: { ip_address: ['198.51.100.7'] },
    });

    const scheduled = roleTrustSchema.parse(
      (
        await server.v2('PUT', `/v2/role-trusts/${trust.id}`, {
          body: {
            trust_type: 'IAMAssumption',
            conditions: { time_of_day: { timezone: 'Asia/Tokyo', start: 8, end: 20 } },
          },
        })
      ).json,
    );
    expect(scheduled).toMatchObject({
      trust_type: 'IAMAssumption',
      conditions: { time_of_day: { timezone: 'Asia/Tokyo', start: 8, end: 20 }, ip_address: [] },
    });
  });

  it('validates like create and answers 404 for unknown trusts', async () => {
    const trust = await createTrust({
      trust_type: 'TemporaryAssumption',
      trusted_user_id: id('users', 'name', 'Devi Patel'),
    });
    const bad = await server.v2('PUT', `/v2/role-trusts/${trust.id}`, {
      body: { conditions: { time_of_day: { start: 3 } } },
    });
    expect(bad.json).toEqual({
      error:
        'conditions.time_of_day.end must be given together with start and end (both or neither)',
      status: 400,
    });
    const ghost = await server.v2('PUT', '/v2/role-trusts/3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d', {
      body: {},
    });
    expect(ghost.json).toEqual({ error: 'Role trust not found', status: 404 });
  });
});

describe('delete, restore, lists', () => {
  it('soft-deletes and restores a trust, leaving the role untouched', async () => {
    const trust = await createTrust({
      trust_type: 'TemporaryAssumption',
      trusted_user_id: id('users', 'name', 'Emil Novak'),
    });
    expect((await server.v2('DELETE', `/v2/role-trusts/${trust.id}`)).status).toBe(204);
    expect((await server.v2('GET', `/v2/role-trusts/${trust.id}`)).json).toEqual({
      error: 'Role trust not found',
      status: 404,
    });
    expect((await server.v2('GET', `/v2/roles/${roleId}`)).status).toBe(200);
    const restored = await server.v2('PATCH', `/v2/role-trusts/${trust.id}/restore`);
    expect(roleTrustSchema.parse(restored.json)).toEqual(trust);
  });

  it('pages through all trusts and through one role’s trusts', async () => {
    const all = roleTrustListSchema.parse(
      (await server.v2('GET', '/v2/role-trusts?per_page=500')).json,
    );
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = roleTrustListSchema.parse(
        (await server.v2('GET', `/v2/role-trusts?per_page=3${cursor ? `&cursor=${cursor}` : ''}`))
          .json,
      );
      expect(page.meta.total).toBe(all.role_trusts.length);
      seen.push(...page.role_trusts.map((t) => t.id));
      cursor = page.meta.links.next;
    } while (cursor);
    expect(seen).toEqual(all.role_trusts.map((t) => t.id));

    const byRole = roleTrustListSchema.parse(
      (await server.v2('GET', `/v2/role-trusts/by-role/${roleId}`)).json,
    );
    expect(byRole.role_trusts.length).toBeGreaterThan(5);
    expect(byRole.role_trusts.every((t) => t.role_id === roleId)).toBe(true);
    expect(
      (await server.v2('GET', '/v2/role-trusts/by-role/3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d')).json,
    ).toEqual({ error: 'Role not found', status: 404 });
  });

  it('lists the trusts a user can assume, directly or through a group', async () => {
    const devi = id('users', 'name', 'Devi Patel'); // member of On-call
    const res = assumableRolesSchema.parse(
      (await server.v2('GET', `/v2/role-trusts/assumable/${devi}`)).json,
    );
    const roles = new Set(res.assumable_roles.map((t) => t.role_name));
    expect(roles.has('On-call Responder')).toBe(true); // through the On-call group
    expect(roles.has('Trust Target')).toBe(true); // directly
    expect(roles.has('Break-glass Administrator')).toBe(false);
    expect(
      (await server.v2('GET', '/v2/role-trusts/assumable/3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d'))
        .json,
    ).toEqual({ error: 'Invalid user', status: 404 });
  });

  it('hides the trusts of a deleted role and refuses to restore them until the role is back', async () => {
    const role = await createRole(server, { name: 'Short Lived', role_type: 'assumable' });
    const trust = roleTrustSchema.parse(
      (
        await server.v2('POST', '/v2/role-trusts', {
          body: {
            role_id: role.id,
            trust_type: 'TemporaryAssumption',
            trusted_user_id: id('users', 'name', 'Devi Patel'),
          },
        })
      ).json,
    );
    await server.v2('DELETE', `/v2/role-trusts/${trust.id}`);
    await server.v2('DELETE', `/v2/roles/${role.id}`);
    expect((await server.v2('PATCH', `/v2/role-trusts/${trust.id}/restore`)).status).toBe(409);
    await server.v2('PATCH', `/v2/roles/${role.id}/restore`);
    expect((await server.v2('PATCH', `/v2/role-trusts/${trust.id}/restore`)).status).toBe(200);
    await server.v2('DELETE', `/v2/roles/${role.id}`);
    expect((await server.v2('GET', `/v2/role-trusts/${trust.id}`)).status).toBe(404);
  });
});
