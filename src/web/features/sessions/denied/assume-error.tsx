import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { Role } from '../../../../shared/schemas/role';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import { SectionCard } from '../../../components/section-card';
import { ApiError } from '../../../lib/api-client';
import { WhyDenied } from './why-denied';

interface AssumeErrorProps {
  error: Error;
  request: StsProxyRequest;
  role: Role | undefined;
  userId: string | undefined;
  at: Date;
}

/** A refused assume: the AWS code, message and request id; for AccessDenied, why. */
export function AssumeError({ error, request, role, userId, at }: AssumeErrorProps) {
  const api = error instanceof ApiError ? error : null;
  const code = api?.code;
  return (
    <SectionCard title="Assume failed">
      <Alert severity="error">
        <AlertTitle>{code ?? (api ? `HTTP ${api.status}` : 'Error')}</AlertTitle>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {error.message}
        </Typography>
        {api?.requestId && (
          <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
            Request ID: <code>{api.requestId}</code>
          </Typography>
        )}
      </Alert>
      {code === 'AccessDenied' && role?.role_type === 'assumable' && (
        <WhyDenied role={role} request={request} userId={userId} at={at} />
      )}
    </SectionCard>
  );
}
