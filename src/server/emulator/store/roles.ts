import type { ListQuery } from '../../../shared/schemas/common';
import type { Role, RoleType } from '../../../shared/schemas/role';
import type { Db } from './database';
import { paginate } from './pagination';
import { policiesOfRoles } from './policies';
import { apiTime } from './time';

export interface RoleRow {
  id: string;
  org_id: string;
  name: string;
  description: string;
  role_type: RoleType;
  max_session_duration: number;
  created_at: string;
}

function toRoles(db: Db, rows: RoleRow[]): Role[] {
  const policies = policiesOfRoles(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    role_type: r.role_type,
    max_session_duration: r.max_session_duration,
    policies: policies.get(r.id) ?? [],
    date_created: apiTime(r.created_at),
  }));
}

export function listRoles(db: Db, orgId: string, query: ListQuery) {
  const { rows, meta } = paginate<RoleRow>(
    db,
    {
      list: 'roles',
      from: 'roles r',
      alias: 'r',
      where: 'r.org_id = ? AND r.deleted_at IS NULL',
      params: [orgId],
    },
    query,
  );
  return { roles: toRoles(db, rows), meta };
}

export function findRole(db: Db, orgId: string, id: string): Role | null {
  const row = db
    .prepare('SELECT * FROM roles WHERE id = ? AND org_id = ? AND deleted_at IS NULL')
    .get(id, orgId) as RoleRow | undefined;
  return row ? (toRoles(db, [row])[0] ?? null) : null;
}
