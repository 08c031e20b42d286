import { useMemo } from 'react';
import { PolicySimulator } from '../../features/permissions/components/policy-simulator';
import { heldRoleId } from '../../features/permissions/model/simulator';
import type { HeldRole } from '../../features/permissions/model/simulator';
import { useHeldCredentials } from '../../entities/session/held-credentials';

/**
 * /policy-simulator — ?principal=user:<id>|group:<id>|role:<id>|session, ?actions=a,b,
 * ?resource=, ?whocan=<action>. The session this tab holds (from the Sessions page) can be
 * simulated too: it acts with its role's policies.
 */
export function PolicySimulatorPage() {
  const { current } = useHeldCredentials();
  const held = useMemo<HeldRole | null>(
    () => (current ? { roleId: heldRoleId(current.request), roleName: current.roleName } : null),
    [current],
  );
  return <PolicySimulator held={held} />;
}
