import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { FactList } from '../../../components/entity-header';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { FormTrustFindings } from '../components/form-trust-findings';
import { useTrustDraft } from '../components/trust-draft';
import { useEntityOptions } from './entity-picker';
import { commitPendingIp } from '../model/pending-ip';
import { reviewFacts } from '../model/plain-words';
import { NEW_ROLE_ID, plannedRequests } from '../model/requests';
import type { WizardInput } from '../model/wizard-schema';
import { wizardSchema } from '../model/wizard-schema';
import { RequestPreview } from './request-preview';

const schema = wizardSchema();

/**
 * Step 6, Review: the role and trust in plain words, what the trust linter finds, and the exact
 * requests Add Role sends. Text still typed in the IP box counts: Add Role adds it first.
 */
export function ReviewStep() {
  const { control } = useFormContext<WizardInput>();
  const input = useWatch({ control }) as WizardInput;
  const { pendingIp } = useTrustDraft();
  const { options } = useEntityOptions(input.trust.kind);
  const policies = useQuery(policyQueries.list());
  const pending = commitPendingIp(pendingIp, input.ip_address);
  if (!pending.ok) {
    return (
      <Alert severity="warning">
        IP Access Restrictions holds “{pending.entry}”, typed but not added: {pending.message} Go
        back to fix it or clear the box.
      </Alert>
    );
  }
  const parsed = schema.safeParse({ ...input, ip_address: pending.list });
  if (!parsed.success) {
    return (
      <Alert severity="warning">
        Some steps are not complete yet: {parsed.error.issues[0]?.message}. Go back to fix them.
      </Alert>
    );
  }
  const values = parsed.data;
  const entity = options?.find((o) => o.id === values.trust.entity_id);
  const policyNames = new Map((policies.data ?? []).map((p) => [p.id, p.name]));
  const now = new Date();
  const facts = reviewFacts(
    values,
    {
      entity: entity ? `${entity.primary} (${entity.secondary})` : undefined,
      policies: values.policy_ids.map((id) => policyNames.get(id) ?? id),
    },
    now,
  );
  return (
    <Stack spacing={3}>
      <FactList termColumn="14rem" gap={{ column: 2, row: 1 }}>
        {facts.map((f) => (
          <Box key={f.term} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {f.term}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {f.text}
            </Typography>
          </Box>
        ))}
      </FactList>
      {pending.added.length > 0 && (
        <Alert severity="info">
          {pending.added.join(', ')}, typed on the IP Access Restrictions step, is added when you
          press Add Role.
        </Alert>
      )}
      <FormTrustFindings title="What the trust linter found" />
      <Box>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          The API requests Add Role will send
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          In this order, through the console to the Vultr API. {NEW_ROLE_ID} stands for the id the
          first request returns. If one fails, the role is deleted again.
        </Typography>
        <RequestPreview requests={plannedRequests(values, policyNames)} />
      </Box>
    </Stack>
  );
}
