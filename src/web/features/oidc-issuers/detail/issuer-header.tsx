import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef } from 'react';
import { issuerLabel } from '../../../lib/issuer-label';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { DeleteEntityButton } from '../../../components/delete-entity-button';
import { ApiError } from '../../../lib/api-client';
import { useDeleteIssuer } from '../api/use-delete-issuer';
import { IssuerFacts } from './issuer-facts';

/** Words as the API's own refusal: "used by N role trust(s); delete them first". */
export function inUseMessage(count: number): string {
  return count === 1
    ? 'The issuer is used by 1 role trust; delete it first.'
    : `The issuer is used by ${count} role trusts; delete them first.`;
}

interface IssuerHeaderProps {
  issuer: OidcIssuer;
  /** How many role trusts name the issuer; undefined while unknown. */
  trustCount: number | undefined;
}

/** Name, URI and Delete, why Delete is refused when it is, then the issuer's facts. */
export function IssuerHeader({ issuer, trustCount }: IssuerHeaderProps) {
  const remove = useDeleteIssuer(issuer);
  const reasonId = useId();
  const refusal = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const inUse = trustCount !== undefined && trustCount > 0;
  const conflict = remove.error instanceof ApiError && remove.error.status === 409;
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 1.5, sm: 2 } }}
    >
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 2, justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}
      >
        <Stack spacing={0.5} sx={{ minWidth: 0 }}>
          <Typography
            id={headingId}
            variant="h5"
            component="h1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {issuerLabel(issuer)}
          </Typography>
          <Typography
            color="text.secondary"
            sx={{ fontFamily: 'monospace', fontSize: '0.875rem', wordBreak: 'break-all' }}
          >
            {issuer.uri}
          </Typography>
        </Stack>
        <Stack sx={{ flexShrink: 0, alignItems: { sm: 'flex-end' } }}>
          {/* Disabled while role trusts name the issuer; a refused delete sends focus to why. */}
          <DeleteEntityButton
            noun="issuer"
            name={issuerLabel(issuer)}
            remove={remove}
            blockedBy={inUse ? reasonId : undefined}
            focusAfterConfirm={refusal}
          >
            Its tokens can no longer assume roles. This cannot be undone: to use the issuer again,
            register it again.
          </DeleteEntityButton>
        </Stack>
      </Stack>
      {remove.error ? (
        // Once the trusts have reloaded, this is also what explains the disabled Delete.
        <Alert severity="error" id={reasonId} ref={refusal} tabIndex={-1} sx={{ mt: 2 }}>
          <AlertTitle>
            {conflict ? 'The issuer is still in use' : 'Could not delete the issuer'}
          </AlertTitle>
          {/* The server's own words: e.g. "the issuer is used by 1 role trust(s); delete them first". */}
          {remove.error.message}
        </Alert>
      ) : (
        inUse && (
          <Alert severity="info" role="status" id={reasonId} sx={{ mt: 2 }}>
            {inUseMessage(trustCount)} See Role trusts that name it, below.
          </Alert>
        )
      )}
      <Divider sx={{ my: 2 }} />
      <IssuerFacts issuer={issuer} />
    </Paper>
  );
}
