import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { organizationQueries } from '../../features/organization/api/organization-queries';
import { RoleDetail } from '../../features/roles/detail/components/role-detail';

/** /roles/:roleId — the role feature's page, given the organization id for the Role ARN. */
export function RolePage() {
  const { roleId = '' } = useParams();
  const organization = useQuery(organizationQueries.current());
  return <RoleDetail key={roleId} roleId={roleId} organizationId={organization.data?.id} />;
}
