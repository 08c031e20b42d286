import type { Policy } from '../../../shared/schemas/policy';
import type { EntityPageKind } from '../../components/detail-page';

/** A policy's page, under the Permission Policies tab. */
export const policyKind: EntityPageKind<Policy> = {
  parent: { to: '/organization/policies', label: 'Permission Policies' },
  noun: 'policy',
  nameOf: (policy) => policy.name,
  pathOf: (id) => `/policies/${encodeURIComponent(id)}`,
};
