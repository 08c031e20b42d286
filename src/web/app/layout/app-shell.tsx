import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, Outlet } from 'react-router';
import { organizationQueries } from '../../features/organization/api/organization-queries';
import { OrgMenu } from './org-menu';
import { ThemeToggle } from './theme-toggle';

export function AppShell() {
  const health = useQuery(organizationQueries.health());
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" elevation={0}>
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, mr: 1 }}
          >
            Vultr IAM Console
          </Typography>
          <OrgMenu />
          <Box sx={{ flexGrow: 1 }} />
          {health.data && (
            <Chip
              size="small"
              label={health.data.mode === 'embedded' ? 'Embedded' : 'Live'}
              title={
                health.data.mode === 'embedded'
                  ? 'Embedded mode: the built-in Vultr IAM emulator, offline'
                  : `Live mode: ${health.data.upstream.host}`
              }
              sx={{ bgcolor: 'rgba(255,255,255,0.16)', color: 'inherit' }}
            />
          )}
          <Button color="inherit" component={RouterLink} to="/sessions">
            Sessions
          </Button>
          <ThemeToggle />
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </Box>
  );
}
