import type { Role } from '../../../../shared/schemas/role';
import { WizardForm } from './wizard-form';
import { PageTitle } from '../../../components/detail-page';

interface AssumableRoleWizardPageProps {
  onCreated: (role: Role) => void;
  /** The names of the organization's roles, as loaded for the roles list; undefined while loading. */
  roleNames?: readonly string[] | undefined;
}

/** /roles/new/assumable — an assumable role with its trust and policies, in one go. */
export function AssumableRoleWizardPage({ onCreated, roleNames }: AssumableRoleWizardPageProps) {
  return (
    <>
      <PageTitle
        parent={{ to: '/organization/roles', label: 'Roles' }}
        title="Assumable Role"
        intro="A role that users, groups or OIDC tokens assume for a while, under a trust: who, when, from where and until when."
      />
      <WizardForm onCreated={onCreated} roleNames={roleNames} />
    </>
  );
}
