import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import type { Verification } from '../api/trust-writes';
import { useDeleteTrust } from '../api/use-delete-trust';
import { TrustDifferences } from '../components/trust-differences';

interface ReadBackWarningProps {
  titleId: string;
  title: string;
  check: Verification;
  /** "saved", "created". */
  verb: string;
  /** The trust to delete or keep when the read-back gave none (the trust as it was before). */
  fallbackTrust: RoleTrust | null;
  deleteLabel: string;
  /** Keep the trust as the API stored it. */
  onKeep: (trust: RoleTrust | null) => void;
  /** The trust was deleted. */
  onDeleted: () => void;
  /** Back to the form, to change the trust and send it again. */
  onEditAgain: () => void;
}

/**
 * After a trust write whose read-back differs from what was sent (or could not be read): what
 * the API did instead, and the three ways on — edit again, delete the trust, or keep it as stored.
 */
export function ReadBackWarning(props: ReadBackWarningProps) {
  const { titleId, title, check, verb, fallbackTrust, onKeep, onDeleted, onEditAgain } = props;
  const storedTrust = check.trust ?? fallbackTrust;
  const remove = useDeleteTrust(storedTrust);
  return (
    <Box aria-labelledby={titleId} role="group">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers>
        <TrustDifferences verification={check} verb={verb} />
        {remove.error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            Could not delete the trust: {remove.error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {storedTrust && (
          <Button
            color="error"
            disabled={remove.isPending}
            onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}
            sx={{ mr: 'auto' }}
          >
            {props.deleteLabel}
          </Button>
        )}
        <Button disabled={remove.isPending} onClick={() => onKeep(storedTrust)}>
          Keep as stored
        </Button>
        <Button variant="contained" disabled={remove.isPending} onClick={onEditAgain}>
          Edit again
        </Button>
      </DialogActions>
    </Box>
  );
}
