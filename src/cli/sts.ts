import { XMLParser } from 'fast-xml-parser';
import { STS_V2_PATH } from '../shared/api/contract';
import { CliError } from './errors';
import { send } from './http';

/** The four values AWS tools read, as STS names them. */
export interface AwsCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** RFC 3339 with Z. */
  Expiration: string;
}

export interface Assumed {
  credentials: AwsCredentials;
  /** `arn:aws:sts::<org>:assumed-role/<role-name>/<session-name>`, when STS said. */
  assumedRoleArn: string;
}

export type AssumeCall =
  | { action: 'AssumeRole'; apiKey: string }
  | { action: 'AssumeRoleWithWebIdentity'; token: string; tokenFile: string };

export interface AssumeInput {
  endpoint: string;
  roleArn: string;
  sessionName: string;
  duration: number | undefined;
  call: AssumeCall;
}

// Only the five predefined entities are decoded; a reply with a DTD is refused before parsing.
const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});

type Tree = Record<string, unknown>;
const at = (tree: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (t, key) => (t && typeof t === 'object' ? (t as Tree)[key] : undefined),
    tree,
  );
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** What an STS refusal means for the person at the terminal, with the code and STS's message. */
export function describeStsError(
  code: string,
  message: string,
  call: AssumeCall,
  endpoint: string,
): string {
  const said = message ? `${code}: ${message}` : code;
  switch (code) {
    case 'AccessDenied':
      return `${said}`;
    case 'ExpiredTokenException':
      return call.action === 'AssumeRoleWithWebIdentity'
        ? `the web identity token in ${call.tokenFile} has expired; fetch a fresh one (${said})`
        : `the token has expired (${said})`;
    case 'InvalidIdentityToken':
      return call.action === 'AssumeRoleWithWebIdentity'
        ? `the web identity token in ${call.tokenFile} was refused (${said})`
        : said;
    case 'InvalidClientTokenId':
      return `${endpoint} refused VULTR_API_KEY: it is unknown, revoked or expired (${said})`;
    case 'MissingAuthenticationToken':
      return `${endpoint} got no API key (${said}); set VULTR_API_KEY`;
    default:
      return said;
  }
}

/** Calls the STS-compatible endpoint once and reads its XML. */
export async function assume(input: AssumeInput): Promise<Assumed> {
  const { call } = input;
  const form = new URLSearchParams({
    Action: call.action,
    Version: '2011-06-15',
    RoleArn: input.roleArn,
    RoleSessionName: input.sessionName,
  });
  if (input.duration !== undefined) form.set('DurationSeconds', String(input.duration));
  if (call.action === 'AssumeRoleWithWebIdentity') form.set('WebIdentityToken', call.token);

  const url = `${input.endpoint}${STS_V2_PATH}`;
  const res = await send(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/xml',
      // Vultr takes the API key (or the JWT, as its guide shows) as a Bearer token, no SigV4.
      authorization: `Bearer ${call.action === 'AssumeRole' ? call.apiKey : call.token}`,
    },
    body: form.toString(),
  });
  const xml = await res.text();
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new CliError(`the STS reply from ${url} carries a DTD; refused`);
  }
  let tree: Tree;
  try {
    tree = parser.parse(xml) as Tree;
  } catch {
    throw new CliError(`${url} answered HTTP ${res.status} with something that is not XML`);
  }
  if (res.status >= 400 || tree.ErrorResponse) {
    const code = text(at(tree, 'ErrorResponse', 'Error', 'Code'));
    if (!code) {
      throw new CliError(
        `${url} answered HTTP ${res.status} without an STS error; is VULTR_API_URL the Vultr API?`,
      );
    }
    const message = text(at(tree, 'ErrorResponse', 'Error', 'Message'));
    throw new CliError(describeStsError(code, message, call, input.endpoint));
  }
  const result = at(tree, `${call.action}Response`, `${call.action}Result`);
  const creds = at(result, 'Credentials');
  const credentials: AwsCredentials = {
    AccessKeyId: text(at(creds, 'AccessKeyId')),
    SecretAccessKey: text(at(creds, 'SecretAccessKey')),
    SessionToken: text(at(creds, 'SessionToken')),
    Expiration: text(at(creds, 'Expiration')),
  };
  if (
    !credentials.AccessKeyId ||
    !credentials.SessionToken ||
    Number.isNaN(Date.parse(credentials.Expiration))
  ) {
    throw new CliError(`the STS reply from ${url} holds no usable credentials`);
  }
  return { credentials, assumedRoleArn: text(at(result, 'AssumedRoleUser', 'Arn')) };
}

/** The role's name from an assumed-role ARN (`…:assumed-role/<name>/<session>`), or ''. */
export function roleNameOfAssumedArn(arn: string): string {
  const m = /:assumed-role\/(.+)\/[^/]+$/.exec(arn);
  return m ? m[1]! : '';
}
