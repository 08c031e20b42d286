import type { AwsCredentials } from './sts';

export const EXPORT_FORMATS = ['env', 'fish', 'powershell', 'json', 'ini'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a `credential_process` program prints: Version 1, with Expiration so tools refresh in time. */
export function processJson(c: AwsCredentials): string {
  return JSON.stringify(
    {
      Version: 1,
      AccessKeyId: c.AccessKeyId,
      SecretAccessKey: c.SecretAccessKey,
      SessionToken: c.SessionToken,
      Expiration: c.Expiration,
    },
    null,
    2,
  );
}

/**
 * The variables a command run as the role gets: the four AWS ones, and the session token as
 * VULTR_API_KEY (vultr-cli and Terraform's Vultr provider read it as their Bearer token).
 */
export function roleVariables(c: AwsCredentials): [string, string][] {
  return [
    ['AWS_ACCESS_KEY_ID', c.AccessKeyId],
    ['AWS_SECRET_ACCESS_KEY', c.SecretAccessKey],
    ['AWS_SESSION_TOKEN', c.SessionToken],
    ['AWS_CREDENTIAL_EXPIRATION', c.Expiration],
    ['VULTR_API_KEY', c.SessionToken],
  ];
}

/** Quotes a word for POSIX shells (and for shlex, which AWS tools split credential_process with). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:+=@%,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes a word for fish: single quotes, with `\` and `'` escaped. */
export function fishQuote(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** Quotes a word for PowerShell: single quotes, a quote doubled. */
export function powershellQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A profile name from the role's name: "Break-glass Administrator" → "vultr-break-glass-administrator". */
export function profileName(roleName: string): string {
  const slug = roleName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug ? `vultr-${slug}` : 'vultr-session';
}

/** The credentials in one of the `export` formats (like `aws configure export-credentials`). */
export function exportAs(format: ExportFormat, c: AwsCredentials, roleName: string): string {
  const vars = roleVariables(c);
  switch (format) {
    case 'env':
      return vars.map(([k, v]) => `export ${k}=${shellQuote(v)}`).join('\n');
    case 'fish':
      return vars.map(([k, v]) => `set -gx ${k} ${fishQuote(v)}`).join('\n');
    case 'powershell':
      return vars.map(([k, v]) => `$Env:${k} = ${powershellQuote(v)}`).join('\n');
    case 'json':
      return processJson(c);
    case 'ini':
      return [
        `[${profileName(roleName)}]`,
        `aws_access_key_id = ${c.AccessKeyId}`,
        `aws_secret_access_key = ${c.SecretAccessKey}`,
        `aws_session_token = ${c.SessionToken}`,
      ].join('\n');
  }
}

export interface ProfileLine {
  /** The role's name (the profile's name derives from it). */
  roleName: string;
  roleArn: string;
  /** Set when the endpoint is not the default, so the profile works without VULTR_API_URL. */
  endpoint?: string;
  sessionName?: string;
  duration?: number;
}

/** The `credential-process` command line for a role, each argument quoted as needed. */
export function credentialProcessCommand(command: string, p: Omit<ProfileLine, 'roleName'>) {
  const args = ['credential-process', '--role', p.roleArn];
  if (p.endpoint) args.push('--endpoint', p.endpoint);
  if (p.sessionName) args.push('--session-name', p.sessionName);
  if (p.duration !== undefined) args.push('--duration', String(p.duration));
  return [command, ...args.map(shellQuote)].join(' ');
}

/** A `~/.aws/config` section whose credential_process calls this CLI for the role. */
export function configProfile(profile: string, command: string, p: ProfileLine): string {
  return [
    `[profile ${profile}]`,
    `credential_process = ${credentialProcessCommand(command, p)}`,
  ].join('\n');
}
