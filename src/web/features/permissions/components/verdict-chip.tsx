import Chip from '@mui/material/Chip';
import type { Verdict } from '../../../../shared/iam/evaluate';
import { VERDICT_LABELS } from '../model/simulator';

const COLORS = {
  allowed: 'success',
  implicitDeny: 'default',
  explicitDeny: 'error',
} as const;

/** Allowed, Denied (implicit) or Denied (explicit). */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <Chip
      size="small"
      color={COLORS[verdict]}
      variant={verdict === 'implicitDeny' ? 'outlined' : 'filled'}
      label={VERDICT_LABELS[verdict]}
    />
  );
}
