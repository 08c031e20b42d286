import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useOrganization } from '../../features/organization/api/organization-queries';
import { simulatorHref } from '../../features/permissions/model/simulator-href';
import { lazyPopup } from '../../lib/on-demand';

/** The menu itself arrives when first opened (or when the pointer or focus reaches the button). */
const OrgMenuList = lazyPopup(() => import('./org-menu-list').then((m) => m.OrgMenuList));

/**
 * The organization name as a menu button, holding Manage Organization. A key that belongs to
 * several organizations picks the one to work in here (role ARNs follow the choice).
 */
export function OrgMenu() {
  const { current, organizations, isPending, error, choose } = useOrganization();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useNavigate();
  const menuId = useId();
  if (isPending)
    return (
      <Skeleton width={120} role="progressbar" aria-busy="true" aria-label="Loading organization" />
    );
  const name = error || !current ? 'Organization' : current.name || current.id;
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        color="inherit"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        onPointerEnter={() => void OrgMenuList.preload()}
        onFocus={() => void OrgMenuList.preload()}
        sx={{ textTransform: 'none', fontWeight: 600 }}
      >
        {name}
      </Button>
      <OrgMenuList
        id={menuId}
        anchor={anchor}
        open={anchor !== null}
        onClose={close}
        organizations={organizations}
        currentId={current?.id}
        onChoose={(id) => {
          close();
          choose(id);
        }}
        onManage={() => {
          close();
          void navigate('/organization/roles');
        }}
        onSimulator={() => {
          close();
          void navigate(simulatorHref());
        }}
      />
    </>
  );
}
