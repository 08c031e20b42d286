import Stack from '@mui/material/Stack';
import { useHeldCredentials } from '../../../entities/session/held-credentials';
import { CodeFigure } from '../components/code-figure';
import {
  bearerHeader,
  CLI_NAME,
  cliConfigProfile,
  cliExecLine,
  cliRoleOf,
  credentialProcessJson,
  credentialsFileProfile,
  envExports,
  maskCredentials,
  profileName,
} from '../model/exports';
import type { TemporaryCredentials } from '../model/exports';

interface ExportsTabProps {
  credentials: TemporaryCredentials;
  roleName: string | undefined;
  revealed: boolean;
  revoked: boolean;
  /** The Vultr API the command-line companion should call, when the page knows it. */
  apiUrl?: string;
}

/** The credentials in the shapes other tools read; shown masked unless revealed, copied in full. */
export function ExportsTab({ credentials, roleName, revealed, revoked, apiUrl }: ExportsTabProps) {
  const shown = revealed ? credentials : maskCredentials(credentials);
  const profile = profileName(roleName);
  // The assume these credentials came from: the command-line companion repeats it on its own.
  const { current } = useHeldCredentials();
  const held = current?.response.credentials.session_token === credentials.sessionToken;
  const cli = held && current ? cliRoleOf(current, apiUrl) : null;
  const blocks = [
    {
      title: 'Environment variables',
      render: envExports,
      note: 'Paste into a shell; AWS CLIs and SDKs read these.',
    },
    {
      title: '~/.aws/credentials profile',
      render: (c: TemporaryCredentials) => credentialsFileProfile(c, profile),
      note: `Then use --profile ${profile}.`,
    },
    {
      title: 'credential_process JSON',
      render: credentialProcessJson,
      note: 'What a credential_process program prints (Version 1, with Expiration).',
    },
    {
      title: 'Vultr Authorization header',
      render: bearerHeader,
      note: 'The session token works as a Bearer token against the Vultr API.',
    },
  ];
  const tokenSource =
    current?.request.action === 'AssumeRoleWithWebIdentity'
      ? 'AWS_WEB_IDENTITY_TOKEN_FILE naming a file that holds the token'
      : 'VULTR_API_KEY set to your API key';
  const endpointNote = cli?.apiUrl ? '' : ' (and VULTR_API_URL when not api.vultr.com)';
  return (
    <Stack spacing={2}>
      {blocks.map((b) => (
        <CodeFigure
          key={b.title}
          title={b.title}
          note={b.note}
          shown={b.render(shown)}
          copied={b.render(credentials)}
          revoked={revoked}
        />
      ))}
      {cli && (
        <>
          {/* These hold no secret and assume anew, so they stay usable after a revoke. */}
          <CodeFigure
            title="~/.aws/config profile"
            note={`AWS tools ask ${CLI_NAME} for fresh credentials; it caches them and assumes again before they expire. Needs the CLI installed (npm install -g) and ${tokenSource}${endpointNote}.`}
            shown={cliConfigProfile(cli, profile)}
            copied={cliConfigProfile(cli, profile)}
          />
          <CodeFigure
            title="Run a command as the role"
            note={`From the console's folder; exec sets the AWS variables and VULTR_API_KEY (the session token) for the command. Needs ${tokenSource}${endpointNote}.`}
            shown={cliExecLine(cli)}
            copied={cliExecLine(cli)}
          />
        </>
      )}
    </Stack>
  );
}
