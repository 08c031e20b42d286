import AddIcon from '@mui/icons-material/Add';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Policy } from '../../../../shared/schemas/policy';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryState } from '../../../components/query-state';
import { attachmentName, useDetach } from '../api/use-policy-attachments';
import type { Attachment } from '../api/use-policy-attachments';
import { AttachDialog } from './attach-dialog';
import { SectionCard } from '../../../components/section-card';
import { useConfirmTarget } from './use-confirm-target';

export interface AttachedRow {
  attachment: Attachment;
  secondary: string;
}

interface AttachedListProps {
  policy: Policy;
  kind: Attachment['kind'];
  rows: AttachedRow[] | undefined;
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
}

const WORDS = {
  users: {
    title: 'Users',
    one: 'user',
    none: 'Not attached to any user directly.',
    loses: 'The user loses the permissions this policy grants, unless they hold it otherwise.',
  },
  groups: {
    title: 'Groups',
    one: 'group',
    none: 'Not attached to any group.',
    loses:
      'Members of the group lose the permissions this policy grants, unless they hold it otherwise.',
  },
} as const;

/** The users (or groups) the policy is attached to: attach one more, or detach after confirming. */
export function AttachedList({ policy, kind, rows, isPending, error, onRetry }: AttachedListProps) {
  const words = WORDS[kind];
  const [adding, setAdding] = useState(false);
  const detaching = useConfirmTarget<Attachment>();
  const detach = useDetach(policy.id);
  const addLabel = `Attach ${words.one}`;
  return (
    <SectionCard
      title={words.title}
      action={
        <Tooltip title={addLabel}>
          <IconButton aria-label={addLabel} color="primary" onClick={() => setAdding(true)}>
            <AddIcon />
          </IconButton>
        </Tooltip>
      }
    >
      <QueryState
        what={`the ${words.title.toLowerCase()} of this policy`}
        isPending={isPending}
        error={error}
        data={rows}
        onRetry={onRetry}
        isEmpty={(d) => d.length === 0}
        empty={<Typography color="text.secondary">{words.none}</Typography>}
        loading={<Typography color="text.secondary">Loading…</Typography>}
      >
        {(d) => (
          <List dense disablePadding aria-label={`Attached ${words.title.toLowerCase()}`}>
            {d.map(({ attachment, secondary }) => {
              const name = attachmentName(attachment);
              return (
                <ListItem
                  key={attachment.entity.id}
                  divider
                  disableGutters
                  secondaryAction={
                    <Tooltip title={`Detach ${name}`}>
                      <IconButton
                        edge="end"
                        aria-label={`Detach ${name}`}
                        onClick={() => detaching.ask(attachment)}
                      >
                        <LinkOffIcon />
                      </IconButton>
                    </Tooltip>
                  }
                >
                  <ListItemText
                    primary={name}
                    secondary={secondary}
                    sx={{ pr: 5, overflowWrap: 'anywhere' }}
                  />
                </ListItem>
              );
            })}
          </List>
        )}
      </QueryState>
      <AttachDialog
        policy={policy}
        kind={kind}
        open={adding}
        onClose={() => setAdding(false)}
        attached={new Set(rows?.map((r) => r.attachment.entity.id))}
      />
      <ConfirmDialog
        open={detaching.open}
        title={`Detach ${detaching.target ? attachmentName(detaching.target) : ''} from ${policy.name}?`}
        confirmLabel="Detach"
        destructive
        onConfirm={() => {
          if (detaching.target) detach.mutate(detaching.target);
          detaching.close();
        }}
        onClose={() => detaching.close()}
      >
        {words.loses}
      </ConfirmDialog>
    </SectionCard>
  );
}
