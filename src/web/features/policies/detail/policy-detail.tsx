import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { useNotify } from '../../../lib/snackbar';
import { policyQueries } from '../api/policy-queries';
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
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/policies">
          Permission Policies
        </Link>
        <Typography color="text.primary" sx={{ overflowWrap: 'anywhere' }}>
          {policy?.name ?? 'Policy'}
        </Typography>
      </Breadcrumbs>
      <QueryState
        what="the policy"
        isPending={query.isPending}
        error={query.error}
        data={policy}
        onRetry={() => void query.refetch()}
      >
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
      </QueryState>
      {query.error && policy === undefined && (
        <Link
          component={RouterLink}
          to="/organization/policies"
          sx={{ display: 'inline-block', mt: 2 }}
        >
          Back to Permission Policies
        </Link>
      )}
    </>
  );
}
