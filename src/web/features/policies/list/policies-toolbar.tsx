import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { PolicyKindFilter } from './policies-view';
import { SearchField } from '../../../components/search-field';

const TYPE_OPTIONS: { value: PolicyKindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'system', label: 'System' },
  { value: 'custom', label: 'Custom' },
];

interface PoliciesToolbarProps {
  text: string;
  onText: (text: string) => void;
  type: PolicyKindFilter;
  onType: (type: PolicyKindFilter) => void;
}

/** The search box and the System/Custom filter above the policies table. */
export function PoliciesToolbar({ text, onText, type, onType }: PoliciesToolbarProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
      <SearchField
        label="Search policies"
        helperText="By name or description"
        value={text}
        onChange={onText}
        sx={{ flex: 1, maxWidth: { sm: 420 } }}
      />
      <TextField
        select
        label="Type"
        size="small"
        value={type}
        onChange={(e) => onType(e.target.value as PolicyKindFilter)}
        sx={{ minWidth: 160 }}
      >
        {TYPE_OPTIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
