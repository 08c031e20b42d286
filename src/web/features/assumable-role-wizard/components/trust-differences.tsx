import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Verification } from '../api/trust-writes';

interface TrustDifferencesProps {
  verification: Verification;
  /** "created", "saved". */
  verb: string;
}

/**
 * What the read-back after a trust write found: each condition the API did not keep as sent,
 * named with what the trust does instead; or that the trust could not be read back at all.
 */
export function TrustDifferences({ verification, verb }: TrustDifferencesProps) {
  if (verification.readError) {
    return (
      <Alert severity="warning" role="alert">
        <AlertTitle>The trust was {verb}, but reading it back failed</AlertTitle>
        {verification.readError.message}. The console cannot tell whether the API kept every
        condition you set: check the trust on its role page.
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>The API did not keep the trust as sent</AlertTitle>
      <Typography variant="body2">
        The trust was {verb}, and read back at once: the API changed or dropped{' '}
        {verification.differences.length === 1
          ? 'one condition'
          : `${verification.differences.length} conditions`}
        . The trust works as stored, not as you set it:
      </Typography>
      <Box component="ul" aria-label="Conditions not kept" sx={{ pl: 2.5, my: 1 }}>
        {verification.differences.map((d) => (
          <Typography component="li" variant="body2" key={d.field} sx={{ mb: 0.5 }}>
            <Box component="strong">{d.headline}</Box>: {d.meaning}.
          </Typography>
        ))}
      </Box>
      <Typography variant="body2">
        Edit the trust to set these conditions again, delete it, or keep it as the API stored it.
      </Typography>
    </Alert>
  );
}
