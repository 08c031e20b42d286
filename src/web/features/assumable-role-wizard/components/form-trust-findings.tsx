import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FindingId } from '../../../../shared/iam/trust-lint';
import { issuerLabel } from '../../../lib/issuer-label';
import { TrustFindings } from '../../../components/trust-findings';
import { useNow } from '../../../lib/use-now';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { formFindings } from '../model/form-findings';
import type { TrustFormInput } from '../model/wizard-schema';
import { browserZone } from '../model/wizard-schema';
import { useTrustDraft } from './trust-draft';

interface FormTrustFindingsProps {
  /** The heading above the findings. */
  title: string;
  /** Only these findings (e.g. the IP step shows only what is about addresses). */
  only?: readonly FindingId[];
}

/**
 * The trust linter on the trust being built, live as the form changes: judged at the browser's
 * clock, times in the browser's zone, issuers by the names the pickers load. Warnings only: they
 * never block Next or Save. Nothing at all while there is nothing to say.
 */
export function FormTrustFindings({ title, only }: FormTrustFindingsProps) {
  const { control } = useFormContext<TrustFormInput>();
  const [trust, schedule, ipAddress] = useWatch({
    control,
    name: ['trust', 'schedule', 'ip_address'],
  });
  const { pendingIp } = useTrustDraft();
  const now = useNow(30_000);
  const headingId = useId();
  const issuers = useQuery({ ...issuerQueries.list(), enabled: trust.kind === 'oidc' });
  const issuerName = (id: string) => {
    const issuer = issuers.data?.find((i) => i.id === id);
    return issuer ? issuerLabel(issuer) : '';
  };
  const findings = formFindings({ trust, schedule, ip_address: ipAddress }, pendingIp, {
    now,
    viewerZone: browserZone(),
    issuerName,
  }).filter((f) => only === undefined || only.includes(f.id));
  if (findings.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <TrustFindings findings={findings} label="Trust findings" />
    </Box>
  );
}
