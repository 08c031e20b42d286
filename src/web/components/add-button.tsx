import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';

/** What a + button does: open a dialog (`onClick`) or go to a page of its own (`to`). */
export interface AddAction {
  label: string;
  onClick?: () => void;
  to?: string;
}

/** A list's main button, e.g. "Add User" or "Create group": contained, with a + before its words. */
export function AddButton({ label, onClick, to }: AddAction) {
  const link = to === undefined ? {} : { component: RouterLink, to };
  return (
    <Button variant="contained" startIcon={<AddIcon />} onClick={onClick} {...link}>
      {label}
    </Button>
  );
}
