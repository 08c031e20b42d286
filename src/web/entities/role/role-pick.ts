import type { Role } from '../../../shared/schemas/role';
import { entityChoice } from '../../components/pick-one-dialog';
import type { PickSpec } from '../../components/pick-one-dialog';

/** A role in a picker, over its description. */
export const rolePick: PickSpec<Role, Role> = {
  label: 'Role',
  what: 'roles',
  choice: (r) => entityChoice(r, r.name, r.description || 'No description'),
};
