import { lintTrust } from '../../../../../shared/iam/trust-lint';
import type { Finding } from '../../../../../shared/iam/trust-lint';
import { parseIpEntry } from '../../../../../shared/schemas/ip';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { trustedEntity } from '../../../../lib/trust-names';
import type { Directory } from '../../../../lib/trust-names';

/** One entry of a trust's IP allow-list as read: valid (with its canonical text) or not (why). */
export type IpEntryReading =
  | { entry: string; valid: true; normalized: string }
  | { entry: string; valid: false; reason: string };

/**
 * The allow-list checked entry by entry. Vultr may hold an entry the console's own forms would
 * refuse (e.g. `2001:db8:acme::/48`, whose "acme" is no hexadecimal group); it is shown, marked.
 */
export function readIpEntries(trust: Pick<RoleTrust, 'conditions'>): IpEntryReading[] {
  return trust.conditions.ip_address.map((entry) => {
    const parsed = parseIpEntry(entry);
    return parsed.ok
      ? { entry, valid: true, normalized: parsed.normalized }
      : { entry, valid: false, reason: parsed.reason };
  });
}

export interface TrustProblems {
  findings: Finding[];
  /** Entries of the allow-list that are no address or network. */
  invalidIps: Extract<IpEntryReading, { valid: false }>[];
}

export interface ProblemContext {
  now: Date;
  viewerZone: string;
  directory?: Directory;
}

/**
 * What the trust linter finds in a trust as stored, plus its unreadable IP entries. The issuer is
 * named as the card names it (from the issuer list on live Vultr); by its id until that loads.
 */
export function trustProblems(trust: RoleTrust, context: ProblemContext): TrustProblems {
  const entity = trustedEntity(trust, context.directory);
  const named = entity.kind === 'OIDC Issuer' && entity.name !== entity.id ? entity.name : null;
  const findings = lintTrust(trust, {
    now: context.now,
    viewerZone: context.viewerZone,
    issuerName: named ? () => named : undefined,
  });
  const invalidIps = readIpEntries(trust).filter(
    (r): r is Extract<IpEntryReading, { valid: false }> => !r.valid,
  );
  return { findings, invalidIps };
}

export const hasProblems = (p: TrustProblems) => p.findings.length + p.invalidIps.length > 0;

/** "2 trusts · 1 with findings", "1 trust · no findings". */
export function trustCountText(count: number, withProblems: number): string {
  const trusts = count === 1 ? '1 trust' : `${count} trusts`;
  if (count === 0) return trusts;
  return `${trusts} · ${withProblems === 0 ? 'no findings' : `${withProblems} with findings`}`;
}
