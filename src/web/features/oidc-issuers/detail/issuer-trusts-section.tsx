import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { TRUST_TYPE_MEANINGS } from '../../../../shared/schemas/role-trust';
import { QuerySection } from '../../../components/query-section';

/** The roles whose trusts name this issuer; each links to its role's trust section. */
export function IssuerTrustsSection({ trusts }: { trusts: UseQueryResult<RoleTrust[]> }) {
  return (
    <QuerySection
      title="Role trusts that name it"
      query={trusts}
      what="the role trusts"
      empty="No role trust names this issuer: its tokens cannot assume any role."
    >
      {(list) => (
        <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {list.map((trust) => (
            <Box component="li" key={trust.id}>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {trust.role_id ? (
                  <Link
                    component={RouterLink}
                    to={`/roles/${encodeURIComponent(trust.role_id)}?trust=open`}
                    sx={{ fontWeight: 500 }}
                  >
                    {trust.role_name || trust.role_id}
                  </Link>
                ) : (
                  <Typography sx={{ fontWeight: 500 }}>{trust.role_name}</Typography>
                )}
                <Chip size="small" variant="outlined" label={trust.trust_type} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {TRUST_TYPE_MEANINGS[trust.trust_type]}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </QuerySection>
  );
}
