import { IANAZone } from 'luxon';

/**
 * Old spellings that browsers' time zone data (ICU) still lists in place of the names the IANA
 * database uses today: `Intl.supportedValuesOf('timeZone')` gives `Asia/Calcutta`, not
 * `Asia/Kolkata`. Each old name is an alias of the current one: same rules, same offsets.
 */
const CURRENT_NAME: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The old names of each current one: `Asia/Kolkata` → [`Asia/Calcutta`]. */
const OLD_NAMES = new Map<string, string[]>();
for (const [old, current] of Object.entries(CURRENT_NAME)) {
  OLD_NAMES.set(current, [...(OLD_NAMES.get(current) ?? []), old]);
}

const isUtc = (zone: string) =>
  ['utc', 'etc/utc', 'etc/uct', 'uct', 'zulu', 'etc/zulu'].includes(zone.toLowerCase());

/**
 * The IANA name a zone is listed under: `Asia/Calcutta` → `Asia/Kolkata`, `utc` → `UTC`; any
 * other zone as given. A current name the runtime does not know keeps its old spelling.
 */
export function canonicalZone(zone: string): string {
  if (isUtc(zone)) return 'UTC';
  const current = CURRENT_NAME[zone];
  return current !== undefined && IANAZone.isValidZone(current) ? current : zone;
}

/** The other name of an aliased zone, for labels: `Asia/Calcutta` → `Asia/Kolkata`; '' when none. */
export function aliasOf(zone: string): string {
  const current = canonicalZone(zone);
  if (current !== zone && current !== 'UTC') return current;
  return '';
}

/** The old names a zone is also known by (`Asia/Kolkata` → `Asia/Calcutta`), for searching. */
export function oldNamesOf(zone: string): readonly string[] {
  return OLD_NAMES.get(zone) ?? [];
}

/**
 * Whether two zone names name the same zone: `Asia/Calcutta` and `Asia/Kolkata`, `utc` and `UTC`.
 * Zones that merely share an offset today are different zones.
 */
export function sameZone(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = canonicalZone(a);
  const cb = canonicalZone(b);
  if (ca === cb) return true;
  // The runtime's own resolution catches aliases this module does not list.
  return resolved(ca) !== null && resolved(ca) === resolved(cb);
}

function resolved(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * Every zone the browser knows, by its current IANA name, UTC first (Intl leaves it out of its
 * list), then the ones asked for (e.g. a stored zone spelled the old way) when not listed yet.
 */
export function allTimeZones(extra: readonly string[] = []): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const listed = new Set<string>(['UTC']);
  for (const zone of known) {
    if (!isUtc(zone)) listed.add(canonicalZone(zone));
  }
  const zones = ['UTC', ...[...listed].filter((z) => z !== 'UTC').sort()];
  for (const zone of extra) if (zone && !zones.includes(zone)) zones.push(zone);
  return zones;
}

/** "UTC+01:00", "UTC−03:30" at `at`; '' for a zone luxon does not know. */
export function utcOffsetLabel(zone: string, at: Date): string {
  const iana = isUtc(zone) ? null : IANAZone.create(zone);
  if (iana && !iana.isValid) return '';
  const minutes = iana ? iana.offset(at.getTime()) : 0;
  if (minutes === 0) return 'UTC+00:00';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The text a zone is found by: its name with spaces for underscores, its old names, its offset. */
export function zoneSearchText(zone: string, offset: string): string {
  const names = [zone, ...oldNamesOf(zone), aliasOf(zone)].filter(Boolean);
  return `${names.map((n) => `${n} ${n.replaceAll('_', ' ')}`).join(' ')} ${offset}`;
}
