import { roleArn } from '../../../../shared/schemas/role';
import type { StsProxyRequest, StsProxyResponse } from '../../../../shared/schemas/sts';

/** The four values a session hands out, as STS names them. */
export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** RFC 3339 with Z, as STS sends it. */
  expiration: string;
}

export function credentialsOf(response: StsProxyResponse): TemporaryCredentials {
  const c = response.credentials;
  return {
    accessKeyId: c.access_key_id,
    secretAccessKey: c.secret_access_key,
    sessionToken: c.session_token,
    expiration: c.expiration,
  };
}

const BULLETS = '••••••••••••••••';

/** A secret as the page shows it until revealed: bullets and its last four characters. */
export function mask(secret: string): string {
  if (secret.length <= 8) return BULLETS.slice(0, 8);
  return `${BULLETS}${secret.slice(-4)}`;
}

/** The same credentials with the secret key and session token masked (the key id is no secret). */
export function maskCredentials(c: TemporaryCredentials): TemporaryCredentials {
  return { ...c, secretAccessKey: mask(c.secretAccessKey), sessionToken: mask(c.sessionToken) };
}

/** Quotes a value for POSIX shells when it holds anything beyond the plainly safe characters. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:+=@%,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `export AWS_…=…` lines for a POSIX shell. */
export function envExports(c: TemporaryCredentials): string {
  return [
    ['AWS_ACCESS_KEY_ID', c.accessKeyId],
    ['AWS_SECRET_ACCESS_KEY', c.secretAccessKey],
    ['AWS_SESSION_TOKEN', c.sessionToken],
    ['AWS_CREDENTIAL_EXPIRATION', c.expiration],
  ]
    .map(([name, value]) => `export ${name}=${shellQuote(value!)}`)
    .join('\n');
}

/** A profile name from the role's name: "Break-glass Administrator" → "vultr-break-glass-administrator". */
export function profileName(roleName: string | undefined): string {
  const slug = (roleName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug ? `vultr-${slug}` : 'vultr-session';
}

/** A `~/.aws/credentials` profile. */
export function credentialsFileProfile(c: TemporaryCredentials, profile: string): string {
  return [
    `[${profile}]`,
    `aws_access_key_id = ${c.accessKeyId}`,
    `aws_secret_access_key = ${c.secretAccessKey}`,
    `aws_session_token = ${c.sessionToken}`,
  ].join('\n');
}

/** What a `credential_process` program prints (Version 1, with Expiration so tools refresh in time). */
export function credentialProcessJson(c: TemporaryCredentials): string {
  return JSON.stringify(
    {
      Version: 1,
      AccessKeyId: c.accessKeyId,
      SecretAccessKey: c.secretAccessKey,
      SessionToken: c.sessionToken,
      Expiration: c.expiration,
    },
    null,
    2,
  );
}

/** The session token as a Vultr API credential. */
export function bearerHeader(c: Pick<TemporaryCredentials, 'sessionToken'>): string {
  return `Authorization: Bearer ${c.sessionToken}`;
}

/**
 * The raw STS reply with the secrets masked, in their plain and XML-escaped spellings (a session
 * token or key may in principle hold characters XML escapes).
 */
export function maskXml(xml: string, secrets: readonly string[]): string {
  let out = xml;
  for (const secret of secrets) {
    if (secret === '') continue;
    const escaped = secret
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;');
    for (const spelling of new Set([secret, escaped])) out = out.split(spelling).join(mask(secret));
  }
  return out;
}

/**
 * Indents an XML document one element per line, for reading (Copy keeps the reply as sent).
 * Text stays beside its tags: `<AccessKeyId>ASIA…</AccessKeyId>` is one line.
 */
export function formatXml(xml: string): string {
  const tokens = xml
    .replace(/>\s+</g, '><')
    .trim()
    .split(/(<[^>]+>)/)
    .filter((t) => t !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('<?') || token.startsWith('<!')) lines.push(pad + token);
    else if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<') && token.endsWith('/>')) lines.push(pad + token);
    else if (token.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        // A leaf element: tag, text and closing tag on one line.
        lines.push(pad + token + text + close);
        i += 2;
      } else {
        lines.push(pad + token);
        depth += 1;
      }
    } else lines.push(pad + token);
  }
  return lines.join('\n');
}

/** The command-line companion's name, as `npm install -g` puts it on the PATH. */
export const CLI_NAME = 'vultr-iam-console';
const DEFAULT_API_URL = 'https://api.vultr.com';

/** What the CLI needs to assume the same role the page just did. No secret goes in here. */
export interface CliRole {
  roleArn: string;
  sessionName?: string;
  durationSeconds?: number;
  /** The Vultr API the CLI should call, when it is not api.vultr.com (e.g. the emulator). */
  apiUrl?: string;
}

/** `--role <arn>` and the options that make the CLI assume exactly this, shell-quoted. */
export function cliRoleArgs(role: CliRole): string {
  const args = ['--role', role.roleArn];
  if (role.apiUrl && role.apiUrl.replace(/\/+$/, '') !== DEFAULT_API_URL) {
    args.push('--endpoint', role.apiUrl);
  }
  if (role.sessionName) args.push('--session-name', role.sessionName);
  if (role.durationSeconds !== undefined) args.push('--duration', String(role.durationSeconds));
  return args.map(shellQuote).join(' ');
}

/**
 * A `~/.aws/config` profile whose `credential_process` asks the CLI for the role's credentials:
 * AWS tools then get them (cached, refreshed before expiry) with no secret in the file.
 */
export function cliConfigProfile(role: CliRole, profile: string): string {
  return [
    `[profile ${profile}]`,
    `credential_process = ${CLI_NAME} credential-process ${cliRoleArgs(role)}`,
  ].join('\n');
}

/**
 * The CLI running a command as the role, from the console's checkout. `vultr-cli` reads the
 * session token from VULTR_API_KEY, which `exec` sets, with the AWS variables.
 */
export function cliExecLine(role: CliRole, command = 'vultr-cli account'): string {
  return `npx ${CLI_NAME} exec ${cliRoleArgs(role)} -- ${command}`;
}

/**
 * The CLI's view of an assume the page made: the role's ARN as the request named it (else built
 * from its id and the organization in the assumed-role ARN, else the role's name, which the CLI
 * looks up), with the same session name and duration.
 */
export function cliRoleOf(
  session: { request: StsProxyRequest; response: StsProxyResponse; roleName?: string | undefined },
  apiUrl?: string,
): CliRole | null {
  const { request, response } = session;
  const org = /^arn:aws:sts::([^:]+):assumed-role\//.exec(response.assumed_role_user.arn)?.[1];
  const arn =
    request.role_arn ||
    (request.role_id && org ? roleArn(org, request.role_id) : '') ||
    session.roleName ||
    request.role_id;
  if (!arn) return null;
  return {
    roleArn: arn,
    sessionName: request.session_name,
    ...(request.duration_seconds !== undefined
      ? { durationSeconds: request.duration_seconds }
      : {}),
    ...(apiUrl ? { apiUrl } : {}),
  };
}
