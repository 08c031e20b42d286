import LoginIcon from '@mui/icons-material/Login';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import type { Role } from '../../../../../shared/schemas/role';
import { EditButton, EntityHeader, EntityTitle } from '../../../../components/entity-header';
import { JsonViewButton } from '../../../../components/json-view';
import { useInlineEdit } from '../../../../lib/use-inline-edit';
import { RoleTypeChip } from '../../components/role-type-chip';
import { DeleteRoleButton } from './delete-role-button';
import { RoleEditForm } from './role-edit-form';
import { RoleFacts } from './role-facts';
import type { ArnOrganization } from './role-facts';

/** Name, type, description and actions; Edit turns the name and description into a form. */
export function RoleHeader({ role, ...organization }: { role: Role } & ArnOrganization) {
  const edit = useInlineEdit();
  return (
    <EntityHeader
      title={
        edit.editing ? (
          <>
            <EntityTitle name={`Edit role ${role.name}`} />
            <RoleEditForm role={role} onDone={edit.close} />
          </>
        ) : (
          <EntityTitle
            name={role.name}
            adornments={<RoleTypeChip type={role.role_type} />}
            description={role.description}
          />
        )
      }
      actions={
        <>
          {role.role_type === 'assumable' && (
            <Button
              variant="contained"
              startIcon={<LoginIcon />}
              component={RouterLink}
              to={`/sessions?role=${encodeURIComponent(role.id)}`}
            >
              Assume role
            </Button>
          )}
          <JsonViewButton
            value={role}
            title={`Role ${role.name} as JSON`}
            note="The role as the API returned it, read through the console."
            size="medium"
            variant="outlined"
          />
          <EditButton label="Edit role" {...edit.editButton} />
          <DeleteRoleButton role={role} />
        </>
      }
      facts={<RoleFacts role={role} {...organization} />}
    />
  );
}
