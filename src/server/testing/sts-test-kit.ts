import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_KEYS_FILE } from '../emulator/bootstrap';
import type { TestServer } from './test-support';

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  processEntities: true,
});

export interface StsReply {
  status: number;
  requestIdHeader: string | null;
  contentType: string | null;
  xml: Record<string, unknown>;
  text: string;
}

/** Posts a form to the STS endpoint as an AWS client would. */
export async function sts(
  server: TestServer,
  params: Record<string, string>,
  options: { bearer?: string; path?: string; body?: string; contentType?: string } = {},
): Promise<StsReply> {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
  };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const res = await fetch(
    `${server.baseUrl}${options.path ?? '/v2/assumed-roles/compatibility/aws/sts'}`,
    { method: 'POST', headers, body: options.body ?? new URLSearchParams(params).toString() },
  );
  const text = await res.text();
  return {
    status: res.status,
    requestIdHeader: res.headers.get('x-amzn-requestid'),
    contentType: res.headers.get('content-type'),
    xml: parser.parse(text) as Record<string, unknown>,
    text,
  };
}

export function stsError(reply: StsReply) {
  const body = reply.xml.ErrorResponse as {
    Error: { Type: string; Code: string; Message: string };
    RequestId: string;
  };
  return { ...body.Error, RequestId: body.RequestId };
}

export interface Credentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

export function stsResult(reply: StsReply, op: 'AssumeRole' | 'AssumeRoleWithWebIdentity') {
  const body = reply.xml[`${op}Response`] as Record<string, Record<string, unknown>>;
  return {
    result: body[`${op}Result`] as {
      Credentials: Credentials;
      AssumedRoleUser: { AssumedRoleId: string; Arn: string };
      PackedPolicySize: string;
      SubjectFromWebIdentityToken?: string;
      Provider?: string;
      Audience?: string;
    },
    requestId: (body.ResponseMetadata as { RequestId: string }).RequestId,
  };
}

/** Ids and plain keys of the seeded demo organization, read straight from the store. */
export function seeded(server: TestServer) {
  const db = server.store.db;
  const one = (sql: string, ...args: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...args) as string;
  const keys = JSON.parse(readFileSync(join(server.dataDir, USER_KEYS_FILE), 'utf8')) as Record<
    string,
    string
  >;
  return {
    /** The plain API key of a seeded user, by first name (e.g. "blake"). */
    apiKey: (firstName: string) => keys[`${firstName}@acme-robotics.example`]!,
    orgId: one('SELECT id FROM organizations'),
    roleId: (name: string) => one('SELECT id FROM roles WHERE name = ?', name),
    userId: (name: string) => one('SELECT id FROM users WHERE name = ?', name),
    groupId: (name: string) => one('SELECT id FROM groups WHERE display_name = ?', name),
  };
}

/** A trust schedule: Monday to Friday, 09:00 to 17:00 in Berlin. */
export const BERLIN_OFFICE_HOURS = {
  timezone: 'Europe/Berlin',
  days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  start: 9,
  end: 17,
};
