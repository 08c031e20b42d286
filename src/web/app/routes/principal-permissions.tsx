import { EffectivePermissions } from '../../features/permissions/effective/effective-permissions';
import type { PrincipalKey } from '../../features/permissions/effective/effective-permissions';

/** What a user, group or role may do, for the bottom of its page. */
export const permissionsOf = (kind: PrincipalKey['kind'], id: string) => (
  <EffectivePermissions principal={{ kind, id }} />
);
