import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { MenuItemProps } from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';

interface ChoiceProps extends MenuItemProps {
  label: string;
  hint: string;
}

/**
 * A menu item named by its label alone, the hint read as its description. The rest of the
 * props pass through: the menu hands its first item autoFocus and tabIndex.
 */
function Choice({ label, hint, ...item }: ChoiceProps) {
  const id = useId();
  return (
    <MenuItem {...item} aria-labelledby={`${id}-l`} aria-describedby={`${id}-h`}>
      <ListItemText
        primary={label}
        secondary={hint}
        slotProps={{ primary: { id: `${id}-l` }, secondary: { id: `${id}-h` } }}
      />
    </MenuItem>
  );
}

/** The + button: a new Assignable Role (a dialog) or Assumable Role (the wizard's page). */
export function AddRoleMenu({ onAssignable }: { onAssignable: () => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useNavigate();
  const menuId = useId();
  return (
    <>
      <Button
        variant="contained"
        aria-label="Add role"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ minWidth: 0, px: 1.25 }}
      >
        <AddIcon />
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Choice
          label="Assignable Role"
          hint="Held by users and groups"
          onClick={() => {
            setAnchor(null);
            onAssignable();
          }}
        />
        <Choice
          label="Assumable Role"
          hint="Assumed for a while, under a trust"
          onClick={() => {
            setAnchor(null);
            void navigate('/roles/new/assumable');
          }}
        />
      </Menu>
    </>
  );
}
