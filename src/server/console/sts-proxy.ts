import { XMLParser } from 'fast-xml-parser';
import type { StsProxyRequest, StsProxyResponse } from '../../shared/schemas/sts';
import { HttpError } from '../http-error';
import type { UpstreamClient } from './upstream';

import { API, pathOf, readReply, STS_V2_PATH } from '../../shared/api/contract';

export const UPSTREAM_STS_PATH = STS_V2_PATH;

// Only the five predefined XML entities are decoded; a reply with a DTD is refused before parsing.
const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** An AWS STS error, as JSON: the upstream's status and the AWS code, message and request id. */
export class StsProxyError extends HttpError {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly requestId: string,
  ) {
    super(status, message);
  }
}

type Tree = Record<string, unknown>;
const node = (tree: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (t, key) => (t && typeof t === 'object' ? (t as Tree)[key] : undefined),
    tree,
  );
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export interface StsCall {
  input: Omit<StsProxyRequest, 'call_as'> & { action: StsProxyRequest['action'] };
  /** AssumeRole: the API key to present. */
  apiKey: string | null;
  /** Web identity with a role id: the API key that finds the organization for the ARN. */
  lookupKey?: string | null;
}

/**
 * Builds the ARN from a role id with the organization the credential belongs to. Web identity
 * needs this lookup too, so it runs with the console's API credential, never with the JWT.
 */
async function roleArnFor(upstream: UpstreamClient, roleId: string, apiKey: string) {
  const res = await upstream.send({
    method: 'GET',
    path: pathOf(API.listOrganizations),
    headers: { accept: 'application/json' },
    bearer: apiKey,
  });
  if (res.status === 401 || res.status === 403) {
    throw new HttpError(
      res.status,
      `${upstream.host} refused the API key while finding the role's organization (HTTP ${res.status})`,
    );
  }
  const read = res.status === 200 ? readReply(API.listOrganizations, safeJson(res.body)) : null;
  const org = read?.ok ? read.data.organizations[0] : undefined;
  if (!org) {
    throw new HttpError(
      502,
      `could not find the organization of the credential at ${upstream.host} (HTTP ${res.status})`,
    );
  }
  return `arn:aws:iam::${org.id}:role/${roleId}`;
}

/** The body as JSON, or undefined when it is not JSON. */
export function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Calls the upstream's STS-compatible endpoint with the right credential for the action — the API
 * key for AssumeRole; the JWT as Bearer and as WebIdentityToken for web identity — and reads
 * the XML reply into JSON.
 */
export async function callSts(upstream: UpstreamClient, call: StsCall): Promise<StsProxyResponse> {
  const { input } = call;
  if (input.action === 'AssumeRole' && !call.apiKey) {
    throw new HttpError(401, 'no API key to call AssumeRole with');
  }
  let roleArn = input.role_arn;
  if (roleArn === undefined) {
    const key = call.apiKey ?? call.lookupKey ?? null;
    if (!key) {
      throw new HttpError(
        401,
        'no API key to find the organization of role_id with: give role_arn, or paste your Vultr API key',
      );
    }
    roleArn = await roleArnFor(upstream, input.role_id!, key);
  }
  const form = new URLSearchParams({
    Action: input.action,
    Version: '2011-06-15',
    RoleArn: roleArn,
    RoleSessionName: input.session_name,
  });
  if (input.duration_seconds !== undefined)
    form.set('DurationSeconds', String(input.duration_seconds));
  if (input.action === 'AssumeRoleWithWebIdentity')
    form.set('WebIdentityToken', input.web_identity_token!);

  const res = await upstream.send({
    method: 'POST',
    path: UPSTREAM_STS_PATH,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/xml' },
    body: form.toString(),
    bearer: input.action === 'AssumeRole' ? call.apiKey : input.web_identity_token!,
  });
  const xml = res.body.toString('utf8');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new HttpError(502, `the STS reply from ${upstream.host} carries a DTD; refused`);
  }
  let tree: Tree;
  try {
    tree = parser.parse(xml) as Tree;
  } catch {
    throw new HttpError(502, `the STS reply from ${upstream.host} is not XML (HTTP ${res.status})`);
  }

  if (res.status >= 400 || tree.ErrorResponse) {
    const code = text(node(tree, 'ErrorResponse', 'Error', 'Code'));
    if (!code)
      throw new HttpError(502, `${upstream.host} answered HTTP ${res.status} without an STS error`);
    throw new StsProxyError(
      res.status >= 400 ? res.status : 502,
      code,
      text(node(tree, 'ErrorResponse', 'Error', 'Message')),
      text(node(tree, 'ErrorResponse', 'RequestId')) || (res.headers['x-amzn-requestid'] ?? ''),
    );
  }

  const result = node(tree, `${input.action}Response`, `${input.action}Result`);
  const creds = node(result, 'Credentials');
  const out: StsProxyResponse = {
    action: input.action,
    credentials: {
      access_key_id: text(node(creds, 'AccessKeyId')),
      secret_access_key: text(node(creds, 'SecretAccessKey')),
      session_token: text(node(creds, 'SessionToken')),
      expiration: text(node(creds, 'Expiration')),
    },
    assumed_role_user: {
      arn: text(node(result, 'AssumedRoleUser', 'Arn')),
      assumed_role_id: text(node(result, 'AssumedRoleUser', 'AssumedRoleId')),
    },
    request_id:
      text(node(tree, `${input.action}Response`, 'ResponseMetadata', 'RequestId')) ||
      (res.headers['x-amzn-requestid'] ?? ''),
    raw_xml: xml,
  };
  if (!out.credentials.session_token || !out.credentials.expiration) {
    throw new HttpError(502, `the STS reply from ${upstream.host} has no credentials`);
  }
  if (input.action === 'AssumeRoleWithWebIdentity') {
    out.subject_from_web_identity_token = text(node(result, 'SubjectFromWebIdentityToken'));
    out.provider = text(node(result, 'Provider'));
    out.audience = text(node(result, 'Audience'));
  }
  return out;
}
