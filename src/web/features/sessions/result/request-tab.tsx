import Stack from '@mui/material/Stack';
import type { StsProxyRequest, StsProxyResponse } from '../../../../shared/schemas/sts';
import { CodeFigure } from '../components/code-figure';
import { formatXml, maskXml } from '../model/exports';
import { curlCommand } from '../model/sts-request';
import type { StsTarget } from '../model/sts-request';

interface RequestTabProps {
  request: StsProxyRequest;
  response: StsProxyResponse;
  target: StsTarget;
  revealed: boolean;
  revoked: boolean;
}

/** The same call as curl against the STS endpoint, and the XML STS answered; secrets masked unless revealed. */
export function RequestTab({ request, response, target, revealed, revoked }: RequestTabProps) {
  const c = response.credentials;
  const secrets = [c.secret_access_key, c.session_token];
  const curl = (reveal: boolean) => curlCommand({ target, request, reveal });
  return (
    <Stack spacing={2}>
      <CodeFigure
        title="curl"
        note={
          request.action === 'AssumeRole'
            ? 'Reads your API key from $VULTR_API_KEY; the console never shows a key.'
            : 'Web identity calls are unsigned: the token is the credential.'
        }
        shown={curl(revealed)}
        copied={curl(true)}
      />
      <CodeFigure
        title="Raw XML reply"
        shown={formatXml(revealed ? response.raw_xml : maskXml(response.raw_xml, secrets))}
        copied={response.raw_xml}
        revoked={revoked}
      />
    </Stack>
  );
}
