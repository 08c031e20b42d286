import type { QueryClient } from '@tanstack/react-query';
import { issuerLabel } from '../../../lib/issuer-label';
import { groupQueries } from '../../../entities/group/group-queries';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { intendedTrust } from '../model/trust-verify';
import type { IntendedTrust, KeptExpiry } from '../model/trust-verify';
import type { EntityKind, TrustFormValues } from '../model/wizard-schema';

/** The name of a user, group or issuer as the entity lists hold it; undefined when not loaded. */
export function loadedEntityName(
  queryClient: QueryClient,
  kind: EntityKind,
  id: string,
): string | undefined {
  if (kind === 'user') {
    return queryClient.getQueryData(userQueries.list().queryKey)?.find((u) => u.id === id)?.name;
  }
  if (kind === 'group') {
    return queryClient.getQueryData(groupQueries.list().queryKey)?.find((g) => g.id === id)
      ?.display_name;
  }
  const issuer = queryClient.getQueryData(issuerQueries.list().queryKey)?.find((i) => i.id === id);
  return issuer ? issuerLabel(issuer) : undefined;
}

/** What a trust write means to store, its entity named as the lists name it (for the read-back). */
export function namedIntent(
  queryClient: QueryClient,
  values: TrustFormValues,
  kept?: KeptExpiry,
): IntendedTrust {
  const intended = intendedTrust(values, kept);
  intended.principal.name = loadedEntityName(
    queryClient,
    values.trust.kind,
    values.trust.entity_id,
  );
  return intended;
}
