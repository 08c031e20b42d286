import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { issuerQueries } from '../api/issuer-queries';
import { IssuersTable } from '../list/issuers-table';
import { NoIssuersYet } from '../list/no-issuers-yet';
import { RegisterIssuerDialog } from '../register/register-issuer-dialog';

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'issuer' : 'issuers'}`;

/** The OIDC Issuers tab: every registered issuer, and Register issuer. */
export function OidcIssuersTab() {
  const issuers = useQuery(issuerQueries.list());
  const [registering, setRegistering] = useState(false);
  return (
    <Box>
      <Stack direction="row" sx={{ mb: 2, gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" sx={{ whiteSpace: 'nowrap' }}>
          OIDC Issuers
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ flexGrow: 1, whiteSpace: 'nowrap' }}
        >
          {issuers.data && count(issuers.data.length)}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setRegistering(true)}>
          Register issuer
        </Button>
      </Stack>
      <QueryState
        what="OIDC issuers"
        isPending={issuers.isPending}
        error={issuers.error}
        data={issuers.data}
        onRetry={() => void issuers.refetch()}
        isEmpty={(list) => list.length === 0}
        empty={<NoIssuersYet onRegister={() => setRegistering(true)} />}
      >
        {(list) => <IssuersTable issuers={list} />}
      </QueryState>
      <RegisterIssuerDialog open={registering} onClose={() => setRegistering(false)} />
    </Box>
  );
}
