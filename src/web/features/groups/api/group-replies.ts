import { z } from 'zod';
import { groupReadSchema, groupSchema } from '../../../../shared/schemas/group';

/** Create and update answer with the group unwrapped; live Vultr may wrap it (spec §8). */
export const groupReplySchema = z.union([groupSchema, groupReadSchema.transform((r) => r.group)]);

/** Replies whose body the page does not read (204s, membership and assignment records). */
export const ignoredReplySchema = z.unknown();

export const roleGroupPath = (roleId: string, groupId: string) =>
  `/api/v2/roles/${encodeURIComponent(roleId)}/groups/${encodeURIComponent(groupId)}`;
