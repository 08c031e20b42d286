import { z } from 'zod';
import { idSchema } from './common';
import { sessionDurationSchema } from './role';
import { sessionNameSchema } from './session';

export const STS_ACTIONS = ['AssumeRole', 'AssumeRoleWithWebIdentity'] as const;
export const stsActionSchema = z.enum(STS_ACTIONS, {
  error: `must be one of ${STS_ACTIONS.join(', ')}`,
});
export type StsAction = z.infer<typeof stsActionSchema>;

export const ROLE_ARN_PATTERN = /^arn:aws:iam::([^:]+):role\/(.+)$/;

/** Body of POST /api/sts: the session panel's assume call. */
export const stsProxyRequestSchema = z
  .object({
    action: stsActionSchema,
    role_arn: z
      .string({ error: 'must be a string' })
      .min(20, 'must be between 20 and 2048 characters')
      .max(2048, 'must be between 20 and 2048 characters')
      .regex(ROLE_ARN_PATTERN, 'must look like arn:aws:iam::<organization-id>:role/<role-id>')
      .optional(),
    role_id: idSchema.optional(),
    session_name: sessionNameSchema,
    duration_seconds: sessionDurationSchema.optional(),
    web_identity_token: z
      .string({ error: 'must be a string' })
      .min(4, 'must be between 4 and 20000 characters')
      .max(20_000, 'must be between 4 and 20000 characters')
      .optional(),
    /** Embedded mode: assume as this seeded user (the server uses that user's API key). */
    call_as: idSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.role_arn === undefined) === (r.role_id === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['role_arn'],
        message: 'give either role_arn or role_id',
      });
    }
    if (r.action === 'AssumeRoleWithWebIdentity' && !r.web_identity_token) {
      ctx.addIssue({
        code: 'custom',
        path: ['web_identity_token'],
        message: 'is required for AssumeRoleWithWebIdentity',
      });
    }
  });
export type StsProxyRequest = z.input<typeof stsProxyRequestSchema>;

/** What POST /api/sts answers on success. */
export const stsProxyResponseSchema = z.object({
  action: stsActionSchema,
  credentials: z.object({
    access_key_id: z.string(),
    secret_access_key: z.string(),
    session_token: z.string(),
    expiration: z.string(),
  }),
  assumed_role_user: z.object({ arn: z.string(), assumed_role_id: z.string() }),
  subject_from_web_identity_token: z.string().optional(),
  provider: z.string().optional(),
  audience: z.string().optional(),
  request_id: z.string(),
  raw_xml: z.string(),
});
export type StsProxyResponse = z.infer<typeof stsProxyResponseSchema>;

/** What POST /api/sts answers when STS refused: the AWS error, its status kept. */
export const stsProxyErrorSchema = z.object({
  error: z.string(),
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  requestId: z.string(),
});
