import DialogContentText from '@mui/material/DialogContentText';
import type { Policy } from '../../../../shared/schemas/policy';
import type { PickerState } from '../../../components/editable-list-section';
import { PickOneDialog } from '../../../components/pick-one-dialog';
import { useDirectoryPick } from '../../../entities/user/use-directory-pick';
import { attachmentName, useAttach } from '../api/use-policy-attachments';
import type { Attachment } from '../api/use-policy-attachments';

interface AttachDialogProps extends PickerState {
  policy: Policy;
  kind: Attachment['kind'];
}

/** Picks a user (or group) from the organization and attaches the policy to it. */
export function AttachDialog({ policy, kind, ...picker }: AttachDialogProps) {
  const attach = useAttach(policy.id);
  const directory = useDirectoryPick<Attachment>(kind, picker.open, {
    users: (u) => ({ kind: 'users', entity: { id: u.id, name: u.name, email: u.email } }),
    groups: (g) => ({
      kind: 'groups',
      entity: { id: g.id, display_name: g.display_name, description: g.description },
    }),
  });
  const noun = kind === 'users' ? 'user' : 'group';
  return (
    <PickOneDialog
      {...picker}
      {...directory}
      choice={(a) => ({ id: a.entity.id, primary: attachmentName(a), value: a })}
      onPick={(attachment) => attach.mutate(attachment)}
      intro={
        <DialogContentText>
          The {noun} gets the permissions of {policy.name}.
        </DialogContentText>
      }
    />
  );
}
