/** The help texts, one per subcommand and one for the program. */

const ROLE_OPTIONS = `Role options:
  --role <ARN|id|name>            the role to assume (required); an id or a name is
                                  looked up through the API with VULTR_API_KEY
  --session-name <name>           RoleSessionName (default vultr-iam-console-<user>)
  --duration <seconds>            session length, 900-43200 (default: the API's, 3600)
  --web-identity-token-file <f>   assume with the OIDC token in this file
                                  (AssumeRoleWithWebIdentity), read on every assume;
                                  default $AWS_WEB_IDENTITY_TOKEN_FILE
  --organization <id>             the organization of a role given by id or name
                                  (default: the key's first)
  --endpoint <url>                the Vultr API (default $VULTR_API_URL, else
                                  https://api.vultr.com)
  -h, --help                      this help`;

const ENVIRONMENT = `Environment:
  VULTR_API_KEY                   your Vultr API key: AssumeRole, and role lookups
  VULTR_API_URL                   the Vultr API (https://api.vultr.com); the console's
                                  embedded emulator serves the same /v2 on its port
  AWS_WEB_IDENTITY_TOKEN_FILE     a file with an OIDC token: AssumeRoleWithWebIdentity
  XDG_CACHE_HOME                  where the credential cache lives
                                  (<dir>/vultr-iam-console)`;

export const HELP: Record<string, string> = {
  main: `vultr-iam-console: Vultr IAM role credentials for AWS tools and the Vultr CLI.

Usage:
  vultr-iam-console credential-process --role <role> [options]
  vultr-iam-console exec --role <role> [options] -- <command> [args...]
  vultr-iam-console export --role <role> [--format env|fish|powershell|json|ini]
  vultr-iam-console profiles [--command <cmd>]
  vultr-iam-console <command> --help

Commands:
  credential-process   print credentials as AWS credential_process JSON (cached)
  exec                 run a command with the role's credentials in its environment
  export               print the credentials for a shell, as JSON or as an ini profile
  profiles             print ~/.aws/config profiles for every role you may assume

Credentials are cached per role in a private file and reused until less than five
minutes remain; then the role is assumed again.

${ENVIRONMENT}`,

  'credential-process': `Usage: vultr-iam-console credential-process --role <ARN|id|name> [options]

Prints the role's temporary credentials as credential_process JSON (Version 1,
with Expiration), for a ~/.aws/config profile:

  [profile vultr-deployer]
  credential_process = vultr-iam-console credential-process --role arn:aws:iam::<org-id>:role/<role-id>

Credentials come from the cache while more than five minutes remain.

${ROLE_OPTIONS}

${ENVIRONMENT}`,

  exec: `Usage: vultr-iam-console exec --role <ARN|id|name> [options] -- <command> [args...]

Runs the command with AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
AWS_CREDENTIAL_EXPIRATION and VULTR_API_KEY (the session token, so vultr-cli and
Terraform act as the role) in its environment, and exits with its exit status.

Example:
  vultr-iam-console exec --role "CI Deployer" -- aws sts get-caller-identity

${ROLE_OPTIONS}

${ENVIRONMENT}`,

  export: `Usage: vultr-iam-console export --role <ARN|id|name> [--format <format>] [options]

Prints the role's credentials (like aws configure export-credentials):
  --format env          export lines for bash/zsh (default):  eval "$(vultr-iam-console export ...)"
  --format fish         set -gx lines for fish:                vultr-iam-console export ... | source
  --format powershell   $Env: lines for PowerShell
  --format json         credential_process JSON
  --format ini          a ~/.aws/credentials profile

${ROLE_OPTIONS}

${ENVIRONMENT}`,

  profiles: `Usage: vultr-iam-console profiles [options]

Prints a ~/.aws/config section for each assumable role whose trusts name you
(directly or through a group), each calling credential-process for the role:

  vultr-iam-console profiles >> ~/.aws/config
  aws sts get-caller-identity --profile vultr-<role-name>

Options:
  --command <cmd>         how AWS tools should start this CLI, written as given
                          (default: vultr-iam-console, the global install), e.g.
                          --command "node '/path/to/vultr-iam-console.mjs'"
  --session-name <name>   written into each profile
  --duration <seconds>    written into each profile
  --user <user-id>        whose roles, when the API cannot say whose key this is
  --organization <id>     the organization (default: the key's first)
  --endpoint <url>        the Vultr API (default $VULTR_API_URL); written into each
                          profile when it is not https://api.vultr.com
  -h, --help              this help

${ENVIRONMENT}`,
};
