import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import type { IdentityWords } from '../../features/organization/model/identity';

export interface IdentityMenuListProps {
  id: string;
  anchor: HTMLElement | null;
  open: boolean;
  onClose: () => void;
  words: IdentityWords;
  /** Whose key is in use, where that is worth saying. */
  keyNote: string | undefined;
  hasApiKey: boolean;
  onUseKey: () => void;
  onForgetKey: () => void;
}

/** The identity menu's items: who the key is, then Use my API key and Forget my key. */
export function IdentityMenuList({
  id,
  anchor,
  open,
  onClose,
  words,
  keyNote,
  hasApiKey,
  onUseKey,
  onForgetKey,
}: IdentityMenuListProps) {
  return (
    <Menu id={id} anchorEl={anchor} open={open} onClose={onClose}>
      {/* A menu may hold only items: the identity is a disabled one, skipped by the arrow keys. */}
      <MenuItem
        disabled
        sx={{
          display: 'block',
          maxWidth: 320,
          whiteSpace: 'normal',
          '&.Mui-disabled': { opacity: 1 },
        }}
      >
        <Typography variant="subtitle2">{words.title}</Typography>
        {words.detail && (
          <Typography variant="body2" color="text.secondary">
            {words.detail}
          </Typography>
        )}
        {keyNote && (
          <Typography variant="caption" color="text.secondary">
            {keyNote}
          </Typography>
        )}
      </MenuItem>
      <Divider />
      <MenuItem onClick={onUseKey}>Use my API key</MenuItem>
      {hasApiKey && <MenuItem onClick={onForgetKey}>Forget my key</MenuItem>}
    </Menu>
  );
}
