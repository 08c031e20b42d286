import { useQuery } from '@tanstack/react-query';
import { AddButton } from '../../../components/add-button';
import { ListTab } from '../../../components/list-tab';
import { groupQueries } from '../../../entities/group/group-queries';
import { PLAIN_LIST_VIEW, useListTab } from '../../../lib/list-tab-view';
import { GROUP_SEARCH } from '../list/filter-groups';
import { GROUPS_TABLE } from '../list/groups-table';

const CREATE = { label: 'Create group', to: '/groups/new' };

/** The Groups tab: every group, searched and paged in the browser, the view in the URL. */
export function GroupsTab() {
  const groups = useQuery(groupQueries.list());
  const list = useListTab(groups.data, PLAIN_LIST_VIEW, GROUP_SEARCH);
  return (
    <ListTab
      title="Groups"
      noun={['group', 'groups']}
      actions={<AddButton {...CREATE} />}
      query={groups}
      list={list}
      search={{ label: 'Search groups' }}
      empty={{
        text: 'No groups yet. A group gives its members the roles it holds.',
        action: CREATE,
      }}
      table={GROUPS_TABLE}
    />
  );
}
