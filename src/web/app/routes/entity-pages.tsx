import { useParams } from 'react-router';
import { GroupPage } from '../../features/groups/components/group-page';
import { NewGroupPage } from '../../features/groups/components/new-group-page';
import { IssuerPage } from '../../features/oidc-issuers/components/issuer-page';
import { NewPolicyPage } from '../../features/policies/components/new-policy-page';
import { PolicyPage } from '../../features/policies/components/policy-page';
import { UserPage } from '../../features/users/components/user-page';
import { EffectivePermissions } from '../../features/permissions/effective/effective-permissions';

/** Thin route modules: read the URL, hand the id to the feature. */
export function UserRoute() {
  const { userId = '' } = useParams();
  return (
    <UserPage
      userId={userId}
      effectivePermissions={<EffectivePermissions principal={{ kind: 'user', id: userId }} />}
    />
  );
}

export function GroupRoute() {
  const { groupId = '' } = useParams();
  return (
    <GroupPage
      groupId={groupId}
      effectivePermissions={<EffectivePermissions principal={{ kind: 'group', id: groupId }} />}
    />
  );
}

export function NewGroupRoute() {
  return <NewGroupPage />;
}

export function PolicyRoute() {
  const { policyId = '' } = useParams();
  return <PolicyPage policyId={policyId} />;
}

export function NewPolicyRoute() {
  return <NewPolicyPage />;
}

export function IssuerRoute() {
  const { issuerId = '' } = useParams();
  return <IssuerPage issuerId={issuerId} />;
}
