import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Role } from '../../../../shared/schemas/role';
import type { CreatedAssumableRole } from '../api/trust-writes';
import { discardCreated } from '../api/trust-writes';
import { EVERY_ENTITY } from '../../../entities/trust/write-meta';
import { dropRoleFromList } from '../../../entities/role/role-cache';
import { roleQueries } from '../../../entities/role/role-queries';
import { TrustEditForm } from '../edit/trust-edit-form';
import type { TrustFormInput } from '../model/wizard-schema';
import { TrustDifferences } from './trust-differences';

interface TrustMismatchDialogProps {
  /** What Add Role made, with its trust as read back; null while there is nothing to answer. */
  created: CreatedAssumableRole | null;
  /** The trust as the wizard meant it, to edit the stored one back to. */
  intended: TrustFormInput;
  /** Keep the role (with its trust as stored, or as edited now): the wizard is done. */
  onKeep: (role: Role) => void;
  /** The role and its trust were deleted again: back to the wizard, everything still entered. */
  onDiscarded: () => void;
}

/**
 * After Add Role, when the trust read back differs from what was sent (or could not be read):
 * a dialog that cannot be dismissed, naming each difference, until the person edits the trust
 * back to what the wizard meant, deletes the role and trust, or keeps them as stored.
 */
export function TrustMismatchDialog({
  created,
  intended,
  onKeep,
  onDiscarded,
}: TrustMismatchDialogProps) {
  const titleId = useId();
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const [editing, setEditing] = useState(false);
  const trust = created?.verification.trust ?? null;
  const queryClient = useQueryClient();
  const discard = useMutation({
    mutationFn: ({ withTrust }: { withTrust: boolean }) =>
      created ? discardCreated(created.role, withTrust ? trust : null) : Promise.resolve(),
    // Taking back what Add Role made deletes the role, and its attachments and trusts with it.
    meta: EVERY_ENTITY,
    onSuccess: () => {
      // The wizard stays open: no page of the role is showing, so it can go from the cache now.
      if (created) {
        queryClient.removeQueries({ queryKey: roleQueries.detail(created.role.id).queryKey });
        dropRoleFromList(queryClient, created.role.id);
      }
      setEditing(false);
      onDiscarded();
    },
    // The report shows what failed.
    onError: () => setEditing(false),
  });
  if (!created) return null;
  const { role, verification } = created;
  return (
    <Dialog
      open
      aria-labelledby={titleId}
      maxWidth={editing ? 'lg' : 'sm'}
      fullWidth
      fullScreen={editing && fullScreen}
    >
      {editing && trust ? (
        <TrustEditForm
          trust={trust}
          titleId={titleId}
          startFrom={intended}
          onCancel={() => setEditing(false)}
          onBusy={() => undefined}
          onSaved={() => onKeep(role)}
          // The trust is gone already; the role goes after it.
          onDeleted={() => discard.mutate({ withTrust: false })}
          deleteLabel="Delete role and trust"
        />
      ) : (
        <>
          <DialogTitle id={titleId}>Role {role.name} was created; check its trust</DialogTitle>
          <DialogContent dividers>
            <TrustDifferences verification={verification} verb="created" />
            {discard.error && (
              <Alert severity="error" sx={{ mt: 2 }}>
                Could not delete the role and its trust: {discard.error.message}
              </Alert>
            )}
          </DialogContent>
          <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button
              color="error"
              loading={discard.isPending}
              onClick={() => discard.mutate({ withTrust: true })}
              sx={{ mr: 'auto' }}
            >
              Delete role and trust
            </Button>
            <Button disabled={discard.isPending} onClick={() => onKeep(role)}>
              {verification.readError ? 'Open the role' : 'Keep as stored'}
            </Button>
            {trust && (
              <Button
                variant="contained"
                disabled={discard.isPending}
                onClick={() => setEditing(true)}
              >
                Edit the trust
              </Button>
            )}
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
