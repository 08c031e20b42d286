import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { pathOf, ROUTES } from '../../../../shared/api/routes';
import type { Role } from '../../../../shared/schemas/role';
import { addTrust } from '../api/trust-writes';
import { namedIntent } from '../api/loaded-entity-name';
import { trustCreateBody } from '../model/requests';
import type { TrustFormInput, TrustFormValues } from '../model/wizard-schema';
import { browserZone, wizardDefaults } from '../model/wizard-schema';
import { TrustFormShell } from './trust-form-shell';
import type { TrustFormEvents } from './trust-form-shell';

interface TrustAddFormProps {
  role: Pick<Role, 'id' | 'name'>;
  titleId: string;
  events: TrustFormEvents;
}

/** The wizard's starting trust: a user, TemporaryAssumption, always, from anywhere, no expiry. */
function blankTrust(): TrustFormInput {
  const { trust, schedule, ip_address } = wizardDefaults();
  return { trust, schedule, ip_address };
}

/**
 * Role Trust → Add trust: the wizard's trust steps for one more trust on an existing role;
 * Add trust POSTs it, then reads it back and compares, as the wizard does.
 */
export function TrustAddForm({ role, titleId, events }: TrustAddFormProps) {
  const [defaults] = useState(blankTrust);
  const queryClient = useQueryClient();

  const write = (values: TrustFormValues) => {
    const intended = namedIntent(queryClient, values);
    return addTrust(trustCreateBody(values, role.id), intended, browserZone());
  };

  return (
    <TrustFormShell
      titleId={titleId}
      copy={{
        title: `Add trust to ${role.name}`,
        intro: (
          <>
            One more entity that may assume this role, and when and from where. Add trust sends POST{' '}
            {pathOf(ROUTES.createTrust, {})}, then reads the new trust back.
          </>
        ),
        submitLabel: 'Add trust',
        failure: 'Could not add the trust',
        verb: 'created',
        deleteLabel: 'Delete the new trust',
      }}
      defaults={defaults}
      write={write}
      events={events}
    />
  );
}
