import type { EffectivePolicies, PathStep, PolicySource } from '../../../shared/iam/evaluate';
import type { Db } from './database';
import { policyDocument } from './policies';

/**
 * A principal's effective policies, read in one query with the path each arrives by (spec §9):
 * what the emulator authorizes every request with.
 */

interface SourceRow {
  id: string;
  name: string;
  group_id: string | null;
  group_name: string | null;
  role_id: string | null;
  role_name: string | null;
}

const LIVE_POLICY = 'JOIN policies p ON p.id = %s AND p.deleted_at IS NULL';
const live = (column: string) => LIVE_POLICY.replace('%s', column);
const ASSIGNABLE_ROLE = `JOIN roles r ON r.id = %s AND r.deleted_at IS NULL AND r.role_type = 'assignable'`;
const assignable = (column: string) => ASSIGNABLE_ROLE.replace('%s', column);

/** A user's policies with the path each arrives by: direct, its roles', its groups' and theirs. */
const USER_SOURCES = `
  SELECT p.id, p.name, NULL AS group_id, NULL AS group_name, NULL AS role_id, NULL AS role_name
    FROM policy_users pu ${live('pu.policy_id')} WHERE pu.user_id = :u
  UNION ALL
  SELECT p.id, p.name, NULL, NULL, r.id, r.name
    FROM role_users ru ${assignable('ru.role_id')}
    JOIN role_policies rp ON rp.role_id = r.id ${live('rp.policy_id')} WHERE ru.user_id = :u
  UNION ALL
  SELECT p.id, p.name, g.id, g.display_name, NULL, NULL
    FROM group_members gm JOIN groups g ON g.id = gm.group_id
    JOIN policy_groups pg ON pg.group_id = g.id ${live('pg.policy_id')} WHERE gm.user_id = :u
  UNION ALL
  SELECT p.id, p.name, g.id, g.display_name, r.id, r.name
    FROM group_members gm JOIN groups g ON g.id = gm.group_id
    JOIN role_groups rg ON rg.group_id = g.id ${assignable('rg.role_id')}
    JOIN role_policies rp ON rp.role_id = r.id ${live('rp.policy_id')} WHERE gm.user_id = :u`;

/** A role's own policies: what a session of it acts with. */
const ROLE_SOURCES = `
  SELECT p.id, p.name, NULL AS group_id, NULL AS group_name, NULL AS role_id, NULL AS role_name
    FROM role_policies rp JOIN roles r ON r.id = rp.role_id AND r.deleted_at IS NULL
    ${live('rp.policy_id')} WHERE rp.role_id = :r`;

function sourcesOf(db: Db, rows: SourceRow[]): PolicySource[] {
  return rows.map((row) => {
    const via: PathStep[] = [];
    if (row.group_id) via.push({ kind: 'group', id: row.group_id, name: row.group_name ?? '' });
    if (row.role_id) via.push({ kind: 'role', id: row.role_id, name: row.role_name ?? '' });
    return { policyId: row.id, policyName: row.name, document: policyDocument(db, row.id), via };
  });
}

/** The policies a user acts with (the owner: everything). */
export function policiesOfUser(db: Db, userId: string, isOwner = false): EffectivePolicies {
  if (isOwner) return { owner: true, sources: [] };
  const rows = db.prepare(USER_SOURCES).all({ u: userId }) as SourceRow[];
  return { owner: false, sources: sourcesOf(db, rows) };
}

/** The policies of a role, which are all a session of it acts with. */
export function policiesOfRole(db: Db, roleId: string): EffectivePolicies {
  const rows = db.prepare(ROLE_SOURCES).all({ r: roleId }) as SourceRow[];
  return { owner: false, sources: sourcesOf(db, rows) };
}
