import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useNotify } from '../../../lib/snackbar';
import { PolicyForm } from '../editor/policy-form';

/** /policies/new: the editor, empty; once saved, the new policy's page. */
export function NewPolicyPage() {
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/policies">
          Permission Policies
        </Link>
        <Typography color="text.primary">New policy</Typography>
      </Breadcrumbs>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 2 }}>
        New policy
      </Typography>
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
