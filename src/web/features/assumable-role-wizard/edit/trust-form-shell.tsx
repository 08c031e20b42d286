import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { verifiedClean } from '../api/trust-writes';
import { TRUST_WRITE } from '../../../entities/trust/write-meta';
import type { Verification } from '../api/trust-writes';
import { FormTrustFindings } from '../components/form-trust-findings';
import { flushPendingIp, TrustDraftProvider, useTrustDraftState } from '../components/trust-draft';
import { invalidEntries, invalidEntryMessage } from '../model/pending-ip';
import { trustErrorPlace } from '../model/server-errors';
import type { TrustFormInput, TrustFormValues, WizardSchemaOptions } from '../model/wizard-schema';
import { trustFormSchema } from '../model/wizard-schema';
import { ReadBackWarning } from './read-back-warning';
import { TRUST_TABS, trustTabIndex, TrustTabs } from './trust-tabs';
import type { TrustTabKey } from './trust-tabs';
import { FormDialogActions, useUnsavedCheck } from '../../../components/form-dialog';
import type { FormDialogContext } from '../../../components/form-dialog';
import { formChanged } from '../../../lib/form-changed';

/** The words that differ between adding a trust and editing one. */
export interface TrustFormCopy {
  title: string;
  /** A line under the title: the role, and the request the submit button sends. */
  intro: ReactNode;
  /** "Save", "Add trust". */
  submitLabel: string;
  /** What a failed request is called: "Could not save the trust". */
  failure: string;
  /** How the read-back warning says the trust was written: "saved", "created". */
  verb: string;
  deleteLabel: string;
}

/** What the dialog around the form hears from it. */
export interface TrustFormEvents {
  onCancel: () => void;
  /** The trust as read back, once the API kept it as sent or the person accepts how it was stored. */
  onSaved: (trust: RoleTrust | null) => void;
  /** The trust was deleted from the read-back warning. */
  onDeleted: () => void;
  /** While busy, or while a read-back warning waits for an answer, the dialog must not close. */
  onBusy: (busy: boolean) => void;
  /** Takes the form's check for input not saved yet (so closing by Escape asks first). */
  watchUnsaved?: FormDialogContext['watchUnsaved'];
}

interface TrustFormShellProps {
  titleId: string;
  copy: TrustFormCopy;
  defaults: TrustFormInput;
  schemaOptions?: WizardSchemaOptions;
  /** Sends the trust and reads it back. */
  write: (values: TrustFormValues) => Promise<Verification>;
  /** Notes under the tabs that follow the values (they read the form from its context). */
  notes?: ReactNode;
  /** The trust the warning deletes or keeps when the write's read-back gave none. */
  fallbackTrust?: RoleTrust | null;
  events: TrustFormEvents;
}

/**
 * One trust as a form in a dialog — the wizard's Trusted Entity, Schedule and IP steps as tabs,
 * the trust linter's findings below them — sent by `write` and read back. Shared by Role Trust →
 * Add trust and → Edit. Text left in the IP box is added on submit (or stops it, saying why); an
 * entry the API would refuse is named; a condition the API did not keep turns the dialog into a
 * warning that must be answered.
 */
export function TrustFormShell(props: TrustFormShellProps) {
  const { titleId, copy, defaults, schemaOptions, write, notes, events } = props;
  const { onCancel, onSaved, onDeleted, onBusy, watchUnsaved } = events;
  const [schema] = useState(() => trustFormSchema(schemaOptions));
  const form = useForm<TrustFormInput, unknown, TrustFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    // Errors clear as the user types; a blur alone never shifts the layout under a click.
    mode: 'onChange',
  });
  const draft = useTrustDraftState();
  const [tab, setTab] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [check, setCheck] = useState<Verification | null>(null);
  // Bumped to move focus into the IP box once its tab is on screen.
  const [focusIp, setFocusIp] = useState(0);
  const send = useMutation({ mutationFn: write, meta: TRUST_WRITE });
  const showTab = (key: TrustTabKey) => setTab(trustTabIndex(key));

  useUnsavedCheck(() => formChanged(form) || draft.pendingIpNow().trim() !== '', watchUnsaved);
  useEffect(() => {
    if (focusIp > 0) form.setFocus('ip_address');
  }, [focusIp, form]);

  const save = form.handleSubmit(
    (values) => {
      onBusy(true);
      send.mutate(values, {
        onSuccess: (verification) => {
          if (verifiedClean(verification) && verification.trust) {
            onBusy(false);
            onSaved(verification.trust);
          } else {
            // Stays busy: the warning must be answered before the dialog may close.
            setCheck(verification);
          }
        },
        onError: (error) => {
          const place = trustErrorPlace(error);
          if (place) {
            form.setError(place.field, { type: 'server', message: error.message });
            showTab(place.key);
          } else {
            setFailure(`${copy.failure}: ${error.message}`);
          }
          onBusy(false);
        },
      });
    },
    (invalid) => {
      const first = TRUST_TABS.find((t) => invalid[t.key] !== undefined);
      showTab(first?.key ?? 'trust');
      if (first?.key !== 'ip_address') return;
      // An entry the trust held when it was read (never one typed here): say which one to fix.
      const list = form.getValues('ip_address');
      const [problem] = invalidEntries(list);
      if (problem) setFailure(invalidEntryMessage(list[problem[0]] ?? '', problem[1]));
    },
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const added = flushPendingIp(
      draft,
      form.getValues('ip_address'),
      (list) => form.setValue('ip_address', list, { shouldDirty: true, shouldValidate: true }),
      (message) => {
        form.setError('ip_address', { type: 'pending', message });
        showTab('ip_address');
        setFocusIp((n) => n + 1);
      },
    );
    if (added) void save(event);
  };

  if (check) {
    return (
      <ReadBackWarning
        titleId={titleId}
        title={copy.title}
        check={check}
        verb={copy.verb}
        fallbackTrust={props.fallbackTrust ?? null}
        deleteLabel={copy.deleteLabel}
        onKeep={(trust) => {
          onBusy(false);
          onSaved(trust);
        }}
        onDeleted={() => {
          onBusy(false);
          onDeleted();
        }}
        onEditAgain={() => {
          setCheck(null);
          onBusy(false);
        }}
      />
    );
  }

  return (
    <FormProvider {...form}>
      <TrustDraftProvider draft={draft}>
        <Box component="form" noValidate onSubmit={submit} aria-labelledby={titleId}>
          <DialogTitle id={titleId}>{copy.title}</DialogTitle>
          <DialogContent dividers sx={{ minHeight: { md: '70vh' } }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {copy.intro}
            </Typography>
            <TrustTabs tab={tab} onTab={setTab} />
            <Stack spacing={2} sx={{ mt: 3 }}>
              <FormTrustFindings title="What the trust linter found" />
              {notes}
              {failure && <Alert severity="error">{failure}</Alert>}
            </Stack>
          </DialogContent>
          <FormDialogActions
            onCancel={onCancel}
            busy={send.isPending}
            submitLabel={copy.submitLabel}
          />
        </Box>
      </TrustDraftProvider>
    </FormProvider>
  );
}
