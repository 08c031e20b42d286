import { describe, expect, it } from 'vitest';
import { roleTrustSchema } from '../../../../shared/schemas/role-trust';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import type { IntendedTrust, TrustField } from './trust-verify';
import { compareTrust, dayWords, differenceSentence, intendedTrust } from './trust-verify';
import { wizardDefaults, wizardSchema } from './wizard-schema';

const TRUST = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ROLE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const USER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const GROUP = '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

const sent: IntendedTrust = {
  trust_type: 'TemporaryAssumption',
  principal: { kind: 'user', id: USER, name: 'Avery Quinn' },
  time_of_day: { timezone: 'Europe/Berlin', days_of_week: [...WEEKDAYS], start: 9, end: 17 },
  ip_address: ['203.0.113.0/24', '2001:db8::/32'],
  valid_until: '2026-07-31T23:59:00+02:00',
};

/** The trust as an upstream answers it, read with the console's schema. */
function stored(patch: Record<string, unknown> = {}, conditions: Record<string, unknown> = {}) {
  return roleTrustSchema.parse({
    id: TRUST,
    role_id: ROLE,
    role_name: 'On-call',
    trust_type: 'TemporaryAssumption',
    trusted_user_id: USER,
    user_display: 'Avery Quinn',
    conditions: {
      time_of_day: { timezone: 'Europe/Berlin', days_of_week: [...WEEKDAYS], start: 9, end: 17 },
      ip_address: ['203.0.113.0/24', '2001:db8::/32'],
      ...conditions,
    },
    valid_until: '2026-07-31T21:59:00+00:00',
    date_created: '2026-06-01T10:00:00+00:00',
    ...patch,
  });
}

const fields = (t: RoleTrust, s: IntendedTrust = sent) =>
  compareTrust(s, t, { zone: 'Europe/Berlin' }).map((d) => d.field);

describe('compareTrust: what the API kept', () => {
  const same: [string, RoleTrust][] = [
    ['the trust exactly as sent', stored()],
    ['the expiry written with another offset', stored({ valid_until: '2026-07-31T21:59:00Z' })],
    ['the expiry without a zone, read as UTC', stored({ valid_until: '2026-07-31 21:59:00' })],
    [
      'the IP list in another order',
      stored({}, { ip_address: ['2001:db8::/32', '203.0.113.0/24'] }),
    ],
    [
      'the IP list spelled another way',
      stored({}, { ip_address: ['203.0.113.77/24', '2001:0DB8:0000::/32'] }),
    ],
    [
      'the days in another order',
      stored(
        {},
        {
          time_of_day: {
            timezone: 'Europe/Berlin',
            days_of_week: ['friday', 'monday', 'thursday', 'tuesday', 'wednesday'],
            start: 9,
            end: 17,
          },
        },
      ),
    ],
    ['unused principals as null', stored({ trusted_group_id: null, trusted_oidc_issuer_id: '' })],
  ];
  it.each(same)('no difference: %s', (_, t) => {
    expect(compareTrust(sent, t)).toEqual([]);
  });

  it.each([
    ['Asia/Kolkata', 'Asia/Calcutta'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['UTC', 'utc'],
    ['utc', 'UTC'],
    ['Europe/Kyiv', 'Europe/Kiev'],
  ])('a zone sent as %s and stored as %s is the same zone', (sentZone, storedZone) => {
    const s = { ...sent, time_of_day: { ...sent.time_of_day!, timezone: sentZone } };
    const t = stored({}, { time_of_day: { ...sent.time_of_day!, timezone: storedZone } });
    expect(compareTrust(s, t)).toEqual([]);
  });

  it('takes all seven days as every day, and 00:00–24:00 as any hour', () => {
    const s: IntendedTrust = {
      ...sent,
      time_of_day: { timezone: 'utc', days_of_week: ['monday'], start: 0, end: 24 },
    };
    const t = stored(
      {},
      {
        time_of_day: {
          timezone: 'UTC',
          days_of_week: [
            'monday',
            'tuesday',
            'wednesday',
            'thursday',
            'friday',
            'saturday',
            'sunday',
          ],
        },
      },
    );
    expect(fields(t, s)).toEqual(['days_of_week']);
    expect(
      fields(stored({}, { time_of_day: { timezone: 'utc', days_of_week: ['monday'] } }), s),
    ).toEqual([]);
  });
});

describe('compareTrust: each condition the API did not keep', () => {
  const cases: [string, RoleTrust, TrustField[], string][] = [
    [
      'trust type',
      stored({ trust_type: 'IAMAssumption' }),
      ['trust_type'],
      'The trust type changed: the trust is IAMAssumption, not TemporaryAssumption.',
    ],
    [
      'principal dropped',
      stored({ trusted_user_id: '', user_display: '' }),
      ['principal'],
      'The trusted entity was not kept: the trust names nobody, so user Avery Quinn cannot assume the role through it.',
    ],
    [
      'principal changed',
      stored({ trusted_user_id: null, trusted_group_id: GROUP, group_display: 'Ops' }),
      ['principal'],
      'The trusted entity changed: the trust names group Ops, not user Avery Quinn.',
    ],
    [
      'time zone',
      stored({}, { time_of_day: { ...sent.time_of_day!, timezone: 'utc' } }),
      ['timezone'],
      'The time zone changed: the schedule is read in UTC, not in Europe/Berlin, so it opens and closes at other times.',
    ],
    [
      'zones with the same offset are still different zones',
      stored({}, { time_of_day: { ...sent.time_of_day!, timezone: 'Europe/Paris' } }),
      ['timezone'],
      'The time zone changed: the schedule is read in Europe/Paris, not in Europe/Berlin, so it opens and closes at other times.',
    ],
    [
      'days of week dropped',
      stored({}, { time_of_day: { timezone: 'Europe/Berlin', start: 9, end: 17 } }),
      ['days_of_week'],
      'Days of week were not kept: the role is assumable on every day, not only Mon–Fri.',
    ],
    [
      'days of week changed',
      stored(
        {},
        {
          time_of_day: {
            ...sent.time_of_day!,
            days_of_week: ['monday', 'wednesday', 'friday'],
          },
        },
      ),
      ['days_of_week'],
      'Days of week changed: the role is assumable on Mon, Wed, Fri, not on Mon–Fri.',
    ],
    [
      'start changed',
      stored({}, { time_of_day: { ...sent.time_of_day!, start: 8 } }),
      ['hours'],
      'Hours changed: the role is assumable 08:00–17:00, not 09:00–17:00.',
    ],
    [
      'end changed',
      stored({}, { time_of_day: { ...sent.time_of_day!, end: 18 } }),
      ['hours'],
      'Hours changed: the role is assumable 09:00–18:00, not 09:00–17:00.',
    ],
    [
      'hours dropped',
      stored({}, { time_of_day: { timezone: 'Europe/Berlin', days_of_week: [...WEEKDAYS] } }),
      ['hours'],
      'Hours were not kept: the role is assumable at any hour of the day, not only 09:00–17:00.',
    ],
    [
      "govultr's zero hours read as none",
      stored({}, { time_of_day: { ...sent.time_of_day!, start: 0, end: 0 } }),
      ['hours'],
      'Hours were not kept: the role is assumable at any hour of the day, not only 09:00–17:00.',
    ],
    [
      'IP list dropped',
      stored({}, { ip_address: null }),
      ['ip_address'],
      'IP restrictions were not kept: the role may be assumed from any IP address, not only from 203.0.113.0/24 and 2001:db8::/32.',
    ],
    [
      'IP list cut short',
      stored({}, { ip_address: ['203.0.113.0/24'] }),
      ['ip_address'],
      'IP restrictions changed: the role may be assumed only from 203.0.113.0/24, not from 203.0.113.0/24 and 2001:db8::/32.',
    ],
    [
      'expiry dropped',
      stored({ valid_until: null }),
      ['valid_until'],
      'The expiry was not kept: the trust never expires, instead of stopping at 2026-07-31 23:59 Europe/Berlin.',
    ],
    [
      'expiry moved',
      stored({ valid_until: '2026-07-31T23:59:00+00:00' }),
      ['valid_until'],
      'The expiry changed: the trust stops working at 2026-08-01 01:59 Europe/Berlin, not at 2026-07-31 23:59 Europe/Berlin.',
    ],
  ];
  it.each(cases)('%s', (_, t, expectedFields, sentence) => {
    const differences = compareTrust(sent, t, { zone: 'Europe/Berlin' });
    expect(differences.map((d) => d.field)).toEqual(expectedFields);
    expect(differences.map(differenceSentence)).toEqual([sentence]);
  });

  it('names what was added that was never sent', () => {
    const plain: IntendedTrust = { ...sent, ip_address: [], valid_until: '' };
    delete plain.time_of_day;
    const differences = compareTrust(plain, stored(), { zone: 'UTC' }).map(differenceSentence);
    expect(differences).toEqual([
      'Days of week were added: the role is assumable only on Mon–Fri, not on every day.',
      'Hours were added: the role is assumable only 09:00–17:00, not at any hour.',
      'IP restrictions were added: the role may be assumed only from 203.0.113.0/24 and 2001:db8::/32, not from any IP address.',
      'The expiry was not removed: the trust still stops working at 2026-07-31 21:59 UTC.',
    ]);
  });

  it('lists every difference at once, in a fixed order', () => {
    const t = stored(
      { trust_type: 'IAMAssumption', valid_until: '' },
      { time_of_day: { timezone: 'utc', start: 10, end: 18 }, ip_address: [] },
    );
    expect(fields(t)).toEqual([
      'trust_type',
      'timezone',
      'days_of_week',
      'hours',
      'ip_address',
      'valid_until',
    ]);
  });
});

describe('dayWords', () => {
  it.each([
    [[...WEEKDAYS], 'Mon–Fri'],
    [['saturday', 'sunday'], 'Sat, Sun'],
    [['friday', 'monday', 'wednesday'], 'Mon, Wed, Fri'],
    [['monday', 'tuesday', 'wednesday', 'saturday'], 'Mon–Wed, Sat'],
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], 'every day'],
  ] as const)('%j → %s', (days, words) => {
    expect(dayWords(days)).toBe(words);
  });
});

describe('intendedTrust', () => {
  const schema = wizardSchema({ now: () => new Date('2026-06-15T10:00:00Z') });
  function values(patch: Partial<ReturnType<typeof wizardDefaults>['trust']> = {}) {
    const input = wizardDefaults('Europe/Berlin');
    input.trust = { ...input.trust, kind: 'group', entity_id: GROUP, ...patch };
    input.schedule = { ...input.schedule, mode: 'days', days_of_week: ['saturday', 'sunday'] };
    input.ip_address = ['198.51.100.7'];
    const parsed = schema.parse({ ...input, role: { ...input.role, name: 'R' } });
    return { trust: parsed.trust, schedule: parsed.schedule, ip_address: parsed.ip_address };
  }

  it('reads the form as the trust it describes', () => {
    expect(
      intendedTrust(values({ valid_until: { local: '2026-07-31T23:59', zone: 'Europe/Berlin' } })),
    ).toEqual({
      trust_type: 'TemporaryAssumption',
      principal: { kind: 'group', id: GROUP },
      time_of_day: { timezone: 'Europe/Berlin', days_of_week: ['saturday', 'sunday'] },
      ip_address: ['198.51.100.7'],
      valid_until: '2026-07-31T23:59:00+02:00',
    });
  });

  it('keeps the stored instant of an expiry left as it was, seconds and all', () => {
    const kept = {
      input: { local: '2026-07-31T23:59', zone: 'Europe/Berlin' },
      iso: '2026-07-31T21:59:30Z',
    };
    expect(intendedTrust(values({ valid_until: kept.input }), kept).valid_until).toBe(kept.iso);
    expect(
      intendedTrust(values({ valid_until: { local: '', zone: 'Europe/Berlin' } }), kept)
        .valid_until,
    ).toBe('');
  });
});
