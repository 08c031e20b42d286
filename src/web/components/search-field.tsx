import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
  helperText?: string;
  sx?: SxProps<Theme>;
}

/** A list's search box: a small search-type field with a magnifier, no spell-check or autofill. */
export function SearchField(props: SearchFieldProps) {
  const { label, value, onChange, placeholder, helperText, sx } = props;
  return (
    <TextField
      label={label}
      type="search"
      size="small"
      value={value}
      placeholder={placeholder}
      helperText={helperText}
      onChange={(e) => onChange(e.target.value)}
      sx={sx}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { spellCheck: false, autoComplete: 'off' },
      }}
    />
  );
}
