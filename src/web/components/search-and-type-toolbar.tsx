import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SearchField } from './search-field';

interface SearchAndTypeToolbarProps<T extends string> {
  /** The search box: its label (e.g. "Search roles") and what it searches, if worth saying. */
  search: { label: string; helperText?: string };
  text: string;
  onText: (text: string) => void;
  /** The Type filter's choices, the first meaning "all". */
  types: readonly { value: T; label: string }[];
  type: T;
  onType: (type: T) => void;
}

/** The search box and the Type filter above a list's table. */
export function SearchAndTypeToolbar<T extends string>(props: SearchAndTypeToolbarProps<T>) {
  const { search, types } = props;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
      <SearchField
        label={search.label}
        helperText={search.helperText}
        value={props.text}
        onChange={props.onText}
        sx={{ flex: 1, maxWidth: { sm: 420 } }}
      />
      <TextField
        select
        label="Type"
        size="small"
        value={props.type}
        // The menu offers only the values of `types`.
        onChange={(e) => props.onType(e.target.value as T)}
        sx={{ minWidth: 160 }}
      >
        {types.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
