import { createTheme } from '@mui/material/styles';

/**
 * The keyboard focus ring: a solid 2px outline in the primary colour, drawn outside the control
 * so it never hides its label. Inside the top bar (primary background) it takes the bar's text
 * colour instead, which contrasts there by construction.
 */
const RING = '2px solid var(--mui-palette-primary-main)';
const ring = { outline: RING, outlineOffset: 2 } as const;
/** For controls whose container clips anything drawn outside them (menu rows, tabs, list rows). */
const insetRing = { outline: RING, outlineOffset: -2 } as const;

/** Light and dark, following the system until the user picks one. Vultr blue as primary. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: { palette: { primary: { main: '#0059c9' }, secondary: { main: '#6b3fb8' } } },
    dark: { palette: { primary: { main: '#6aa8ff' }, secondary: { main: '#c3a6ff' } } },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // Plain links and anything else focusable that is not one of MUI's buttons.
        // (Not elements that only take focus from code, such as a heading focused after a delete.)
        'a:focus-visible, [tabindex]:not([tabindex="-1"]):not(.MuiButtonBase-root):focus-visible': {
          ...ring,
          borderRadius: 2,
        },
        '.MuiAppBar-root a:focus-visible, .MuiAppBar-root .MuiButtonBase-root.Mui-focusVisible': {
          outlineColor: 'currentColor',
        },
      },
    },
    // Every MUI button, icon button, toggle, tab, switch and menu item is a ButtonBase.
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': ring } },
    },
    MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
    MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
    MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': insetRing } } },
    MuiToggleButton: { styleOverrides: { root: { '&.Mui-focusVisible': { zIndex: 1 } } } },
  },
});
