import { useState } from 'react';
import { ListTab } from '../../../components/list-tab';
import { useRolePages } from '../../../entities/role/use-roles';
import { useListTab } from '../../../lib/list-tab-view';
import { AccessReviewExport } from '../access-review/components/access-review-export';
import { AddRoleMenu } from '../create/add-role-menu';
import { AssignableRoleDialog } from '../create/assignable-role-dialog';
import { ROLE_SEARCH } from '../list/filter-roles';
import { ROLES_TABLE } from '../list/paged-roles-table';
import { RolesLoadNotice } from '../list/roles-load-notice';
import { ROLES_VIEW } from '../list/roles-search-params';

/** The Roles tab: every role, searched, filtered and paged in the browser, the view in the URL. */
export function RolesTab() {
  const roles = useRolePages();
  const list = useListTab(roles.roles, ROLES_VIEW, ROLE_SEARCH);
  const [creating, setCreating] = useState(false);
  const create = () => setCreating(true);
  return (
    <>
      <ListTab
        title="Roles"
        noun={['role', 'roles']}
        countSuffix={roles.isLoadingMore && ' so far, loading…'}
        actions={
          <>
            <AccessReviewExport />
            <AddRoleMenu onAssignable={create} />
          </>
        }
        query={{ ...roles, data: roles.roles, refetch: roles.retry }}
        list={list}
        search={{ label: 'Search roles' }}
        notice={<RolesLoadNotice roles={roles} />}
        isEmpty={(items) => items.length === 0 && !roles.isLoadingMore}
        empty={{
          title: 'No roles yet',
          text: 'A role bundles permission policies that users and groups can hold or assume.',
          action: { label: 'Assignable Role', onClick: create },
        }}
        table={ROLES_TABLE}
      />
      <AssignableRoleDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
