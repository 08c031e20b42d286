import CheckIcon from '@mui/icons-material/Check';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import type { Organization } from '../../../shared/schemas/organization';

export interface OrgMenuListProps {
  id: string;
  anchor: HTMLElement | null;
  open: boolean;
  onClose: () => void;
  organizations: readonly Organization[];
  currentId: string | undefined;
  /** Works in another organization (offered when the key belongs to several). */
  onChoose: (id: string) => void;
  onManage: () => void;
  onSimulator: () => void;
}

/** The organization menu's items: the organizations to work in, Manage Organization, the simulator. */
export function OrgMenuList({
  id,
  anchor,
  open,
  onClose,
  organizations,
  currentId,
  onChoose,
  onManage,
  onSimulator,
}: OrgMenuListProps) {
  const several = organizations.length > 1;
  return (
    <Menu id={id} anchorEl={anchor} open={open} onClose={onClose}>
      {/* A menu holds only items: the heading is a disabled one, skipped by the arrow keys. */}
      {several && (
        <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
          <Typography variant="caption" color="text.secondary">
            Work in organization
          </Typography>
        </MenuItem>
      )}
      {several &&
        organizations.map((o) => {
          const chosen = o.id === currentId;
          return (
            <MenuItem
              key={o.id}
              selected={chosen}
              aria-checked={chosen}
              role="menuitemradio"
              onClick={() => onChoose(o.id)}
            >
              <ListItemIcon>{chosen && <CheckIcon fontSize="small" />}</ListItemIcon>
              <ListItemText>{o.name || o.id}</ListItemText>
            </MenuItem>
          );
        })}
      {several && <Divider />}
      <MenuItem onClick={onManage}>Manage Organization</MenuItem>
      <MenuItem onClick={onSimulator}>Policy Simulator</MenuItem>
    </Menu>
  );
}
