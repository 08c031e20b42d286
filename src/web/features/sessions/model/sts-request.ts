import type { ConsoleMode } from '../../../../shared/schemas/health';
import { roleArn } from '../../../../shared/schemas/role';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import { mask, shellQuote } from './exports';

import { STS_V2_PATH } from '../../../../shared/api/routes';

export const STS_PATH = STS_V2_PATH;
export const STS_VERSION = '2011-06-15';

/** Hosts reached over plain http (a local emulator); everything else is https. */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * The STS-compatible endpoint the console calls: in embedded mode this server's own emulator, in
 * live mode the upstream.
 */
export function stsEndpoint(mode: ConsoleMode, origin: string, upstreamHost: string): string {
  if (mode === 'embedded' || upstreamHost === '') return `${origin}${STS_PATH}`;
  const scheme = LOCAL_HOST.test(upstreamHost) ? 'http' : 'https';
  return `${scheme}://${upstreamHost}${STS_PATH}`;
}

/** The RoleArn STS gets: as given, or built from the role id and the organization. */
export function requestRoleArn(request: StsProxyRequest, organizationId?: string): string {
  if (request.role_arn) return request.role_arn;
  return roleArn(organizationId ?? '<organization-id>', request.role_id ?? '<role-id>');
}

/** The form fields of the STS call, in the order AWS documents them. */
export function stsFormFields(
  request: StsProxyRequest,
  organizationId?: string,
): [string, string][] {
  const fields: [string, string][] = [
    ['Action', request.action],
    ['Version', STS_VERSION],
    ['RoleArn', requestRoleArn(request, organizationId)],
    ['RoleSessionName', request.session_name],
  ];
  if (request.duration_seconds !== undefined) {
    fields.push(['DurationSeconds', String(request.duration_seconds)]);
  }
  if (request.action === 'AssumeRoleWithWebIdentity') {
    fields.push(['WebIdentityToken', request.web_identity_token ?? '']);
  }
  return fields;
}

/**
 * Where the page's STS calls go, as the commands it shows them: the endpoint, and the organization
 * whose role ARNs they build (unknown until the console's identity has loaded: then the ARN shows
 * `<organization-id>`).
 */
export interface StsTarget {
  endpoint: string;
  organizationId: string | undefined;
}

export interface CurlOptions {
  target: StsTarget;
  request: StsProxyRequest;
  /** Show the web identity token itself rather than a masked stand-in. */
  reveal: boolean;
}

/**
 * The same call as a curl command. The API key is never known to the page: AssumeRole reads it
 * from $VULTR_API_KEY. The web identity token is masked unless revealed.
 */
export function curlCommand({ target, request, reveal }: CurlOptions): string {
  const lines = [`curl -sS -X POST ${shellQuote(target.endpoint)}`];
  if (request.action === 'AssumeRole') {
    lines.push(`-H "Authorization: Bearer $VULTR_API_KEY"`);
  }
  for (const [name, value] of stsFormFields(request, target.organizationId)) {
    const shown = name === 'WebIdentityToken' && !reveal && value !== '' ? mask(value) : value;
    lines.push(`--data-urlencode ${shellQuote(`${name}=${shown}`)}`);
  }
  return lines.join(' \\\n  ');
}
