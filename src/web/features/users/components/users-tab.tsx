import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AddButton } from '../../../components/add-button';
import { ListTab } from '../../../components/list-tab';
import { userQueries } from '../../../entities/user/user-queries';
import { PLAIN_LIST_VIEW, useListTab } from '../../../lib/list-tab-view';
import { AddUserDialog } from '../create/add-user-dialog';
import { USER_SEARCH } from '../list/filter-users';
import { USERS_TABLE } from '../list/users-table';

/** The Users tab: every user, searched by name or email and paged in the browser, the view in the URL. */
export function UsersTab() {
  const users = useQuery(userQueries.list());
  const list = useListTab(users.data, PLAIN_LIST_VIEW, USER_SEARCH);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <ListTab
        title="Users"
        noun={['user', 'users']}
        actions={<AddButton label="Add User" onClick={() => setAdding(true)} />}
        query={users}
        list={list}
        search={{ label: 'Search users', placeholder: 'Name or email' }}
        table={USERS_TABLE}
      />
      <AddUserDialog open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
