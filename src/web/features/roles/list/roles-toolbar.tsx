import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { RoleTypeFilter } from './roles-search-params';
import { SearchField } from '../../../components/search-field';

const TYPE_OPTIONS: { value: RoleTypeFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'assignable', label: 'Assignable' },
  { value: 'assumable', label: 'Assumable' },
];

interface RolesToolbarProps {
  text: string;
  onText: (text: string) => void;
  type: RoleTypeFilter;
  onType: (type: RoleTypeFilter) => void;
}

/** The search box and the type filter above the roles table. */
export function RolesToolbar({ text, onText, type, onType }: RolesToolbarProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
      <SearchField
        label="Search roles"
        value={text}
        onChange={onText}
        sx={{ flex: 1, maxWidth: { sm: 420 } }}
      />
      <TextField
        select
        label="Type"
        size="small"
        value={type}
        onChange={(e) => onType(e.target.value as RoleTypeFilter)}
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
