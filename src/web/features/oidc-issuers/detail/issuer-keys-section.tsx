import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { CopyButton } from '../../../components/copy-button';
import { QueryState } from '../../../components/query-state';
import { issuerQueries } from '../api/issuer-queries';
import { SectionCard } from '../../../components/section-card';

/** The issuer's keys as the emulator holds them (GET …/jwks), as JSON to read and copy. */
export function IssuerKeysSection({ issuerId }: { issuerId: string }) {
  const jwks = useQuery(issuerQueries.jwks(issuerId));
  const json = jwks.data ? JSON.stringify(jwks.data, null, 2) : undefined;
  return (
    <SectionCard
      title="Keys"
      action={json !== undefined && <CopyButton value={json} label="Copy JWKS" />}
    >
      <QueryState
        what="the issuer's keys"
        isPending={jwks.isPending}
        error={jwks.error}
        data={json}
        onRetry={() => void jwks.refetch()}
        loading={
          <Box
            role="progressbar"
            aria-busy="true"
            aria-label="Loading the issuer's keys"
            sx={{ height: 120 }}
          />
        }
      >
        {(text) => (
          <Box
            component="pre"
            // Focusable: it scrolls, and keyboard users must be able to scroll it.
            tabIndex={0}
            sx={{
              m: 0,
              p: 1.5,
              maxHeight: 360,
              overflow: 'auto',
              borderRadius: 1,
              bgcolor: 'action.hover',
              fontFamily: 'monospace',
              fontSize: '0.75rem',
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-all',
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
            }}
          >
            {text}
          </Box>
        )}
      </QueryState>
    </SectionCard>
  );
}
