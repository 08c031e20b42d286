import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

export interface Choice<T> {
  id: string;
  primary: string;
  secondary: string;
  value: T;
}

interface PickOneDialogProps<T> {
  open: boolean;
  onClose: () => void;
  /** "Add member", also the dialog's name. */
  title: string;
  /** The field's label, e.g. "User". */
  label: string;
  /** undefined while they load. */
  choices: Choice<T>[] | undefined;
  loadError: Error | null;
  onPick: (value: T) => void;
}

/** Search one user or role to add; Add hands it over and closes. */
export function PickOneDialog<T>(props: PickOneDialogProps<T>) {
  const { open, onClose, title, label, choices, loadError, onPick } = props;
  const titleId = useId();
  const [picked, setPicked] = useState<Choice<T> | null>(null);
  // Typing finds a choice by its name or by its second line (an email, a description).
  const filterOptions = createFilterOptions<Choice<T>>({
    stringify: (o) => `${o.primary} ${o.secondary}`,
  });
  const close = () => {
    setPicked(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Box sx={{ pt: 1 }}>
          <Autocomplete
            options={choices ?? []}
            loading={choices === undefined && !loadError}
            value={picked}
            onChange={(_e, value) => setPicked(value)}
            getOptionLabel={(o) => o.primary}
            getOptionKey={(o) => o.id}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={filterOptions}
            noOptionsText={`No ${label.toLowerCase()} left to add`}
            renderOption={({ key, ...optionProps }, o) => (
              <Box component="li" key={key} {...optionProps}>
                <Box>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {o.primary}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {o.secondary}
                  </Typography>
                </Box>
              </Box>
            )}
            renderInput={(params) => (
              <TextField
                {...params}
                label={label}
                autoFocus
                error={loadError !== null}
                helperText={loadError ? `Could not load: ${loadError.message}` : undefined}
              />
            )}
          />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          disabled={picked === null}
          onClick={() => {
            if (picked) onPick(picked.value);
            close();
          }}
        >
          Add
        </Button>
      </DialogActions>
    </Dialog>
  );
}
