import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { describeStatement } from '../../../../shared/iam/evaluate';
import type { DecidingStatement } from '../../../../shared/iam/evaluate';

/**
 * The statements that decided an evaluation, each with the path its policy arrives by, linking
 * to the policy.
 */
export function StatementList({
  statements,
  none = 'No statement allows it.',
}: {
  statements: readonly DecidingStatement[];
  /** Shown when no statement decided (an implicit deny). */
  none?: string;
}) {
  if (statements.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {none}
      </Typography>
    );
  }
  return (
    <Typography component="ul" variant="body2" sx={{ m: 0, pl: 2 }}>
      {statements.map((s) => (
        <li key={`${s.policyId}:${s.index}:${s.via.map((v) => v.id).join('/')}`}>
          <Link
            component={RouterLink}
            to={`/policies/${encodeURIComponent(s.policyId)}`}
            sx={{ overflowWrap: 'anywhere' }}
          >
            {describeStatement(s)}
          </Link>
          {s.effect === 'Deny' && (
            <Typography component="span" variant="body2" color="error">
              {' '}
              (Deny)
            </Typography>
          )}
        </li>
      ))}
    </Typography>
  );
}
