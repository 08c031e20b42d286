import Chip from '@mui/material/Chip';
import type { User } from '../../../../shared/schemas/user';
import {
  CreatedFact,
  EntityHeader,
  EntityTitle,
  IdFact,
  TextFact,
} from '../../../components/entity-header';
import { DeleteUserButton } from './delete-user-button';

/** Name, kind of user and the delete action, over email, id and creation time. */
export function UserHeader({ user }: { user: User }) {
  return (
    <EntityHeader
      rowFrom="sm"
      title={
        <EntityTitle
          name={user.name}
          adornments={
            <>
              {user.service_user && <Chip size="small" variant="outlined" label="Service user" />}
              <Chip
                size="small"
                variant="outlined"
                color={user.api_enabled ? 'success' : 'default'}
                label={user.api_enabled ? 'API enabled' : 'API disabled'}
              />
            </>
          }
        />
      }
      actions={<DeleteUserButton user={user} />}
      facts={
        <>
          <TextFact term="Email" breakAnywhere>
            {user.email}
          </TextFact>
          <IdFact id={user.id} copyLabel="Copy user ID" />
          {/* "—" when the API does not say: Vultr's users carry no creation time. */}
          <CreatedFact at={user.date_created} />
        </>
      }
    />
  );
}
