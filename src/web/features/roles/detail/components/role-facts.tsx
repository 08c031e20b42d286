import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { Role } from '../../../../../shared/schemas/role';
import { roleArn } from '../../../../../shared/schemas/role';
import {
  CreatedFact,
  Fact,
  IdFact,
  Identifier,
  TextFact,
} from '../../../../components/entity-header';
import { humanDuration } from '../../../../lib/dates';

/** Where the Role ARN's account part comes from: the organization picked in the top bar. */
export interface ArnOrganization {
  /** The account part of the Role ARN; undefined while it loads. */
  organizationId?: string;
  /** The organization could not be read (or the key has none): the ARN cannot be given. */
  organizationMissing?: boolean;
}

/**
 * Role ARN (its account part is the organization picked in the top bar), id, maximum session and
 * creation time (on the viewer's clock, zone named): the facts of the role's header.
 */
export function RoleFacts({
  role,
  organizationId,
  organizationMissing = false,
}: { role: Role } & ArnOrganization) {
  return (
    <>
      <Fact term="Role ARN">
        {organizationId ? (
          <Identifier value={roleArn(organizationId, role.id)} copyLabel="Copy Role ARN" />
        ) : organizationMissing ? (
          <Typography variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
            Not known: the organization could not be read
          </Typography>
        ) : (
          <Skeleton
            width={320}
            role="progressbar"
            aria-busy="true"
            aria-label="Loading the Role ARN"
          />
        )}
      </Fact>
      <IdFact id={role.id} copyLabel="Copy role ID" />
      <TextFact term="Maximum session duration">
        {humanDuration(role.max_session_duration)}
      </TextFact>
      <CreatedFact at={role.date_created} />
    </>
  );
}
