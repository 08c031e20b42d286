import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CheckIcon from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useOrganization } from '../../features/organization/api/organization-queries';
import { simulatorHref } from '../../features/permissions/model/simulator-href';

/**
 * The organization name as a menu button, holding Manage Organization. A key that belongs to
 * several organizations picks the one to work in here (role ARNs follow the choice).
 */
export function OrgMenu() {
  const { current, organizations, isPending, error, choose } = useOrganization();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useNavigate();
  const menuId = useId();
  if (isPending) return <Skeleton width={120} aria-label="Loading organization" />;
  const name = error || !current ? 'Organization' : current.name || current.id;
  const several = organizations.length > 1;
  return (
    <>
      <Button
        color="inherit"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none', fontWeight: 600 }}
      >
        {name}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
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
            const chosen = o.id === current?.id;
            return (
              <MenuItem
                key={o.id}
                selected={chosen}
                aria-checked={chosen}
                role="menuitemradio"
                onClick={() => {
                  setAnchor(null);
                  choose(o.id);
                }}
              >
                <ListItemIcon>{chosen && <CheckIcon fontSize="small" />}</ListItemIcon>
                <ListItemText>{o.name || o.id}</ListItemText>
              </MenuItem>
            );
          })}
        {several && <Divider />}
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void navigate('/organization/roles');
          }}
        >
          Manage Organization
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void navigate(simulatorHref());
          }}
        >
          Policy Simulator
        </MenuItem>
      </Menu>
    </>
  );
}
