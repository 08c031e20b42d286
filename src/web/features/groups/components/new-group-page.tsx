import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { NewGroupForm } from '../create/new-group-form';

/** /groups/new — make a group with its members and roles in one go. */
export function NewGroupPage() {
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/groups">
          Groups
        </Link>
        <Typography color="text.primary">Create group</Typography>
      </Breadcrumbs>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 2 }}>
        Create group
      </Typography>
      <NewGroupForm />
    </>
  );
}
