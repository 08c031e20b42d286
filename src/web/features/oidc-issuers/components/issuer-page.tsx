import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { DetailPage } from '../../../components/detail-page';
import { issuerKind } from '../../../entities/issuer/issuer-kind';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { useTrustsNaming } from '../api/use-trusts-naming';
import { IssuerHeader } from '../detail/issuer-header';
import { IssuerKeysSection } from '../detail/issuer-keys-section';
import { IssuerTrustsSection } from '../detail/issuer-trusts-section';

/** /oidc-issuers/:issuerId — keyed by the id, so moving to another issuer starts afresh. */
export function IssuerPage({ issuerId }: { issuerId: string }) {
  return <IssuerDetail key={issuerId} issuerId={issuerId} />;
}

/** The issuer's facts and Delete, its keys, and the role trusts that name it. */
function IssuerDetail({ issuerId }: { issuerId: string }) {
  const query = useQuery(issuerQueries.detail(issuerId));
  const trusts = useTrustsNaming(issuerId);
  return (
    <DetailPage kind={issuerKind} query={query}>
      {(loaded) => (
        <Stack spacing={2}>
          <IssuerHeader issuer={loaded} trustCount={trusts.data?.length} />
          <IssuerTrustsSection trusts={trusts} />
          <IssuerKeysSection issuerId={loaded.id} />
        </Stack>
      )}
    </DetailPage>
  );
}
