import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { organizationQueries } from '../../features/organization/api/organization-queries';
import { describeIdentity } from '../../features/organization/model/identity';
import type { IdentityWords } from '../../features/organization/model/identity';
import { ApiError } from '../../lib/api-client';
import { credentials, useCredentials } from '../../lib/credentials';
import { lazyPopup } from '../../lib/on-demand';
import { ApiKeyDialog } from './api-key-dialog';

/** The menu itself arrives when first opened (or when the pointer or focus reaches the button). */
const IdentityMenuList = lazyPopup(() =>
  import('./identity-menu-list').then((m) => m.IdentityMenuList),
);

/** What the top bar says while the identity loads, or when the key itself was refused. */
function pendingOrFailed(error: Error | null, ownKey: boolean): IdentityWords {
  const mark = ownKey ? ' (your key)' : '';
  if (error === null) return { label: '…', title: 'Loading identity…', detail: '' };
  if (error instanceof ApiError && error.status === 401) {
    return {
      label: `key refused${mark}`,
      title: 'Key refused',
      detail: `The API did not accept this key (${error.message}).`,
    };
  }
  return {
    label: `identity not loaded${mark}`,
    title: 'Identity not loaded',
    detail: `Asking the API whose key this is failed (${error.message}).`,
  };
}

/**
 * The mode chip, grown into "who am I" (one control, so the mode is not shown twice):
 * "Embedded · <name>" or "Live · <host> · <name>", "(your key)" when the user's own API key is in
 * use; when Vultr does not say whose key it is, which key it is. Its menu swaps the key.
 */
export function IdentityMenu() {
  const health = useQuery(organizationQueries.health());
  const me = useQuery(organizationQueries.me());
  const { hasApiKey } = useCredentials();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  // Everything cached was fetched as someone else: drop it and load again as the new identity.
  const switchIdentity = (change: () => void) => {
    change();
    void queryClient.resetQueries();
  };
  const closeDialog = () => {
    setDialogOpen(false);
    buttonRef.current?.focus();
  };

  const words = me.data
    ? describeIdentity(me.data, hasApiKey)
    : pendingOrFailed(me.error, hasApiKey);
  const parts: string[] = [];
  if (health.data) parts.push(health.data.mode === 'embedded' ? 'Embedded' : 'Live');
  if (health.data?.mode === 'live') parts.push(health.data.upstream.host);
  parts.push(words.label);
  const title =
    health.data === undefined
      ? undefined
      : health.data.mode === 'embedded'
        ? 'Embedded mode: the built-in Vultr IAM emulator, offline'
        : `Live mode: ${health.data.upstream.host}`;

  return (
    <>
      <Button
        ref={buttonRef}
        color="inherit"
        size="small"
        title={title}
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        onPointerEnter={() => void IdentityMenuList.preload()}
        onFocus={() => void IdentityMenuList.preload()}
        sx={{
          maxWidth: 440,
          px: 1.5,
          borderRadius: 4,
          bgcolor: 'rgba(255,255,255,0.16)',
          textTransform: 'none',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {parts.join(' · ')}
      </Button>
      <IdentityMenuList
        id={menuId}
        anchor={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        words={words}
        keyNote={
          // An unnamed key is already named by which key it is.
          me.data?.known === false
            ? undefined
            : hasApiKey
              ? 'Using your own API key'
              : "Using the console server's key"
        }
        hasApiKey={hasApiKey}
        onUseKey={() => {
          setAnchor(null);
          setDialogOpen(true);
        }}
        onForgetKey={() => {
          setAnchor(null);
          switchIdentity(() => credentials.clearApiKey());
          buttonRef.current?.focus();
        }}
      />
      <ApiKeyDialog
        open={dialogOpen}
        onClose={closeDialog}
        onUseKey={(key) => {
          switchIdentity(() => credentials.setApiKey(key));
          closeDialog();
        }}
      />
    </>
  );
}
