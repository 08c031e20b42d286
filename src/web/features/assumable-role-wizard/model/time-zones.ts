import { IANAZone } from 'luxon';

/** Every zone the browser knows, UTC first (Intl leaves it out of its list). */
export function allTimeZones(extra: readonly string[] = []): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = ['UTC', ...known.filter((z) => z !== 'UTC')];
  for (const zone of extra) if (zone && !zones.includes(zone)) zones.push(zone);
  return zones;
}

/** "UTC+01:00", "UTC−03:30" at `at`; '' for a zone luxon does not know. */
export function utcOffsetLabel(zone: string, at: Date): string {
  const iana = zone.toLowerCase() === 'utc' ? null : IANAZone.create(zone);
  if (iana && !iana.isValid) return '';
  const minutes = iana ? iana.offset(at.getTime()) : 0;
  if (minutes === 0) return 'UTC+00:00';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The text a zone is found by: its name with spaces for underscores, and its offset. */
export function zoneSearchText(zone: string, offset: string): string {
  return `${zone} ${zone.replaceAll('_', ' ')} ${offset}`;
}
