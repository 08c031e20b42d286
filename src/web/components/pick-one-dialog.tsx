import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { TwoLineOption } from './two-line-option';

/** One entity to pick: its name, perhaps a second line (an email, a description), and itself. */
export interface Choice<T> {
  id: string;
  primary: string;
  secondary?: string;
  value: T;
}

/** An entity as a choice, by its id: its name, perhaps a second line; picking hands it over. */
export const entityChoice = <S extends { id: string }>(
  entity: S,
  primary: string,
  secondary?: string,
): Choice<S> => ({ id: entity.id, primary, secondary, value: entity });

/** How one kind of entity is offered: the field's label, the plural, and each candidate's choice. */
export interface PickSpec<S, T> {
  /** The field's label, e.g. "User". */
  label: string;
  /** What the choices are, in the plural: "users" ("No users left to add"). */
  what: string;
  /** A candidate as the field offers it, and what picking it hands over. */
  choice: (candidate: S) => Choice<T>;
}

interface PickOneDialogProps<S, T> extends PickSpec<S, T> {
  open: boolean;
  onClose: () => void;
  /** "Add member", the dialog's name; its first word ("Add", "Attach") is the confirming button's. */
  title: string;
  /** The candidates (undefined while they load) and the error reading them: a query fits. */
  from: { data: readonly S[] | undefined; error: Error | null };
  /** The ids of those held already: not offered. */
  held?: ReadonlySet<string>;
  onPick: (value: T) => void;
  /** Above the field: what picking does, or a switch between kinds of choices. */
  intro?: ReactNode;
}

/** Search one entity to add or attach; the confirm button hands it over and closes. */
export function PickOneDialog<S, T>(props: PickOneDialogProps<S, T>) {
  const { open, title, label, what, held } = props;
  const loadError = props.from.error;
  const choices = props.from.data?.map(props.choice).filter((c) => !held?.has(c.id));
  const confirmLabel = title.split(' ')[0] ?? title;
  const titleId = useId();
  const [picked, setPicked] = useState<Choice<T> | null>(null);
  // A choice that is no longer offered (the intro switched the kind) is no choice.
  const chosen = picked !== null && choices?.some((c) => c.id === picked.id) ? picked : null;
  const close = () => {
    setPicked(null);
    props.onClose();
  };
  const verb = confirmLabel.toLowerCase();
  // Typing finds a choice by its name or by its second line.
  const filterOptions = createFilterOptions<Choice<T>>({
    stringify: (o) => `${o.primary} ${o.secondary ?? ''}`,
  });
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {props.intro}
          <Autocomplete
            options={choices ?? []}
            loading={choices === undefined && !loadError}
            value={chosen}
            onChange={(_e, value) => setPicked(value)}
            getOptionLabel={(o) => o.primary}
            getOptionKey={(o) => o.id}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={filterOptions}
            noOptionsText={`No ${what} left to ${verb}`}
            renderOption={({ key, ...itemProps }, o) => (
              <TwoLineOption
                key={key}
                itemProps={itemProps}
                primary={o.primary}
                secondary={o.secondary}
              />
            )}
            renderInput={(params) => (
              <TextField
                {...params}
                label={label}
                autoFocus
                error={loadError !== null}
                helperText={loadError ? `Could not load the ${what}: ${loadError.message}` : ' '}
              />
            )}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          disabled={chosen === null}
          onClick={() => {
            if (chosen) props.onPick(chosen.value);
            close();
          }}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
