import type { UserSummary } from '../../../shared/schemas/user';
import { entityChoice } from '../../components/pick-one-dialog';
import type { PickSpec } from '../../components/pick-one-dialog';

/** A user in a picker, found by name or email; picking hands over the user's summary. */
export const userPick: PickSpec<UserSummary, UserSummary> = {
  label: 'User',
  what: 'users',
  choice: (u) => entityChoice({ id: u.id, name: u.name, email: u.email }, u.name, u.email),
};
