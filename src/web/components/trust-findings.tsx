import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Finding } from '../../shared/iam/trust-lint';

interface TrustFindingsProps {
  findings: readonly Finding[];
  /** Names the list for assistive technology, e.g. "Findings for the trust of GitHub Actions". */
  label?: string;
  /** Heading level text; none by default (the findings speak for themselves). */
  title?: string;
}

/**
 * The trust linter's findings: each one what is wrong and how to put it right. Shown before a
 * trust is saved (wizard, Add trust, Edit) and on the trusts a role already has. Nothing at all
 * when there are no findings.
 */
export function TrustFindings({ findings, label = 'Trust findings', title }: TrustFindingsProps) {
  if (findings.length === 0) return null;
  return (
    <Stack component="ul" aria-label={label} spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {title && (
        <Typography component="li" variant="subtitle2">
          {title}
        </Typography>
      )}
      {findings.map((f, i) => (
        <li key={`${f.id}-${i}`} data-finding={f.id}>
          <Alert severity={f.severity} variant="outlined" sx={{ py: 0.25 }}>
            <AlertTitle sx={{ fontSize: '0.875rem', mb: 0.25 }}>{f.message}</AlertTitle>
            <Typography variant="body2">
              <strong>Fix:</strong> {f.fix}
            </Typography>
          </Alert>
        </li>
      ))}
    </Stack>
  );
}
