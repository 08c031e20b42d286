import type { Policy, PolicyDocument } from '../../../shared/schemas/policy';
import type { Db } from './database';
import { apiTime } from './time';

export interface PolicyRow {
  id: string;
  org_id: string;
  name: string;
  description: string;
  document: string;
  version: string;
  is_system: number;
  created_at: string;
}

export function policyFromRow(row: PolicyRow): Policy {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    policy_document: JSON.parse(row.document) as PolicyDocument,
    version: row.version,
    is_system_policy: row.is_system === 1,
    date_created: apiTime(row.created_at),
  };
}

/** Live policies attached to each of the given roles, in attachment order. */
export function policiesOfRoles(db: Db, roleIds: string[]): Map<string, Policy[]> {
  const byRole = new Map<string, Policy[]>(roleIds.map((id) => [id, []]));
  if (roleIds.length === 0) return byRole;
  const rows = db
    .prepare(
      `SELECT rp.role_id AS role_id, p.*
         FROM role_policies rp JOIN policies p ON p.id = rp.policy_id
        WHERE rp.role_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL
        ORDER BY rp.assigned_at, p.id`,
    )
    .all(JSON.stringify(roleIds)) as (PolicyRow & { role_id: string })[];
  for (const row of rows) byRole.get(row.role_id)?.push(policyFromRow(row));
  return byRole;
}
