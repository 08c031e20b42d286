import Alert from '@mui/material/Alert';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FormDialogContext } from '../../../components/form-dialog';
import { pathOf, ROUTES } from '../../../../shared/api/routes';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { updateTrust } from '../api/trust-writes';
import { namedIntent } from '../api/loaded-entity-name';
import { removesExpiry, trustUpdateBody } from '../model/requests';
import { trustFormDefaults } from '../model/trust-form';
import type { ValidUntilInput } from '../model/valid-until';
import type { TrustFormInput, TrustFormValues } from '../model/wizard-schema';
import { browserZone } from '../model/wizard-schema';
import { TrustFormShell } from './trust-form-shell';
import { useTrustEntityName } from './use-trust-entity-name';

interface TrustEditFormProps {
  trust: RoleTrust;
  titleId: string;
  /** Values to start from instead of the trust's own (what the wizard meant it to be). */
  startFrom?: TrustFormInput;
  onCancel: () => void;
  /** The trust as read back after saving, once the API kept it as sent or the user accepts it. */
  onSaved: (trust: RoleTrust) => void;
  /** The trust was deleted because it did not come out as meant. */
  onDeleted: () => void;
  /** While busy, or while a read-back warning waits for an answer, the dialog must not close. */
  onBusy: (busy: boolean) => void;
  /** Takes the form's check for changes not saved yet. */
  watchUnsaved?: FormDialogContext['watchUnsaved'];
  /** The delete action's label: "Delete the trust". */
  deleteLabel?: string;
}

/** Vultr's update cannot clear an expiry: said before saving, while the form removes one. */
function DropsExpiryNote({ kept }: { kept: ValidUntilInput }) {
  const { control } = useFormContext<TrustFormInput>();
  const validUntil = useWatch({ control, name: 'trust.valid_until' });
  if (!removesExpiry(validUntil, kept)) return null;
  return (
    <Alert severity="info">
      Removing the expiry: Vultr&apos;s API has no way to clear it in an update, so Save leaves it
      out and Vultr may keep the old one. After saving, the console reads the trust back and tells
      you if it did.
    </Alert>
  );
}

/**
 * Role Trust → Edit: the trust form over one stored trust; Save PUTs it, then reads it back. The
 * expiry opens in the zone it was most likely written in, with that zone shown beside it.
 */
export function TrustEditForm(props: TrustEditFormProps) {
  const { trust, titleId, startFrom, onSaved, deleteLabel, ...events } = props;
  const entityName = useTrustEntityName(trust);
  const [stored] = useState(() => trustFormDefaults(trust, browserZone()));
  const kept = stored.trust.valid_until;
  const queryClient = useQueryClient();

  const write = (values: TrustFormValues) => {
    const intended = namedIntent(queryClient, values, { input: kept, iso: trust.valid_until });
    return updateTrust(trust, trustUpdateBody(values, kept), intended, browserZone());
  };

  return (
    <TrustFormShell
      titleId={titleId}
      copy={{
        title: `Edit trust for ${entityName}`,
        intro: (
          <>
            Role {trust.role_name || trust.role_id}. Save sends PUT{' '}
            {pathOf(ROUTES.updateTrust, { trustId: trust.id })}, then reads the trust back.
          </>
        ),
        submitLabel: 'Save',
        failure: 'Could not save the trust',
        verb: 'saved',
        deleteLabel: deleteLabel ?? 'Delete the trust',
      }}
      defaults={startFrom ?? stored}
      schemaOptions={{ keptValidUntil: kept }}
      write={write}
      notes={<DropsExpiryNote kept={kept} />}
      fallbackTrust={trust}
      events={{ ...events, onSaved: (saved) => onSaved(saved ?? trust) }}
    />
  );
}
