import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { capitalized } from '../../../lib/words';
import type { Policy } from '../../../../shared/schemas/policy';
import { EntityList } from '../../../components/entity-list';
import { QuerySection } from '../../../components/query-section';
import { roleListItem } from '../../../entities/role/role-list-item';
import { useRoleList } from '../../../entities/role/use-roles';

/** "Assumable", "Assignable", or another type as the API names it. */
const roleTypeWords = (type: string) => (type ? capitalized(type) : 'A');

/** The roles that include the policy: every role loaded, those listing it kept. */
export function RolesSection({ policy }: { policy: Policy }) {
  const roles = useRoleList();
  const including = useMemo(
    () => roles.data?.filter((r) => r.policies.some((p) => p.id === policy.id)),
    [roles.data, policy.id],
  );
  return (
    <QuerySection
      title="Roles"
      query={{ ...roles, data: including }}
      what="the roles"
      empty="No role includes this policy."
      loading={<Typography color="text.secondary">Loading…</Typography>}
    >
      {(list) => (
        <EntityList
          label="Roles including this policy"
          items={list.map((role) => ({
            ...roleListItem(role),
            secondary: `${roleTypeWords(role.role_type)} role${role.description ? ` · ${role.description}` : ''}`,
          }))}
        />
      )}
    </QuerySection>
  );
}
