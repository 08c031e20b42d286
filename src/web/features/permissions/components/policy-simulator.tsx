import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { PolicyResolver } from '../../../../shared/iam/evaluate';
import { QueryView } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { useSimulatorQuery, useTypedParam } from '../hooks/use-simulator-query';
import { useOrgGraph } from '../model/org-graph';
import {
  parsePrincipal,
  principalOptions,
  readActionList,
  resolvePrincipal,
  simulate,
} from '../model/simulator';
import type { HeldRole } from '../model/simulator';
import { ResourceField } from './action-catalogue';
import { ActionsField } from './actions-field';
import { PrincipalField } from './principal-field';
import { SimulationResults } from './simulation-results';
import { WhoCanSection } from './who-can-section';

const asResource = (text: string) => text.trim() || '*';

interface PolicySimulatorProps {
  /** The role of the session this tab holds, if it holds one. */
  held: HeldRole | null;
}

/**
 * The Policy Simulator: evaluates a principal's effective policies for chosen actions on a
 * resource in the browser, with the statements that decide each answer; and Who can? for an
 * action. Reads only Vultr's own routes, so it works the same against live Vultr.
 */
export function PolicySimulator({ held }: PolicySimulatorProps) {
  const { query, update } = useSimulatorQuery();
  const graph = useOrgGraph();
  const resolver = useMemo(
    () => (graph.data ? new PolicyResolver(graph.data) : null),
    [graph.data],
  );
  const options = useMemo(() => principalOptions(graph.data, held), [graph.data, held]);

  const writeResource = useCallback(
    (text: string) => update({ resource: asResource(text) }, { replace: true }),
    [update],
  );
  const writeWhoCanResource = useCallback(
    (text: string) => update({ whocanResource: asResource(text) }, { replace: true }),
    [update],
  );
  const [resource, setResource] = useTypedParam(query.resource, writeResource, asResource);
  const [whoCanResource, setWhoCanResource] = useTypedParam(
    query.whocanResource,
    writeWhoCanResource,
    asResource,
  );

  const actions = useMemo(() => readActionList(query.actions.join(',')), [query.actions]);
  const ref = useMemo(() => parsePrincipal(query.principal), [query.principal]);
  const resolved = useMemo(
    () =>
      graph.data && resolver && ref ? resolvePrincipal(graph.data, ref, held, resolver) : null,
    [graph.data, resolver, ref, held],
  );
  const results = useMemo(
    () =>
      resolved?.ok && actions.valid.length > 0
        ? simulate(resolved.policies, actions.valid, asResource(resource))
        : null,
    [resolved, actions.valid, resource],
  );

  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 1, fontWeight: 600 }}>
        Policy Simulator
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Evaluates the organization’s policies in your browser, as the API evaluates them: an
        explicit Deny always wins, and an action no statement allows is denied. Nothing is changed.
        The organization owner is always allowed everything.
      </Typography>
      <QueryView query={graph} what="the organization’s users, groups, roles and policies">
        {(org) => (
          <Stack spacing={2}>
            <SectionCard title="Simulate">
              <Stack spacing={2}>
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                  <PrincipalField
                    options={options}
                    value={query.principal}
                    onChange={(principal) => update({ principal })}
                    loading={graph.isFetching}
                  />
                  <ResourceField value={resource} onChange={setResource} />
                </Stack>
                <ActionsField
                  value={actions.valid}
                  rejected={actions.invalid}
                  onChange={(next) => update({ actions: next })}
                />
                {query.principal !== '' && ref === null && (
                  <Alert severity="warning">
                    “{query.principal}” does not name a principal. Choose one above.
                  </Alert>
                )}
                {resolved && !resolved.ok && (
                  <Alert severity="warning">
                    {resolved.problem}
                    {ref?.kind === 'session' && (
                      <>
                        {' '}
                        <Link component={RouterLink} to="/sessions">
                          Open Sessions
                        </Link>
                      </>
                    )}
                  </Alert>
                )}
                {results ? (
                  <>
                    <Typography variant="body2" color="text.secondary">
                      {resolved?.ok ? `As ${resolved.label}` : ''} on resource{' '}
                      <code>{asResource(resource)}</code>
                      {ref?.kind === 'user' &&
                        '. Should this user own the organization, every action is allowed: Vultr does not say who the owner is.'}
                    </Typography>
                    <SimulationResults groups={results} />
                  </>
                ) : ref === null ? (
                  <Typography color="text.secondary">
                    Choose a principal and one or more actions.
                  </Typography>
                ) : (
                  resolved?.ok && (
                    <Typography color="text.secondary">Choose one or more actions.</Typography>
                  )
                )}
              </Stack>
            </SectionCard>
            <WhoCanSection
              graph={org}
              action={query.whocan}
              onAction={(whocan) => update({ whocan })}
              resource={whoCanResource}
              onResource={setWhoCanResource}
            />
          </Stack>
        )}
      </QueryView>
    </>
  );
}
