import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DetailPage } from '../../../components/detail-page';
import { useNotify } from '../../../lib/snackbar';
import { policyKind } from '../../../entities/policy/policy-kind';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { PolicyForm } from '../editor/policy-form';
import { GroupsSection, UsersSection } from './attachments-sections';
import { DocumentSection } from './document-section';
import { PolicyHeader } from './policy-header';
import { RolesSection } from './roles-section';

/**
 * The policy page. `?edit=1` swaps the page for the editor (custom policies only), so reload
 * and Back keep or leave it as a user expects.
 */
export function PolicyDetail({ policyId }: { policyId: string }) {
  const query = useQuery(policyQueries.detail(policyId));
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const [returned, setReturned] = useState(false);
  const policy = query.data;
  const editing = params.get('edit') === '1' && policy !== undefined && !policy.is_system_policy;
  const setEditing = (on: boolean) => {
    setReturned(!on);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (on) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: !on },
    );
  };

  return (
    <DetailPage kind={policyKind} query={query}>
      {(p) =>
        editing ? (
          <>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 2 }}>
              Edit policy {p.name}
            </Typography>
            <PolicyForm
              policy={p}
              onSaved={(saved) => {
                notify({ message: `Policy ${saved.name} saved` });
                setEditing(false);
              }}
              onCancel={() => setEditing(false)}
            />
          </>
        ) : (
          <Stack spacing={2}>
            <PolicyHeader policy={p} onEdit={() => setEditing(true)} focusEdit={returned} />
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                alignItems: 'start',
                gridTemplateColumns: {
                  xs: 'minmax(0, 1fr)',
                  md: 'minmax(0, 3fr) minmax(0, 2fr)',
                },
              }}
            >
              <DocumentSection policy={p} />
              <Stack spacing={2} sx={{ minWidth: 0 }}>
                <UsersSection policy={p} />
                <GroupsSection policy={p} />
                <RolesSection policy={p} />
              </Stack>
            </Box>
          </Stack>
        )
      }
    </DetailPage>
  );
}
