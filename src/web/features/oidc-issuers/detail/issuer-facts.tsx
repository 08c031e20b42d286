import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { CopyButton } from '../../../components/copy-button';
import { FactList } from '../../../components/entity-header';
import { absoluteTime, relativeTime } from '../../../lib/dates';

/** A term and its value; the value is labelled by its term, so it can be found by it. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  const termId = useId();
  return (
    <>
      <Typography
        id={termId}
        component="dt"
        variant="body2"
        color="text.secondary"
        sx={{ pt: 0.25 }}
      >
        {term}
      </Typography>
      <Box component="dd" aria-labelledby={termId} sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

function Text({ children, mono }: { children: ReactNode; mono?: boolean }) {
  return (
    <Typography
      variant="body2"
      sx={{ pt: 0.25, wordBreak: 'break-all', ...(mono ? { fontFamily: 'monospace' } : {}) }}
    >
      {children}
    </Typography>
  );
}

function Identifier({ value, copyLabel }: { value: string; copyLabel: string }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Text mono>{value}</Text>
      <CopyButton value={value} label={copyLabel} />
    </Stack>
  );
}

const when = (iso: string) => `${absoluteTime(iso)} (${relativeTime(iso)})`;

/** Where the issuer is, who it is, and the key it signs with, as a description list. */
export function IssuerFacts({ issuer }: { issuer: OidcIssuer }) {
  // An issuer registered with its key is never fetched: the two JWKS times stay empty.
  const pasted = issuer.jwks_fetched_at === '';
  return (
    <FactList>
      <Fact term="Issuer URI">
        <Identifier value={issuer.uri} copyLabel="Copy issuer URI" />
      </Fact>
      <Fact term="Display name">
        <Text>{issuer.display_name || '—'}</Text>
      </Fact>
      <Fact term="ID">
        <Identifier value={issuer.id} copyLabel="Copy issuer ID" />
      </Fact>
      <Fact term="Key ID">
        <Text mono>{issuer.kid || '—'}</Text>
      </Fact>
      <Fact term="Algorithm">
        <Text>{issuer.alg || '—'}</Text>
      </Fact>
      <Fact term="Key type">
        <Text>{issuer.kty ? `${issuer.kty}${issuer.crv ? ` (${issuer.crv})` : ''}` : '—'}</Text>
      </Fact>
      <Fact term="Use">
        <Text>{issuer.use === 'sig' ? 'sig (signatures)' : issuer.use || '—'}</Text>
      </Fact>
      <Fact term="JWKS fetched">
        <Text>
          {pasted
            ? '— (registered with its public key: nothing is fetched)'
            : when(issuer.jwks_fetched_at)}
        </Text>
      </Fact>
      <Fact term="JWKS expires">
        <Text>{issuer.jwks_expires_at === '' ? '—' : when(issuer.jwks_expires_at)}</Text>
      </Fact>
    </FactList>
  );
}
