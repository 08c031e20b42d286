import { randomUUID } from 'node:crypto';
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

/** Whether the store holds any organization yet (a fresh store holds none until it is seeded). */
export function hasOrganization(db: Db): boolean {
  return db.prepare('SELECT EXISTS(SELECT 1 FROM organizations)').pluck().get() === 1;
}

/**
 * Creates an organization, created at `at` (stored form); returns its id. The API has no way to
 * create one: the demo seed is the only caller.
 */
export function createOrganization(
  db: Db,
  values: { name: string; type: string },
  at: string,
): string {
  const id = randomUUID();
  db.prepare('INSERT INTO organizations (id, name, type, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    values.name,
    values.type,
    at,
  );
  return id;
}
