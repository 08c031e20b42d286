import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { CodeBlock, prettyJson } from '../../../components/code-block';
import { CopyButton } from '../../../components/copy-button';
import { QuerySection } from '../../../components/query-section';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';

/** The issuer's keys as the emulator holds them (GET …/jwks), as JSON to read and copy. */
export function IssuerKeysSection({ issuerId }: { issuerId: string }) {
  const jwks = useQuery({ ...issuerQueries.jwks(issuerId), select: prettyJson });
  return (
    <QuerySection
      title="Keys"
      action={jwks.data !== undefined && <CopyButton value={jwks.data} label="Copy JWKS" />}
      query={jwks}
      what="the issuer's keys"
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
        <CodeBlock label="JWKS" maxHeight={360} wrap>
          {text}
        </CodeBlock>
      )}
    </QuerySection>
  );
}
