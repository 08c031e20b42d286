import { ROUTES } from '../../../shared/api/routes';
import { entityKeys, readOne, wholeList } from '../../lib/entity-queries';

const keys = entityKeys('oidc-issuers');

/** Every query about OIDC issuers: the one list (in the API's creation order), an issuer, its keys. */
export const issuerQueries = {
  ...keys,
  list: () => wholeList(keys.list(), ROUTES.listIssuers, (page) => page.issuers),
  detail: (id: string) =>
    readOne(keys.detail(id), ROUTES.readIssuer, { issuerId: id }, (r) => r.issuer),
  /** The keys the API holds for the issuer: the registered key, or the discovered JWKS. */
  jwks: (id: string) => readOne(keys.of(id, 'jwks'), ROUTES.issuerJwks, { issuerId: id }, (r) => r),
};
