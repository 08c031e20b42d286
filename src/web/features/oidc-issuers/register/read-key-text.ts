import { jwkSchema, jwksSchema } from '../../../../shared/schemas/oidc-issuer';
import type { Jwk } from '../../../../shared/schemas/oidc-issuer';
import { findJsonProblem } from './json-problem';

/** A key the user may register: RSA or EC, meant for signatures (`use` "sig" or none). */
export interface KeyChoice {
  jwk: Jwk;
  /** The Key ID select's value: the kid, or `#<n>` for a key without a (unique) kid. */
  value: string;
  label: string;
}

export type KeyTextReading =
  | { ok: false; message: string }
  | {
      ok: true;
      /** A single JWK was pasted, or a JWKS. */
      kind: 'jwk' | 'jwks';
      choices: KeyChoice[];
      /** Keys of the JWKS left out: for encryption, or neither RSA nor EC. */
      skipped: number;
      /** Private members were pasted; they are never sent. */
      hasPrivate: boolean;
    };

const SIGNING_KTY = ['RSA', 'EC'];
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

const canSign = (key: Jwk) =>
  (key.use === undefined || key.use === 'sig') && SIGNING_KTY.includes(key.kty);

function choicesOf(keys: Jwk[]): KeyChoice[] {
  const kids = keys.map((k) => k.kid);
  return keys.map((jwk, i) => {
    const unique = jwk.kid !== undefined && jwk.kid !== '' && kids.indexOf(jwk.kid) === i;
    const name = jwk.kid ? jwk.kid : `Key ${i + 1} (no kid)`;
    return {
      jwk,
      value: unique ? jwk.kid! : `#${i}`,
      label: [name, jwk.kty, jwk.alg].filter(Boolean).join(' · '),
    };
  });
}

/**
 * Reads the "JWK or JWKS (JSON)" box: a single JWK, or a JWKS of which the signing keys are
 * offered. The message of a failed reading is a sentence to show under the box.
 */
export function readKeyText(text: string): KeyTextReading {
  if (text.trim() === '') return { ok: false, message: 'Paste a JWK or a JWKS' };
  const problem = findJsonProblem(text);
  if (problem) {
    return {
      ok: false,
      message: `Not valid JSON at line ${problem.line}, column ${problem.column}: ${problem.reason}`,
    };
  }
  const json: unknown = JSON.parse(text);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      message: 'Paste a JSON object: a JWK (with "kty") or a JWKS (with "keys")',
    };
  }
  const hasPrivate = (key: object) => PRIVATE_MEMBERS.some((m) => m in key);

  if ('keys' in json) {
    const jwks = jwksSchema.safeParse(json);
    if (!jwks.success) {
      return {
        ok: false,
        message: 'A JWKS is {"keys": [...]} where every key is an object with a string "kty"',
      };
    }
    const signing = jwks.data.keys.filter(canSign);
    if (signing.length === 0) {
      return {
        ok: false,
        message: 'The JWKS has no RSA or EC signing key (one with "use": "sig" or no "use")',
      };
    }
    return {
      ok: true,
      kind: 'jwks',
      choices: choicesOf(signing),
      skipped: jwks.data.keys.length - signing.length,
      hasPrivate: signing.some(hasPrivate),
    };
  }

  const jwk = jwkSchema.safeParse(json);
  if (!jwk.success) {
    return { ok: false, message: 'A JWK needs a string "kty"; a JWKS needs a "keys" array' };
  }
  if (!SIGNING_KTY.includes(jwk.data.kty)) {
    return { ok: false, message: `The key's kty must be RSA or EC, not ${jwk.data.kty}` };
  }
  if (!canSign(jwk.data)) {
    return { ok: false, message: `The key is for "use": "${jwk.data.use}"; paste a signing key` };
  }
  return {
    ok: true,
    kind: 'jwk',
    choices: choicesOf([jwk.data]),
    skipped: 0,
    hasPrivate: hasPrivate(jwk.data),
  };
}

/** The key the user picked by its Key ID value, or the first signing key. */
export function chosenKey(choices: KeyChoice[], value: string): KeyChoice | undefined {
  return choices.find((c) => c.value === value) ?? choices[0];
}

/** What the key box says when the text reads well: what was found, and what will be sent. */
export function describeReading(reading: Extract<KeyTextReading, { ok: true }>): string {
  const parts: string[] = [];
  if (reading.kind === 'jwk') {
    const key = reading.choices[0]!.jwk;
    parts.push(`One ${key.kty} key${key.kid ? ` (kid ${key.kid})` : ', no kid'}.`);
  } else {
    const n = reading.choices.length;
    parts.push(
      n === 1
        ? 'A JWKS with one signing key.'
        : `A JWKS with ${n} signing keys: choose one under Key ID.`,
    );
    if (reading.skipped > 0) {
      parts.push(`${reading.skipped} other key${reading.skipped === 1 ? '' : 's'} left out.`);
    }
  }
  if (reading.hasPrivate) parts.push('Only the public part is sent; private members are dropped.');
  return parts.join(' ');
}
