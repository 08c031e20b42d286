import type { Organization } from '../../../shared/schemas/organization';
import type { Db } from './database';
import { apiTime } from './time';

interface OrganizationRow {
  id: string;
  name: string;
  type: string;
  created_at: string;
}

export function findOrganization(db: Db, id: string): Organization | null {
  const row = db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as
    OrganizationRow | undefined;
  return row
    ? { id: row.id, name: row.name, type: row.type, date_created: apiTime(row.created_at) }
    : null;
}
