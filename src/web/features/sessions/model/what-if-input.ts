import { DateTime } from 'luxon';
import { z } from 'zod';
import { isReadableIp } from '../../../../shared/trust/ip';

import { TRUSTED_KINDS } from '../../../entities/trust/trusted-kinds';

export {
  TRUSTED_KINDS as PRINCIPAL_KINDS,
  TRUSTED_KIND_LABELS as PRINCIPAL_LABELS,
} from '../../../entities/trust/trusted-kinds';

/** A `datetime-local` value (viewer's zone, minutes) for an instant. */
export function toLocalInput(instant: Date): string {
  return DateTime.fromJSDate(instant).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The instant a `datetime-local` value names in the viewer's zone; null when unreadable. */
export function fromLocalInput(value: string): Date | null {
  const parsed = DateTime.fromISO(value);
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** The what-if question: who, from where, when. */
export const whatIfSchema = z.object({
  kind: z.enum(TRUSTED_KINDS),
  principal: z.string().min(1, 'is required'),
  ip: z
    .string()
    .trim()
    .refine(isReadableIp, { error: 'must be an IPv4 or IPv6 address, such as 203.0.113.7' }),
  instant: z
    .string()
    .refine((v) => fromLocalInput(v) !== null, { error: 'must be a date and time' }),
});
export type WhatIfInput = z.infer<typeof whatIfSchema>;
