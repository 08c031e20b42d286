import EditIcon from '@mui/icons-material/EditOutlined';
import LoginIcon from '@mui/icons-material/Login';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Role } from '../../../../../shared/schemas/role';
import { RoleTypeChip } from '../../components/role-type-chip';
import { DeleteRoleButton } from './delete-role-button';
import { RoleEditForm } from './role-edit-form';
import { RoleFacts } from './role-facts';

/** Name, type, description and actions; Edit turns the name and description into a form. */
export function RoleHeader({ role, organizationId }: { role: Role; organizationId?: string }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Focus goes back to Edit when the form closes, as it would for a dialog.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: 2, justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Stack spacing={1} sx={{ minWidth: 0, flex: 1 }}>
          {editing ? (
            <>
              <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
                Edit role {role.name}
              </Typography>
              <RoleEditForm role={role} onDone={() => setEditing(false)} />
            </>
          ) : (
            <>
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography
                  variant="h5"
                  component="h1"
                  sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
                >
                  {role.name}
                </Typography>
                <RoleTypeChip type={role.role_type} />
              </Stack>
              <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {role.description || 'No description.'}
              </Typography>
            </>
          )}
        </Stack>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>
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
          <Button
            ref={editButton}
            variant="outlined"
            startIcon={<EditIcon />}
            aria-label="Edit role"
            onClick={() => setEditing(true)}
            disabled={editing}
          >
            Edit
          </Button>
          <DeleteRoleButton role={role} />
        </Stack>
      </Stack>
      <Divider sx={{ my: 2 }} />
      <RoleFacts role={role} organizationId={organizationId} />
    </Paper>
  );
}
