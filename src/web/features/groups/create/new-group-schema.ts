import { z } from 'zod';
import { idSchema } from '../../../../shared/schemas/common';
import { groupInputSchema } from '../../../../shared/schemas/group';
import type { GroupValues } from '../../../../shared/schemas/group';

/** The Create group flow: the API's group body, plus the members and roles to add after it. */
export const newGroupFormSchema = groupInputSchema.extend({
  member_ids: z.array(idSchema),
  role_ids: z.array(idSchema),
});
export type NewGroupInput = z.input<typeof newGroupFormSchema>;
export type NewGroupValues = z.output<typeof newGroupFormSchema>;

/** The fields of the first step, checked by Next. */
export const DETAILS_FIELDS = ['display_name', 'description', 'member_ids', 'role_ids'] as const;

export const NEW_GROUP_DEFAULTS: NewGroupInput = {
  display_name: '',
  description: '',
  member_ids: [],
  role_ids: [],
};

/** The POST /v2/groups body: the form's values without members and roles. */
export function groupBody({ display_name, description }: NewGroupValues): GroupValues {
  return { display_name, description };
}
