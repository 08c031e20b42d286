import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import { QueryState } from '../../../components/query-state';
import { issuerQueries } from '../api/issuer-queries';
import { useTrustsNaming } from '../api/use-trusts-naming';
import { IssuerHeader } from '../detail/issuer-header';
import { IssuerKeysSection } from '../detail/issuer-keys-section';
import { IssuerTrustsSection } from '../detail/issuer-trusts-section';

const TAB = '/organization/oidc-issuers';

/** /oidc-issuers/:issuerId — keyed by the id, so moving to another issuer starts afresh. */
export function IssuerPage({ issuerId }: { issuerId: string }) {
  return <IssuerDetail key={issuerId} issuerId={issuerId} />;
}

/** The issuer's facts and Delete, its keys, and the role trusts that name it. */
function IssuerDetail({ issuerId }: { issuerId: string }) {
  const query = useQuery(issuerQueries.detail(issuerId));
  const trusts = useTrustsNaming(issuerId);
  const issuer = query.data;
  return (
    <>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 2 }}>
        <Link component={RouterLink} to={TAB}>
          OIDC Issuers
        </Link>
        <Typography color="text.primary" sx={{ overflowWrap: 'anywhere' }}>
          {issuer ? issuerLabel(issuer) : 'Issuer'}
        </Typography>
      </Breadcrumbs>
      <QueryState
        what="the issuer"
        isPending={query.isPending}
        error={query.error}
        data={issuer}
        onRetry={() => void query.refetch()}
      >
        {(loaded) => (
          <Stack spacing={2}>
            <IssuerHeader issuer={loaded} trustCount={trusts.data?.length} />
            <IssuerTrustsSection trusts={trusts} />
            <IssuerKeysSection issuerId={loaded.id} />
          </Stack>
        )}
      </QueryState>
      {query.error && issuer === undefined && (
        <Link component={RouterLink} to={TAB} sx={{ display: 'inline-block', mt: 2 }}>
          Back to OIDC Issuers
        </Link>
      )}
    </>
  );
}
