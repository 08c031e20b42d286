import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chosenKey, describeReading, readKeyText } from './read-key-text';
import { registerIssuerFormSchema, REGISTER_ISSUER_DEFAULTS } from './register-issuer-schema';

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicJwk = () => rsa().publicKey.export({ format: 'jwk' });
const ec = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });

const form = (values: Partial<typeof REGISTER_ISSUER_DEFAULTS>) =>
  registerIssuerFormSchema.safeParse({
    ...REGISTER_ISSUER_DEFAULTS,
    uri: 'https://issuer.example.test/',
    ...values,
  });

describe('readKeyText', () => {
  it('reads a single JWK', () => {
    const reading = readKeyText(JSON.stringify({ ...publicJwk(), kid: 'k1' }));
    expect(reading).toMatchObject({ ok: true, kind: 'jwk', skipped: 0, hasPrivate: false });
    if (reading.ok) expect(describeReading(reading)).toBe('One RSA key (kid k1).');
  });

  it('offers the signing keys of a JWKS, leaving out encryption and symmetric keys', () => {
    const keys = [
      { ...publicJwk(), kid: 'enc', use: 'enc' },
      { kty: 'oct', k: 'c2VjcmV0', kid: 'hmac' },
      { ...publicJwk(), kid: 'a', use: 'sig', alg: 'RS256' },
      { ...ec(), kid: 'b' },
    ];
    const reading = readKeyText(JSON.stringify({ keys }));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.choices.map((c) => [c.value, c.label])).toEqual([
      ['a', 'a · RSA · RS256'],
      ['b', 'b · EC'],
    ]);
    expect(reading.skipped).toBe(2);
    expect(chosenKey(reading.choices, '')?.value).toBe('a');
    expect(chosenKey(reading.choices, 'b')?.jwk.kty).toBe('EC');
    expect(describeReading(reading)).toBe(
      'A JWKS with 2 signing keys: choose one under Key ID. 2 other keys left out.',
    );
  });

  it('tells keys without a kid apart by their place', () => {
    const reading = readKeyText(JSON.stringify({ keys: [publicJwk(), publicJwk()] }));
    if (!reading.ok) throw new Error('expected a reading');
    expect(reading.choices.map((c) => c.value)).toEqual(['#0', '#1']);
    expect(reading.choices[1]!.label).toBe('Key 2 (no kid) · RSA');
  });

  it('says what is wrong, with the position of a JSON error', () => {
    const fail = (text: string) => {
      const reading = readKeyText(text);
      return reading.ok ? 'ok' : reading.message;
    };
    expect(fail('')).toBe('Paste a JWK or a JWKS');
    expect(fail('{\n  "kty": "RSA",\n}')).toBe(
      "Not valid JSON at line 3, column 1: expected a double-quoted property name, found '}'",
    );
    expect(fail('[1]')).toMatch(/^Paste a JSON object/);
    expect(fail('{"keys": {}}')).toMatch(/^A JWKS is/);
    expect(fail('{"keys": [{"kty": "RSA", "use": "enc"}]}')).toMatch(
      /has no RSA or EC signing key/,
    );
    expect(fail('{"kty": "oct", "k": "x"}')).toBe("The key's kty must be RSA or EC, not oct");
    expect(fail('{"kty": "RSA", "use": "enc"}')).toBe(
      'The key is for "use": "enc"; paste a signing key',
    );
  });

  it('notices private members', () => {
    const jwk = rsa().privateKey.export({ format: 'jwk' });
    const reading = readKeyText(JSON.stringify(jwk));
    expect(reading).toMatchObject({ ok: true, hasPrivate: true });
  });
});

describe('registerIssuerFormSchema', () => {
  it('by discovery URL: sends the uri (normalised) and the display name, no key', () => {
    const parsed = form({ display_name: ' Acme ', key_text: 'ignored {' });
    expect(parsed.data?.body).toEqual({
      // `use` is the shared schema's default; without kty and alg the server discovers the keys.
      issuer: {
        source: 'external',
        uri: 'https://issuer.example.test',
        display_name: 'Acme',
        use: 'sig',
      },
    });
  });

  it('by public key: sends the public members of the chosen key, with the picked algorithm', () => {
    const first = { ...publicJwk(), kid: 'one' };
    const second = { ...publicJwk(), kid: 'two' };
    const parsed = form({
      mode: 'key',
      key_text: JSON.stringify({ keys: [first, second] }),
      kid: 'two',
      alg: 'RS384',
    });
    expect(parsed.data?.body.issuer).toEqual({
      source: 'external',
      uri: 'https://issuer.example.test',
      kid: 'two',
      kty: 'RSA',
      n: second.n,
      e: second.e,
      alg: 'RS384',
      use: 'sig',
    });
  });

  it('sends crv/x/y for an EC key, ES256 by default', () => {
    const key = ec();
    const parsed = form({ mode: 'key', key_text: JSON.stringify(key) });
    expect(parsed.data?.body.issuer).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
      x: key.x,
      y: key.y,
      alg: 'ES256',
    });
    expect(parsed.data?.body.issuer).not.toHaveProperty('n');
  });

  it('puts problems on the field they belong to', () => {
    const paths = (values: Partial<typeof REGISTER_ISSUER_DEFAULTS>) =>
      form(values).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(paths({ uri: 'http://issuer.example', mode: 'key', key_text: '{' })).toEqual([
      ['uri', 'must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])'],
      [
        'key_text',
        'Not valid JSON at line 1, column 2: expected a double-quoted property name, found the end of the text',
      ],
    ]);
    expect(paths({ mode: 'key', key_text: '{"kty": "RSA", "n": "a+b", "e": "AQAB"}' })).toEqual([
      ['key_text', "The key's n must be base64url without padding"],
    ]);
    expect(paths({ mode: 'key', key_text: '{"kty": "RSA", "e": "AQAB", "alg": "ES256"}' })).toEqual(
      [['key_text', "The key's n is required when kty is RSA"]],
    );
  });
});
