import LockIcon from '@mui/icons-material/LockOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Policy } from '../../../../shared/schemas/policy';
import {
  CreatedFact,
  EditButton,
  EntityHeader,
  EntityTitle,
  IdFact,
  TextFact,
} from '../../../components/entity-header';
import { PolicyKindChip } from '../components/policy-kind-chip';
import { DeletePolicyButton } from './delete-policy-button';

interface PolicyHeaderProps {
  policy: Policy;
  onEdit: () => void;
  /** Back from the editor: Edit takes the focus again, as a dialog's opener would. */
  focusEdit: boolean;
}

/** Name, kind, description and the policy's facts; Edit and Delete for custom policies only. */
export function PolicyHeader({ policy, onEdit, focusEdit }: PolicyHeaderProps) {
  return (
    <EntityHeader
      title={
        <EntityTitle
          name={policy.name}
          adornments={<PolicyKindChip system={policy.is_system_policy} />}
          description={policy.description}
        />
      }
      actions={
        policy.is_system_policy ? (
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', color: 'text.secondary' }}>
            <LockIcon fontSize="small" />
            <Typography variant="body2">System policies are read-only</Typography>
          </Stack>
        ) : (
          <>
            <EditButton label="Edit policy" onClick={onEdit} autoFocus={focusEdit} />
            <DeletePolicyButton policy={policy} />
          </>
        )
      }
      facts={
        <>
          <IdFact id={policy.id} copyLabel="Copy policy ID" />
          <TextFact term="Version">{policy.version}</TextFact>
          <CreatedFact at={policy.date_created} />
        </>
      }
    />
  );
}
