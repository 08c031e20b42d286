import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Role } from '../../../../shared/schemas/role';
import { WizardForm } from './wizard-form';

interface AssumableRoleWizardPageProps {
  onCreated: (role: Role) => void;
  /** The names of the organization's roles, as loaded for the roles list; undefined while loading. */
  roleNames?: readonly string[] | undefined;
}

/** /roles/new/assumable — an assumable role with its trust and policies, in one go. */
export function AssumableRoleWizardPage({ onCreated, roleNames }: AssumableRoleWizardPageProps) {
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/roles">
          Roles
        </Link>
        <Typography color="text.primary">Assumable Role</Typography>
      </Breadcrumbs>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 0.5 }}>
        Assumable Role
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        A role that users, groups or OIDC tokens assume for a while, under a trust: who, when, from
        where and until when.
      </Typography>
      <WizardForm onCreated={onCreated} roleNames={roleNames} />
    </>
  );
}
