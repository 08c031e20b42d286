import { z } from 'zod';
import { roleInputSchema, SESSION_DURATION_DEFAULT } from '../../../../shared/schemas/role';
import type { RoleValues } from '../../../../shared/schemas/role';

/** The Assignable Role dialog: the API's role body, fixed to assignable, plus the policies to attach. */
export const assignableRoleFormSchema = roleInputSchema.extend({
  role_type: z.literal('assignable'),
  policy_ids: z.array(z.string()),
});
export type AssignableRoleInput = z.input<typeof assignableRoleFormSchema>;
export type AssignableRoleValues = z.output<typeof assignableRoleFormSchema>;

export const ASSIGNABLE_ROLE_DEFAULTS: AssignableRoleInput = {
  name: '',
  description: '',
  role_type: 'assignable',
  max_session_duration: SESSION_DURATION_DEFAULT,
  policy_ids: [],
};

/** The POST /v2/roles body: the form's values without the policies. */
export function roleBody({ policy_ids: _policies, ...role }: AssignableRoleValues): RoleValues {
  return role;
}

/** The choices of the Maximum session duration select, in seconds (15 minutes … 12 hours). */
export const SESSION_DURATION_CHOICES = [
  900, 1800, 3600, 7200, 10_800, 14_400, 21_600, 28_800, 43_200,
];
