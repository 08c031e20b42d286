import { createTheme } from '@mui/material/styles';

/** Light and dark, following the system until the user picks one. Vultr blue as primary. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#0059c9' }, secondary: { main: '#6b3fb8' } } },
    dark: { palette: { primary: { main: '#6aa8ff' }, secondary: { main: '#c3a6ff' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
});
