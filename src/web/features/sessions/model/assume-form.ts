import { z } from 'zod';
import { idSchema } from '../../../../shared/schemas/common';
import {
  SESSION_DURATION_DEFAULT,
  SESSION_DURATION_MAX,
  sessionDurationSchema,
} from '../../../../shared/schemas/role';
import type { Role } from '../../../../shared/schemas/role';
import { sessionNameSchema } from '../../../../shared/schemas/session';
import {
  ROLE_ARN_PATTERN,
  stsActionSchema,
  stsProxyRequestSchema,
} from '../../../../shared/schemas/sts';
import type { StsAction, StsProxyRequest } from '../../../../shared/schemas/sts';
import { humanDuration } from '../../../lib/dates';

/** What the Role field holds: a known role (by id or name) or a typed ARN. */
export interface ResolvedRole {
  /** The role, when the organization's list knows it. */
  role?: Role;
  roleArn?: string;
  roleId?: string;
}

/** Reads the Role field: a role id, a role name (any case), or a role ARN. */
export function resolveRole(ref: string, roles: readonly Role[]): ResolvedRole {
  const text = ref.trim();
  if (text === '') return {};
  const arn = ROLE_ARN_PATTERN.exec(text);
  if (arn) {
    const role = roles.find((r) => r.id === arn[2]);
    return role ? { role, roleArn: text } : { roleArn: text };
  }
  if (idSchema.safeParse(text).success) {
    const role = roles.find((r) => r.id === text);
    return role ? { role, roleId: text } : { roleId: text };
  }
  const lower = text.toLowerCase();
  const role = roles.find((r) => r.name.toLowerCase() === lower);
  return role ? { role, roleId: role.id } : {};
}

/** The longest session the Role field allows: its role's maximum, or the API's for a typed ARN. */
export function maxDurationOf(resolved: ResolvedRole): number {
  return resolved.role?.max_session_duration ?? SESSION_DURATION_MAX;
}

export const METHOD_LABELS: Record<StsAction, string> = {
  AssumeRole: 'API key (AssumeRole)',
  AssumeRoleWithWebIdentity: 'Web identity token (AssumeRoleWithWebIdentity)',
};

/** The assume form as the fields hold it. */
export interface AssumeFormInput {
  role: string;
  method: StsAction;
  session_name: string;
  duration_seconds: number;
  web_identity_token: string;
  /** Embedded mode: a seeded user's id, or '' for the console server's own key. */
  call_as: string;
}

/** A session name that passes sessionNameSchema and says where it came from. */
export function defaultSessionName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `console-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

export function assumeFormDefaults(roleRef: string, now: Date): AssumeFormInput {
  return {
    role: roleRef,
    method: 'AssumeRole',
    session_name: defaultSessionName(now),
    duration_seconds: SESSION_DURATION_DEFAULT,
    web_identity_token: '',
    call_as: '',
  };
}

const tokenSchema = stsProxyRequestSchema.shape.web_identity_token.unwrap();
const ROLE_RULE =
  'must be a role from the list, a role id, or an ARN such as arn:aws:iam::<organization-id>:role/<role-id>';

/**
 * The assume form's schema, from the shared STS request rules plus what only the page knows (the
 * organization's roles and their maximum session duration); its output is the POST /api/sts body.
 */
export function assumeFormSchema(context: { roles: readonly Role[]; organizationId?: string }) {
  return z
    .object({
      role: z.string().trim().min(1, 'is required'),
      method: stsActionSchema,
      session_name: sessionNameSchema,
      duration_seconds: sessionDurationSchema,
      web_identity_token: z.string().trim(),
      call_as: z.string(),
    })
    .superRefine((v, ctx) => {
      const resolved = resolveRole(v.role, context.roles);
      if (v.role.trim() !== '' && !resolved.roleArn && !resolved.roleId) {
        ctx.addIssue({ code: 'custom', path: ['role'], message: ROLE_RULE });
      }
      const max = maxDurationOf(resolved);
      if (Number.isInteger(v.duration_seconds) && v.duration_seconds > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['duration_seconds'],
          message: `must be at most ${max} seconds (${humanDuration(max)}, the role's maximum session duration)`,
        });
      }
      if (v.method === 'AssumeRoleWithWebIdentity') {
        const token = tokenSchema.safeParse(v.web_identity_token);
        if (v.web_identity_token === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['web_identity_token'],
            message: 'is required for AssumeRoleWithWebIdentity',
          });
        } else if (!token.success) {
          ctx.addIssue({
            code: 'custom',
            path: ['web_identity_token'],
            message: token.error.issues[0]?.message ?? 'is invalid',
          });
        }
      }
    })
    .transform((v): StsProxyRequest => {
      const resolved = resolveRole(v.role, context.roles);
      const request: StsProxyRequest = {
        action: v.method,
        session_name: v.session_name,
        duration_seconds: v.duration_seconds,
      };
      if (resolved.roleArn) request.role_arn = resolved.roleArn;
      else if (context.organizationId && resolved.roleId) {
        // The ARN, so the request (and its curl twin) reads the same as any STS client's.
        request.role_arn = `arn:aws:iam::${context.organizationId}:role/${resolved.roleId}`;
      } else request.role_id = resolved.roleId;
      if (v.method === 'AssumeRoleWithWebIdentity')
        request.web_identity_token = v.web_identity_token;
      else if (v.call_as !== '') request.call_as = v.call_as;
      return request;
    });
}
export type AssumeFormSchema = ReturnType<typeof assumeFormSchema>;
