import { z } from 'zod';
import { idSchema } from './common';
import { safeNameText } from './text';
import { listOf, looseInstant, looseString, wrappedOrNot } from '../api/read';

export const ISSUER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256'] as const;
export type IssuerAlgorithm = (typeof ISSUER_ALGORITHMS)[number];

/** Hosts an `http://` issuer may name: local development issuers only. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * What is wrong with an issuer (or JWKS) URL, or null when it is acceptable: absolute https,
 * or http on a loopback host; no credentials, query or fragment (OIDC issuer identifiers have none).
 */
export function issuerUriProblem(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'must be an absolute https URL';
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return 'must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])';
  }
  if (url.username !== '' || url.password !== '') return 'must not contain credentials';
  if (uri.includes('?') || uri.includes('#')) return 'must not have a query or fragment';
  return null;
}

/** The stored form: as given, minus one trailing slash. */
export function normaliseIssuerUri(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

/** Clients that send every field send the unused ones empty: treat "" and null as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

const base64url = z
  .string({ error: 'must be a string' })
  .regex(/^[A-Za-z0-9_-]+$/, 'must be base64url without padding')
  .max(2048, 'must be at most 2048 characters');

const KEY_FIELDS = ['kid', 'kty', 'n', 'e', 'alg', 'crv', 'x', 'y'] as const;

/** The issuer inside the create body. With no key fields, the keys are discovered from `uri`. */
export const oidcIssuerInputSchema = z
  .object(
    {
      source: z.enum(['external'], { error: 'must be external' }).default('external'),
      uri: z
        .string({ error: 'must be a string' })
        .trim()
        .min(1, 'must not be empty')
        .max(2048, 'must be at most 2048 characters')
        .superRefine((uri, ctx) => {
          const problem = issuerUriProblem(uri);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .transform(normaliseIssuerUri),
      display_name: safeNameText().trim().max(100, 'must be at most 100 characters').optional(),
      kid: optional(
        z.string({ error: 'must be a string' }).max(256, 'must be at most 256 characters'),
      ),
      kty: optional(z.enum(['RSA', 'EC'], { error: 'must be RSA or EC' })),
      n: optional(base64url),
      e: optional(base64url),
      alg: optional(
        z.enum(ISSUER_ALGORITHMS, { error: `must be one of ${ISSUER_ALGORITHMS.join(', ')}` }),
      ),
      use: optional(z.enum(['sig'], { error: 'must be sig' })).transform((v) => v ?? 'sig'),
      crv: optional(z.enum(['P-256'], { error: 'must be P-256' })),
      x: optional(base64url),
      y: optional(base64url),
    },
    { error: 'must be an object' },
  )
  .superRefine((v, ctx) => {
    // Key fields are all-or-nothing: either a complete public key, or none (discovery).
    if (!KEY_FIELDS.some((k) => v[k] !== undefined)) return;
    const need = (field: (typeof KEY_FIELDS)[number], why: string) => {
      if (v[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `is required ${why}` });
      }
    };
    const forbid = (field: (typeof KEY_FIELDS)[number], why: string) => {
      if (v[field] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `must not be given ${why}` });
      }
    };
    need('kty', 'when key fields are given');
    need('alg', 'when key fields are given');
    if (v.kty === 'RSA') {
      need('n', 'when kty is RSA');
      need('e', 'when kty is RSA');
      for (const f of ['crv', 'x', 'y'] as const) forbid(f, 'when kty is RSA');
      if (v.alg === 'ES256') {
        ctx.addIssue({
          code: 'custom',
          path: ['alg'],
          message: 'must be RS256, RS384 or RS512 when kty is RSA',
        });
      }
    } else if (v.kty === 'EC') {
      need('crv', 'when kty is EC');
      need('x', 'when kty is EC');
      need('y', 'when kty is EC');
      for (const f of ['n', 'e'] as const) forbid(f, 'when kty is EC');
      if (v.alg !== undefined && v.alg !== 'ES256') {
        ctx.addIssue({ code: 'custom', path: ['alg'], message: 'must be ES256 when kty is EC' });
      }
    }
  });
export type OidcIssuerInput = z.input<typeof oidcIssuerInputSchema>;
export type OidcIssuerValues = z.output<typeof oidcIssuerInputSchema>;

/** Body of POST /v2/oidc/issuer: the issuer is wrapped, as Vultr's API expects. */
export const oidcIssuerCreateSchema = z.object({ issuer: oidcIssuerInputSchema });

/** A JSON Web Key as issuers publish it; members beyond these are kept. */
export const jwkSchema = z.looseObject({
  kty: z.string(),
  kid: z.string().optional(),
  use: z.string().optional(),
  alg: z.string().optional(),
  n: z.string().optional(),
  e: z.string().optional(),
  crv: z.string().optional(),
  x: z.string().optional(),
  y: z.string().optional(),
});
export type Jwk = z.infer<typeof jwkSchema>;

export const jwksSchema = z.object({ keys: z.array(jwkSchema) });
export type Jwks = z.infer<typeof jwksSchema>;

/**
 * An issuer as the API returns it; key fields may be empty, `null` or absent (issuers of source
 * `vke`, `instance` or `baremetal` carry none). `display_name` and the EC members are the
 * emulator's ([E]); the console names an issuer by `display_name` when present, else by `uri`.
 */
export const oidcIssuerSchema = z.object({
  id: idSchema,
  source: looseString,
  uri: looseString,
  kid: looseString,
  kty: looseString,
  n: looseString,
  e: looseString,
  alg: looseString,
  use: looseString,
  jwks_fetched_at: looseInstant,
  jwks_expires_at: looseInstant,
  display_name: looseString,
  crv: looseString,
  x: looseString,
  y: looseString,
});
export type OidcIssuer = z.output<typeof oidcIssuerSchema>;

export const oidcIssuerListSchema = listOf('issuers', oidcIssuerSchema);
export const oidcIssuerReadSchema = z.object({ issuer: oidcIssuerSchema });
/** A create reply. */
export const oidcIssuerReplySchema = wrappedOrNot('issuer', oidcIssuerSchema);
