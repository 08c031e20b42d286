import { useQuery } from '@tanstack/react-query';
import type { Policy } from '../../../../shared/schemas/policy';
import { policyQueries } from '../../../entities/policy/policy-queries';
import type { Attachment } from '../api/use-policy-attachments';
import { AttachedList } from './attached-list';

type Entity<K extends Attachment['kind']> = Extract<Attachment, { kind: K }>['entity'];

const asUsers = (users: Entity<'users'>[]): Attachment[] =>
  users.map((entity) => ({ kind: 'users', entity }));
const asGroups = (groups: Entity<'groups'>[]): Attachment[] =>
  groups.map((entity) => ({ kind: 'groups', entity }));

/** The users this policy is attached to directly (GET /v2/policies/{id}/users). */
export function UsersSection({ policy }: { policy: Policy }) {
  const query = useQuery({ ...policyQueries.users(policy.id), select: asUsers });
  return <AttachedList policy={policy} kind="users" query={query} />;
}

/** The groups this policy is attached to (GET /v2/policies/{id}/groups). */
export function GroupsSection({ policy }: { policy: Policy }) {
  const query = useQuery({ ...policyQueries.groups(policy.id), select: asGroups });
  return <AttachedList policy={policy} kind="groups" query={query} />;
}
