import { z } from 'zod';
import {
  oidcIssuerCreateSchema,
  oidcIssuerInputSchema,
} from '../../../../shared/schemas/oidc-issuer';
import type { Jwk } from '../../../../shared/schemas/oidc-issuer';
import { chosenKey, readKeyText } from './read-key-text';

export const REGISTER_MODES = ['discovery', 'key'] as const;
export type RegisterMode = (typeof REGISTER_MODES)[number];

/** For an RSA key that names no `alg`, the user picks one (the API needs it). */
export const RSA_ALGORITHMS = ['RS256', 'RS384', 'RS512'] as const;

const issuer = oidcIssuerInputSchema.shape;

/** The members of the create body a key gives: its public part, nothing private. */
export function keyMembers(jwk: Jwk, rsaAlgorithm: string) {
  const common = { ...(jwk.kid ? { kid: jwk.kid } : {}), kty: jwk.kty, use: 'sig' };
  return jwk.kty === 'EC'
    ? { ...common, crv: jwk.crv, x: jwk.x, y: jwk.y, alg: jwk.alg ?? 'ES256' }
    : { ...common, n: jwk.n, e: jwk.e, alg: jwk.alg ?? rsaAlgorithm };
}

interface KeyForm {
  key_text: string;
  kid: string;
  alg: string;
}

/** Why the pasted key cannot be registered, as one sentence; null when it can. */
function keyProblem(form: KeyForm): string | null {
  const reading = readKeyText(form.key_text);
  if (!reading.ok) return reading.message;
  const choice = chosenKey(reading.choices, form.kid);
  if (!choice) return 'Paste a JWK or a JWKS';
  // The shared rules for key members, with a stand-in URI: the URI field reports its own.
  const check = oidcIssuerInputSchema.safeParse({
    uri: 'https://issuer.example',
    ...keyMembers(choice.jwk, form.alg),
  });
  const issue = check.error?.issues[0];
  return issue ? `The key's ${issue.path.join('.') || 'value'} ${issue.message}` : null;
}

/**
 * The Register issuer dialog: Issuer URI and Display name, and in the "By public key" mode the
 * pasted key (without key members the server discovers the keys from the URI). The output
 * carries the API's wrapped create body, checked by the shared schema, as `body`.
 */
export const registerIssuerFormSchema = z
  .object({
    mode: z.enum(REGISTER_MODES),
    uri: issuer.uri,
    display_name: issuer.display_name,
    key_text: z.string(),
    kid: z.string(),
    alg: z.string(),
  })
  .superRefine((form, ctx) => {
    if (form.mode !== 'key') return;
    const problem = keyProblem(form);
    if (problem) ctx.addIssue({ code: 'custom', path: ['key_text'], message: problem });
  })
  .transform((form, ctx) => {
    const chosen = form.mode === 'key' ? chosenKey(choicesOf(form.key_text), form.kid) : undefined;
    const body = oidcIssuerCreateSchema.safeParse({
      issuer: {
        source: 'external',
        uri: form.uri,
        ...(form.display_name ? { display_name: form.display_name } : {}),
        ...(chosen ? keyMembers(chosen.jwk, form.alg) : {}),
      },
    });
    // The form's values stay in the output (react-hook-form's controls are typed by them).
    if (body.success) return { ...form, body: body.data };
    for (const issue of body.error.issues) {
      const field = issue.path[1];
      const path = field === 'uri' || field === 'display_name' ? field : 'key_text';
      ctx.addIssue({ code: 'custom', path: [path], message: issue.message });
    }
    return z.NEVER;
  });

function choicesOf(text: string) {
  const reading = readKeyText(text);
  return reading.ok ? reading.choices : [];
}

export type RegisterIssuerInput = z.input<typeof registerIssuerFormSchema>;
export type RegisterIssuerValues = z.output<typeof registerIssuerFormSchema>;
export type RegisterIssuerBody = RegisterIssuerValues['body'];

export const REGISTER_ISSUER_DEFAULTS: RegisterIssuerInput = {
  mode: 'discovery',
  uri: '',
  display_name: '',
  key_text: '',
  kid: '',
  alg: 'RS256',
};
