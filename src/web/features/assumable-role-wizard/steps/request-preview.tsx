import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CodeBlock, prettyJson } from '../../../components/code-block';
import { CopyButton } from '../../../components/copy-button';
import type { PlannedRequest } from '../model/requests';

/** One request as `curl` would send it to the console's proxy (for the copy button). */
function asCurl(request: PlannedRequest): string {
  const body =
    request.body === undefined
      ? ''
      : ` \\\n  -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify(request.body)}'`;
  return `curl -X ${request.method} "$VULTR_API/${request.path.replace(/^\//, '')}" \\\n  -H "Authorization: Bearer $VULTR_API_KEY"${body}`;
}

/** The exact requests Add Role sends, in order: method, path and JSON body. */
export function RequestPreview({ requests }: { requests: PlannedRequest[] }) {
  return (
    <Stack component="ol" spacing={1.5} sx={{ p: 0, m: 0, listStyle: 'none' }}>
      {requests.map((request, i) => (
        <Paper
          component="li"
          variant="outlined"
          key={`${i}-${request.path}`}
          sx={{ p: 1.5, minWidth: 0 }}
        >
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
            <Typography
              variant="body2"
              sx={{ fontFamily: 'monospace', fontWeight: 600, overflowWrap: 'anywhere', flex: 1 }}
            >
              {i + 1}. {request.method} {request.path}
            </Typography>
            <CopyButton value={asCurl(request)} label={`Copy request ${i + 1} as curl`} />
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {request.what.charAt(0).toUpperCase() + request.what.slice(1)}
            {request.body === undefined ? ', no body' : ''}
          </Typography>
          {request.body !== undefined && (
            <Box sx={{ mt: 1 }}>
              <CodeBlock label={`Body of request ${i + 1}`}>{prettyJson(request.body)}</CodeBlock>
            </Box>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
