import { issuerLabel } from '../../../lib/issuer-label';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { CreateDialog } from '../../../components/create-dialog';
import { RegisterIssuerForm } from './register-issuer-form';

const done = (issuer: OidcIssuer) => ({
  message: `Issuer ${issuerLabel(issuer)} registered`,
  to: `/oidc-issuers/${encodeURIComponent(issuer.id)}`,
});

/** Register issuer: a dialog that registers the issuer (fetching its keys), then opens its page. */
export function RegisterIssuerDialog(props: { open: boolean; onClose: () => void }) {
  return <CreateDialog {...props} form={RegisterIssuerForm} done={done} />;
}
