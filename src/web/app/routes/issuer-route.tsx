import { useParams } from 'react-router';
import { IssuerPage } from '../../features/oidc-issuers/components/issuer-page';

/** /oidc-issuers/:issuerId */
export function IssuerRoute() {
  const { issuerId = '' } = useParams();
  return <IssuerPage issuerId={issuerId} />;
}
