import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { consoleQueries } from '../../../lib/console-queries';
import { WhatIfForm } from './what-if-form';

/** What if? — pick a principal, a source IP and an instant; see which roles it could assume. */
export function WhatIfSection({ meId }: { meId: string | undefined }) {
  const ip = useQuery(consoleQueries.clientAddress());
  return (
    <SectionCard title="What if?">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Checks every assumable role’s trusts in your browser with the same evaluator the server
        uses. No session is created.
      </Typography>
      <QueryView query={ip} what="your address">
        {(address) => <WhatIfForm defaultIp={address} meId={meId ?? ''} />}
      </QueryView>
    </SectionCard>
  );
}
