import Stack from '@mui/material/Stack';
import { CodeBlock } from '../components/code-block';
import {
  bearerHeader,
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
}

/** The credentials in the shapes other tools read; shown masked unless revealed, copied in full. */
export function ExportsTab({ credentials, roleName, revealed, revoked }: ExportsTabProps) {
  const shown = revealed ? credentials : maskCredentials(credentials);
  const profile = profileName(roleName);
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
  return (
    <Stack spacing={2}>
      {blocks.map((b) => (
        <CodeBlock
          key={b.title}
          title={b.title}
          note={b.note}
          shown={b.render(shown)}
          copied={b.render(credentials)}
          revoked={revoked}
        />
      ))}
    </Stack>
  );
}
