import type { Role } from '../../../../shared/schemas/role';
import { CreateDialog } from '../../../components/create-dialog';
import { AssignableRoleForm } from './assignable-role-form';

const done = (role: Role) => ({ message: `Role ${role.name} created`, to: `/roles/${role.id}` });

/** The + menu's Assignable Role: a dialog that creates the role, then opens its page. */
export function AssignableRoleDialog(props: { open: boolean; onClose: () => void }) {
  return <CreateDialog {...props} form={AssignableRoleForm} done={done} />;
}
