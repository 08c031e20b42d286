import { randomUUID } from 'node:crypto';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { roleTrustSchema } from '../../../../shared/schemas/role-trust';
import { TrustDifferences } from '../components/trust-differences';
import { trustCreateBody, trustUpdateBody } from '../model/requests';
import { intendedTrust } from '../model/trust-verify';
import type { WizardInput } from '../model/wizard-schema';
import { wizardDefaults, wizardSchema } from '../model/wizard-schema';
import { addTrust, createAssumableRole, updateTrust, verifiedClean } from './trust-writes';

const USER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const POLICY = '11111111-1111-4111-8111-111111111111';
/** The marker zone whose trust writes the lossy upstream strips of their days. */
const LOSSY_ZONE = 'Pacific/Chatham';

type Json = Record<string, unknown>;

/**
 * A stand-in for the console's /api/v2 in front of an upstream that keeps to Vultr's documented
 * shapes and loses data: trust replies without `role_id` (govultr's shape), an empty body for the
 * create (allowed by OpenAPI), `days_of_week` dropped from every write in the marker zone, and an
 * omitted `valid_until` on update leaving the old one in place.
 */
class LossyUpstream {
  roles = new Map<string, Json>();
  trusts = new Map<string, Json>();
  requests: string[] = [];
  emptyCreateReply = false;
  failReads = false;

  private store(id: string, body: Json, previous: Json = {}) {
    const conditions = { ...((body.conditions ?? previous.conditions ?? {}) as Json) };
    const timeOfDay = conditions.time_of_day as Json | undefined;
    if (timeOfDay?.timezone === LOSSY_ZONE) {
      const { days_of_week: _dropped, ...rest } = timeOfDay;
      conditions.time_of_day = rest;
    }
    const role = this.roles.get(String(body.role_id ?? previous.role_id));
    const trust: Json = {
      ...previous,
      id,
      role_id: body.role_id ?? previous.role_id,
      role_name: role?.name ?? '',
      trust_type: body.trust_type ?? previous.trust_type,
      trusted_user_id: body.trusted_user_id ?? '',
      user_display: body.trusted_user_id ? 'Avery Quinn' : '',
      trusted_group_id: body.trusted_group_id ?? '',
      trusted_oidc_issuer_id: body.trusted_oidc_issuer_id ?? '',
      conditions,
      valid_until: body.valid_until ?? previous.valid_until ?? '',
      date_created: '2026-06-15T10:00:00+00:00',
    };
    this.trusts.set(id, trust);
    return trust;
  }

  /** The fetch the API client calls. */
  fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const method = init?.method ?? 'GET';
    const path = input.replace(/^\/api/, '').replace(/\?.*$/, '');
    this.requests.push(`${method} ${path}`);
    const body = init?.body ? (JSON.parse(String(init.body)) as Json) : {};
    const json = (status: number, reply?: unknown) =>
      new Response(reply === undefined ? '' : JSON.stringify(reply), { status });
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v2/roles') {
      const role = {
        id: randomUUID(),
        ...body,
        policies: [],
        date_created: '2026-06-15T10:00:00Z',
      };
      this.roles.set(role.id, role);
      return json(201, role);
    }
    if (method === 'POST' && /^\/v2\/roles\/[^/]+\/policies\/[^/]+$/.test(path))
      return json(201, {});
    if ((m = /^\/v2\/roles\/([^/]+)$/.exec(path)) && method === 'DELETE') {
      this.roles.delete(m[1]!);
      return json(204);
    }
    if (method === 'POST' && path === '/v2/role-trusts') {
      const trust = this.store(randomUUID(), body);
      const { role_id: _govultr, ...reply } = trust;
      return this.emptyCreateReply ? json(201) : json(201, reply);
    }
    if ((m = /^\/v2\/role-trusts\/by-role\/([^/]+)$/.exec(path))) {
      const list = [...this.trusts.values()].filter((t) => t.role_id === m![1]);
      return json(200, { role_trusts: list.map(({ role_id: _r, ...t }) => t) });
    }
    if ((m = /^\/v2\/role-trusts\/([^/]+)$/.exec(path))) {
      const previous = this.trusts.get(m[1]!);
      if (!previous) return json(404, { message: 'Role trust not found' });
      if (method === 'GET') {
        if (this.failReads) return json(503, { error: 'Service unavailable' });
        const { role_id: _govultr, ...trust } = previous;
        return json(200, { role_trust: trust });
      }
      if (method === 'PUT') {
        this.store(m[1]!, body, previous);
        return json(200);
      }
      if (method === 'DELETE') {
        this.trusts.delete(m[1]!);
        return json(204);
      }
    }
    return json(404, { error: `no route ${method} ${path}` });
  };
}

/** The text a component shows, markup left out. */
const shownText = (element: ReactElement) =>
  renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'");

let upstream: LossyUpstream;
beforeEach(() => {
  upstream = new LossyUpstream();
  vi.stubGlobal('fetch', vi.fn(upstream.fetch));
});
afterEach(() => vi.unstubAllGlobals());

function wizardValues(zone: string, validUntil = '') {
  const input: WizardInput = wizardDefaults(zone);
  input.role = { ...input.role, name: 'Weekday on-call' };
  input.trust = {
    ...input.trust,
    kind: 'user',
    entity_id: USER,
    valid_until: { local: validUntil, zone },
  };
  input.schedule = { ...input.schedule, mode: 'days_times', start: 9, end: 17 };
  input.ip_address = ['203.0.113.0/24'];
  input.policy_ids = [POLICY];
  return wizardSchema({ now: () => new Date('2026-06-15T10:00:00Z') }).parse(input);
}

async function create(zone: string, validUntil = '') {
  const values = wizardValues(zone, validUntil);
  return createAssumableRole(values, new Map(), intendedTrust(values), zone);
}

describe('Add Role, then the trust read back', () => {
  it('finds nothing to warn about when the upstream keeps every condition', async () => {
    const { role, verification } = await create('Europe/Berlin', '2026-07-31T23:59');
    expect(verifiedClean(verification)).toBe(true);
    expect(verification.trust?.role_id).toBe(role.id);
    expect(upstream.requests).toEqual([
      'POST /v2/roles',
      `POST /v2/roles/${role.id}/policies/${POLICY}`,
      'POST /v2/role-trusts',
      `GET /v2/role-trusts/${verification.trust?.id}`,
    ]);
  });

  it('warns, naming the dropped days, when the upstream loses them', async () => {
    const { verification } = await create(LOSSY_ZONE);
    expect(verifiedClean(verification)).toBe(false);
    expect(verification.differences.map((d) => d.field)).toEqual(['days_of_week']);
    // The trust stays as stored: the schedule kept its zone and hours.
    expect(verification.trust?.conditions.time_of_day).toEqual({
      timezone: LOSSY_ZONE,
      start: 9,
      end: 17,
    });
    const text = shownText(<TrustDifferences verification={verification} verb="created" />);
    expect(text).toContain('The API did not keep the trust as sent');
    expect(text).toContain(
      'Days of week were not kept: the role is assumable on every day, not only Mon–Fri.',
    );
  });

  it('finds the new trust by its role when the create answers with an empty body', async () => {
    upstream.emptyCreateReply = true;
    const { role, verification } = await create(LOSSY_ZONE);
    expect(upstream.requests).toContain(`GET /v2/role-trusts/by-role/${role.id}`);
    expect(verification.differences.map((d) => d.field)).toEqual(['days_of_week']);
  });
});

describe('Role Trust → Edit, then the trust read back', () => {
  it('says the old expiry stayed when the upstream keeps it', async () => {
    const { verification } = await create('Europe/Berlin', '2026-07-31T23:59');
    const trust = verification.trust!;
    const values = wizardValues('Europe/Berlin', '');
    const kept = { local: '2026-07-31T23:59', zone: 'Europe/Berlin' };
    const body = trustUpdateBody(values, kept);
    expect('valid_until' in body).toBe(false);
    const saved = await updateTrust(
      trust,
      body,
      intendedTrust(values, { input: kept, iso: trust.valid_until }),
      'Europe/Berlin',
    );
    expect(saved.trust && roleTrustSchema.safeParse(saved.trust).success).toBe(true);
    expect(saved.differences.map((d) => `${d.headline}: ${d.meaning}`)).toEqual([
      'The expiry was not removed: the trust still stops working at 2026-07-31 23:59 Europe/Berlin',
    ]);
    expect(shownText(<TrustDifferences verification={saved} verb="saved" />)).toContain(
      'The expiry was not removed: the trust still stops working',
    );
  });

  it('reports a read-back that fails instead of guessing', async () => {
    const { verification } = await create('Europe/Berlin');
    upstream.failReads = true;
    const values = wizardValues('Europe/Berlin');
    const saved = await updateTrust(
      verification.trust!,
      trustUpdateBody(values, { local: '', zone: 'Europe/Berlin' }),
      intendedTrust(values),
      'Europe/Berlin',
    );
    expect(saved.readError?.message).toBe('Service unavailable');
    expect(verifiedClean(saved)).toBe(false);
  });
});

describe('Role Trust → Add trust, then the trust read back', () => {
  it('POSTs one more trust for the role and reads that one back, not the older trust', async () => {
    const { role } = await create('Europe/Berlin');
    const values = wizardValues('Europe/Berlin');
    values.ip_address = ['198.51.100.0/24'];
    upstream.requests = [];
    const added = await addTrust(
      trustCreateBody(values, role.id),
      intendedTrust(values),
      'Europe/Berlin',
    );
    expect(verifiedClean(added)).toBe(true);
    expect(added.trust?.role_id).toBe(role.id);
    expect(added.trust?.conditions.ip_address).toEqual(['198.51.100.0/24']);
    expect(upstream.requests).toEqual([
      'POST /v2/role-trusts',
      `GET /v2/role-trusts/${added.trust?.id}`,
    ]);
  });

  it('takes the newest trust of the role when the create answers with an empty body', async () => {
    const { role } = await create(LOSSY_ZONE);
    upstream.emptyCreateReply = true;
    const values = wizardValues(LOSSY_ZONE);
    values.ip_address = ['198.51.100.0/24'];
    const added = await addTrust(
      trustCreateBody(values, role.id),
      intendedTrust(values),
      'Europe/Berlin',
    );
    expect(upstream.requests).toContain(`GET /v2/role-trusts/by-role/${role.id}`);
    expect(added.trust?.conditions.ip_address).toEqual(['198.51.100.0/24']);
    expect(added.differences.map((d) => d.field)).toEqual(['days_of_week']);
  });
});
