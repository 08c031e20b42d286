import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ListTab } from '../../../components/list-tab';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { useListTab } from '../../../lib/list-tab-view';
import { POLICY_SEARCH } from '../list/filter-policies';
import { POLICIES_TABLE } from '../list/policies-table';
import { POLICIES_VIEW } from '../list/policies-view';

/** Permission Policies: every policy, searched, filtered and paged in the browser, the view in the URL. */
export function PoliciesTab() {
  const policies = useQuery(policyQueries.list());
  const list = useListTab(policies.data, POLICIES_VIEW, POLICY_SEARCH);
  const navigate = useNavigate();
  const create = () => void navigate('/policies/new');
  return (
    <ListTab
      title="Permission Policies"
      noun={['policy', 'policies']}
      actions={
        <Tooltip title="Add policy">
          <Button
            variant="contained"
            aria-label="Add policy"
            onClick={create}
            sx={{ minWidth: 0, px: 1.25 }}
          >
            <AddIcon />
          </Button>
        </Tooltip>
      }
      query={policies}
      list={list}
      search={{ label: 'Search policies', helperText: 'By name or description' }}
      empty={{
        text: 'No policies yet. A policy lists the actions it allows or denies.',
        action: { label: 'New policy', onClick: create },
      }}
      table={POLICIES_TABLE}
    />
  );
}
