import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../lib/query-client';
import { SnackbarProvider } from '../lib/snackbar';
import { SimulatorLinksProvider } from './simulator-links-provider';
import { theme } from './theme';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline />
        <SimulatorLinksProvider>
          <SnackbarProvider>{children}</SnackbarProvider>
        </SimulatorLinksProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
