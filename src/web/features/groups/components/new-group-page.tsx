import { NewGroupForm } from '../create/new-group-form';
import { PageTitle } from '../../../components/detail-page';

/** /groups/new — make a group with its members and roles in one go. */
export function NewGroupPage() {
  return (
    <>
      <PageTitle parent={{ to: '/organization/groups', label: 'Groups' }} title="Create group" />
      <NewGroupForm />
    </>
  );
}
