import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { sessionQueries } from '../api/session-queries';
import { WhatIfForm } from './what-if-form';

/** What if? — pick a principal, a source IP and an instant; see which roles it could assume. */
export function WhatIfSection({ meId }: { meId: string | undefined }) {
  const ip = useQuery(sessionQueries.clientAddress());
  return (
    <SectionCard title="What if?">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Checks every assumable role’s trusts in your browser with the same evaluator the server
        uses. No session is created.
      </Typography>
      <QueryState
        what="your address"
        isPending={ip.isPending}
        error={ip.error}
        data={ip.data}
        onRetry={() => void ip.refetch()}
      >
        {(address) => <WhatIfForm defaultIp={address} meId={meId ?? ''} />}
      </QueryState>
    </SectionCard>
  );
}
