import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AddButton } from '../../../components/add-button';
import { ListTab } from '../../../components/list-tab';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { IssuersTable } from '../list/issuers-table';
import { RegisterIssuerDialog } from '../register/register-issuer-dialog';

/** The OIDC Issuers tab: every registered issuer, and Register issuer. */
export function OidcIssuersTab() {
  const issuers = useQuery(issuerQueries.list());
  const [registering, setRegistering] = useState(false);
  const register = { label: 'Register issuer', onClick: () => setRegistering(true) };
  return (
    <>
      <ListTab
        title="OIDC Issuers"
        noun={['issuer', 'issuers']}
        what="OIDC issuers"
        actions={<AddButton {...register} />}
        query={issuers}
        empty={{
          title: 'No OIDC issuers yet',
          text: "An issuer's tokens (from CI pipelines, for example) can assume roles that trust it.",
          action: register,
        }}
      >
        {(list) => <IssuersTable issuers={list} />}
      </ListTab>
      <RegisterIssuerDialog open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}
