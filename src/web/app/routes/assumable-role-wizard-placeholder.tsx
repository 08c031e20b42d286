import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

/** Where the + menu's Assumable Role leads until the wizard is built. */
export function AssumableRoleWizardPlaceholder() {
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/roles">
          Roles
        </Link>
        <Typography color="text.primary">Assumable Role</Typography>
      </Breadcrumbs>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h5" component="h1" gutterBottom sx={{ fontWeight: 600 }}>
          Assumable Role
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          The wizard for assumable roles (trusted entity, schedule, IP access restrictions and
          permission policies in one go) is not built yet.
        </Typography>
        <Link component={RouterLink} to="/organization/roles">
          Back to Roles
        </Link>
      </Paper>
    </>
  );
}
