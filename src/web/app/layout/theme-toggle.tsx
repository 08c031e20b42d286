import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' };

/** Cycles system → light → dark. */
export function ThemeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon =
    current === 'light'
      ? LightModeIcon
      : current === 'dark'
        ? DarkModeIcon
        : SettingsBrightnessIcon;
  return (
    // The browser's own tooltip: MUI's would bring its positioning engine into the first page.
    <IconButton
      color="inherit"
      aria-label={LABEL[current]}
      title={LABEL[current]}
      onClick={() => setMode(NEXT[current])}
    >
      <Icon />
    </IconButton>
  );
}
