import Typography from '@mui/material/Typography';
import type { Policy } from '../../../../shared/schemas/policy';
import { EditableListSection } from '../../../components/editable-list-section';
import type { QueryLike } from '../../../components/query-state';
import { attachmentName, useDetach } from '../api/use-policy-attachments';
import type { Attachment } from '../api/use-policy-attachments';
import { AttachDialog } from './attach-dialog';

const WORDS = {
  users: {
    title: 'Users',
    none: 'Not attached to any user directly.',
    loses: 'The user loses the permissions this policy grants, unless they hold it otherwise.',
  },
  groups: {
    title: 'Groups',
    none: 'Not attached to any group.',
    loses:
      'Members of the group lose the permissions this policy grants, unless they hold it otherwise.',
  },
} as const;

/** The email of a user, the description of a group. */
const secondLine = (a: Attachment) => (a.kind === 'users' ? a.entity.email : a.entity.description);

interface AttachedListProps {
  policy: Policy;
  kind: Attachment['kind'];
  query: QueryLike<Attachment[]>;
}

/** The users (or groups) the policy is attached to: attach one more, or detach after confirming. */
export function AttachedList({ policy, kind, query }: AttachedListProps) {
  const words = WORDS[kind];
  const detach = useDetach(policy.id);
  return (
    <EditableListSection
      title={words.title}
      add={{
        label: `Attach ${kind === 'users' ? 'user' : 'group'}`,
        dialog: (picker) => <AttachDialog {...picker} policy={policy} kind={kind} />,
      }}
      list={{
        query,
        what: `the ${kind} of this policy`,
        empty: words.none,
        label: `Attached ${kind}`,
        item: (a) => ({ key: a.entity.id, name: attachmentName(a), secondary: secondLine(a) }),
        loading: <Typography color="text.secondary">Loading…</Typography>,
      }}
      remove={{
        verb: 'Detach',
        question: (a) => `Detach ${attachmentName(a)} from ${policy.name}?`,
        consequence: () => words.loses,
        run: (a) => detach.mutate(a),
      }}
    />
  );
}
