import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, Outlet } from 'react-router';
import { credentials, useCredentials } from '../../lib/credentials';
import { ConsoleTokenDialog } from './console-token-dialog';
import { IdentityMenu } from './identity-menu';
import { OrgMenu } from './org-menu';
import { ThemeToggle } from './theme-toggle';

export function AppShell() {
  const queryClient = useQueryClient();
  const { needsConsoleToken, consoleTokenRefused } = useCredentials();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" elevation={0}>
        <Toolbar sx={{ gap: { xs: 0.5, sm: 1 }, flexWrap: 'wrap', py: { xs: 0.5, sm: 0 } }}>
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            aria-label="Vultr IAM Console"
            sx={{
              color: 'inherit',
              textDecoration: 'none',
              fontWeight: 700,
              mr: { xs: 0, sm: 1 },
              fontSize: { xs: '1.05rem', sm: '1.25rem' },
            }}
          >
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              Vultr{' '}
            </Box>
            IAM Console
          </Typography>
          <OrgMenu />
          <Box sx={{ flexGrow: 1 }} />
          <IdentityMenu />
          <Button color="inherit" component={RouterLink} to="/sessions">
            Sessions
          </Button>
          <ThemeToggle />
        </Toolbar>
      </AppBar>
      {/* Centred, at most 1200px wide (MUI's "lg"), as a Container would be. */}
      <Box
        component="main"
        sx={{ maxWidth: 1200, mx: 'auto', py: { xs: 2, sm: 3 }, px: { xs: 1.5, sm: 3 } }}
      >
        <Outlet />
      </Box>
      <ConsoleTokenDialog
        open={needsConsoleToken}
        refused={consoleTokenRefused}
        onContinue={(token) => {
          credentials.setConsoleToken(token);
          // Everything that failed for want of the token loads again.
          void queryClient.resetQueries();
        }}
      />
    </Box>
  );
}
