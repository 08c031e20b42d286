import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import type { RegisterIssuerInput, RegisterMode } from './register-issuer-schema';

const MODES: { value: RegisterMode; label: string }[] = [
  { value: 'discovery', label: 'By discovery URL' },
  { value: 'key', label: 'By public key' },
];

export const modeTabId = (panelId: string, mode: RegisterMode) => `${panelId}-tab-${mode}`;

interface RegisterModeTabsProps {
  control: Control<RegisterIssuerInput>;
  /** The one panel both tabs show (the fields differ, the panel does not). */
  panelId: string;
  onSwitch: (mode: RegisterMode) => void;
}

/** How the server gets the issuer's keys: discovered from its URI, or pasted here. */
export function RegisterModeTabs({ control, panelId, onSwitch }: RegisterModeTabsProps) {
  const { field } = useController({ control, name: 'mode' });
  return (
    <Tabs
      value={field.value}
      onChange={(_e, mode: RegisterMode) => {
        field.onChange(mode);
        onSwitch(mode);
      }}
      aria-label="How the console gets the issuer's keys"
      variant="fullWidth"
      sx={{ borderBottom: 1, borderColor: 'divider', px: { sm: 1 } }}
    >
      {MODES.map((m) => (
        <Tab
          key={m.value}
          value={m.value}
          label={m.label}
          id={modeTabId(panelId, m.value)}
          aria-controls={panelId}
        />
      ))}
    </Tabs>
  );
}
