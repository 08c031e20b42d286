import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { SectionCard } from '../../../components/section-card';
import { useHeldCredentials } from '../../../entities/session/held-credentials';
import type { HeldSession } from '../../../entities/session/held-credentials';
import { describeTokenCheck } from '../../../entities/session/token-check';
import { useTokenCheck } from '../api/use-token-check';
import { useRenewBeforeExpiry } from '../hooks/use-renew-before-expiry';
import { METHOD_LABELS } from '../model/assume-form';
import type { StsTarget } from '../model/sts-request';
import { CredentialFields } from './credential-fields';
import { ResultTabs } from './result-tabs';

interface ResultPanelProps {
  held: HeldSession;
  target: StsTarget;
  renewing: boolean;
  onRenew: () => void;
  onClear: () => void;
  /** What the credentials may do (the role's permissions), shown after the exports. */
  permissions?: ReactNode;
}

/** The temporary credentials this tab holds, with countdown, checks, renewal and exports. */
export function ResultPanel(props: ResultPanelProps) {
  const { held, target, renewing, onRenew, onClear, permissions } = props;
  const [revealed, setRevealed] = useState(false);
  const [renew, setRenew] = useState(false);
  const check = useTokenCheck();
  const token = held.response.credentials.session_token;
  const revokedAt = useHeldCredentials().revoked[token] ?? null;
  // Terminated credentials are not renewed behind the back of whoever ended them.
  useRenewBeforeExpiry(renew && revokedAt === null, held, onRenew);
  // A check answers for the token it was given, not for a renewed one.
  const checked = check.data && check.variables === token ? describeTokenCheck(check.data) : null;

  return (
    <SectionCard
      title="Temporary credentials"
      action={
        <Button size="small" color="inherit" onClick={onClear}>
          Clear
        </Button>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {held.roleName ?? 'Role'} · session {held.request.session_name} ·{' '}
        {METHOD_LABELS[held.response.action]}
      </Typography>
      <CredentialFields response={held.response} revealed={revealed} revokedAt={revokedAt} />
      <Stack direction="row" sx={{ mt: 2, gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          size="small"
          variant="outlined"
          aria-pressed={revealed}
          startIcon={revealed ? <VisibilityOffIcon /> : <VisibilityIcon />}
          onClick={() => setRevealed((r) => !r)}
        >
          {revealed ? 'Hide secrets' : 'Reveal secrets'}
        </Button>
        <Button
          size="small"
          variant="outlined"
          loading={check.isPending}
          onClick={() => check.mutate(token)}
        >
          Check token
        </Button>
        <FormControlLabel
          sx={{ ml: 0.5 }}
          control={
            <Switch size="small" checked={renew} onChange={(e) => setRenew(e.target.checked)} />
          }
          label={renewing ? 'Renew before expiry (renewing…)' : 'Renew before expiry'}
        />
      </Stack>
      <Box role="status" sx={{ minHeight: '1.5em', mt: 0.5 }}>
        {checked && (
          <Typography variant="body2">
            Session token: <strong>{checked}</strong>
          </Typography>
        )}
        {check.error && (
          <Typography variant="body2" color="error">
            Could not check the token: {check.error.message}
          </Typography>
        )}
      </Box>
      {renew && (
        <Typography variant="caption" color="text.secondary" component="p">
          Assumes the role again 5 minutes before expiry while this tab stays open.
        </Typography>
      )}
      <ResultTabs held={held} target={target} revealed={revealed} revoked={revokedAt !== null} />
      {permissions && (
        <>
          <Divider sx={{ my: 2 }} />
          {permissions}
        </>
      )}
    </SectionCard>
  );
}
