import { z } from 'zod';
import { roleReadSchema, roleSchema } from '../../../../../shared/schemas/role';

/** Update and restore answer with the role unwrapped; live Vultr may wrap it (spec §8). */
export const roleReplySchema = z.union([roleReadSchema.transform((r) => r.role), roleSchema]);

/** Replies whose body the page does not read (204s, attachment records). */
export const ignoredReplySchema = z.unknown();
