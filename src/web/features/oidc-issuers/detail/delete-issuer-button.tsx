import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { ConfirmDialog } from '../../../components/confirm-dialog';

interface DeleteIssuerButtonProps {
  issuer: OidcIssuer;
  remove: UseMutationResult<unknown, Error, void>;
  /** Why Delete is disabled (role trusts name the issuer), as the id of the words saying so. */
  blockedBy?: string;
  /** Where focus goes when a refused delete leaves the button disabled: the words saying why. */
  refusal: RefObject<HTMLElement | null>;
}

/** Delete, asked first; disabled while role trusts name the issuer. */
export function DeleteIssuerButton(props: DeleteIssuerButtonProps) {
  const { issuer, remove, blockedBy } = props;
  const [open, setOpen] = useState(false);
  const name = issuerLabel(issuer);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<DeleteIcon />}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
        disabled={blockedBy !== undefined}
        aria-describedby={blockedBy}
      >
        Delete issuer
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete issuer ${name}?`}
        confirmLabel="Delete issuer"
        destructive
        busy={remove.isPending}
        focusAfterConfirm={props.refusal}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      >
        Its tokens can no longer assume roles. This cannot be undone: to use the issuer again,
        register it again.
      </ConfirmDialog>
    </>
  );
}
