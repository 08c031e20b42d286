import { useNavigate } from 'react-router';
import { useNotify } from '../../../lib/snackbar';
import { PolicyForm } from '../editor/policy-form';
import { PageTitle } from '../../../components/detail-page';

/** /policies/new: the editor, empty; once saved, the new policy's page. */
export function NewPolicyPage() {
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <>
      <PageTitle
        parent={{ to: '/organization/policies', label: 'Permission Policies' }}
        title="New policy"
      />
      <PolicyForm
        onSaved={(policy) => {
          notify({ message: `Policy ${policy.name} created` });
          void navigate(`/policies/${encodeURIComponent(policy.id)}`);
        }}
        onCancel={() => void navigate('/organization/policies')}
      />
    </>
  );
}
