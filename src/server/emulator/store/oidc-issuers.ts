import { randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type { Jwk, Jwks, OidcIssuer } from '../../../shared/schemas/oidc-issuer';
import { conflict, notFound } from './store-error';
import type { DiscoveryResult, IssuerKeySource } from '../oidc/jwks';
import { firstSigningKey } from '../oidc/jwks';
import type { WriteContext } from './write-context';
import type { Db } from './database';
import { paginate } from './pagination';
import { findOrgRow, orgRows, refuseWhileReferenced, requireOrgRow } from './records';
import { apiTime, storedTime } from './time';
import { NOT_FOUND } from '../not-found';

export const ISSUER_NOT_FOUND = NOT_FOUND.issuer;

export interface IssuerRow {
  id: string;
  org_id: string;
  display_name: string;
  source: string;
  uri: string;
  jwk: string | null;
  jwks: string | null;
  jwks_fetched_at: string | null;
  jwks_expires_at: string | null;
  created_at: string;
}

const parseJson = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

export function issuerFromRow(row: IssuerRow): OidcIssuer {
  const registered = parseJson<Jwk>(row.jwk);
  // A discovered issuer shows its first signing key, as a registered one shows its own.
  const key = registered ?? firstSigningKey(parseJson<Jwks>(row.jwks));
  const member = (name: keyof Jwk) => {
    const value = key?.[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    id: row.id,
    source: row.source,
    uri: row.uri,
    kid: member('kid'),
    kty: member('kty'),
    n: member('n'),
    e: member('e'),
    alg: member('alg'),
    use: key ? member('use') || 'sig' : '',
    jwks_fetched_at: apiTime(row.jwks_fetched_at),
    jwks_expires_at: apiTime(row.jwks_expires_at),
    display_name: row.display_name || hostOf(row.uri),
    crv: member('crv'),
    x: member('x'),
    y: member('y'),
  };
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return uri;
  }
}

/** What the key cache needs to know about a stored issuer. */
export function keySourceFromRow(row: IssuerRow): IssuerKeySource {
  return {
    id: row.id,
    uri: row.uri,
    jwk: parseJson<Jwk>(row.jwk),
    jwks: parseJson<Jwks>(row.jwks),
    fetchedAt: row.jwks_fetched_at ? new Date(row.jwks_fetched_at) : null,
    expiresAt: row.jwks_expires_at ? new Date(row.jwks_expires_at) : null,
  };
}

/** The keys as stored: the registered key, or the last fetched set. */
export function storedKeys(row: IssuerRow): Jwks {
  const registered = parseJson<Jwk>(row.jwk);
  if (registered) return { keys: [registered] };
  return parseJson<Jwks>(row.jwks) ?? { keys: [] };
}

export function listIssuers(db: Db, orgId: string, query: ListQuery) {
  const { rows, meta } = paginate<IssuerRow>(db, orgRows('oidc_issuers', orgId), query);
  return { issuers: rows.map(issuerFromRow), meta };
}

export function findIssuerRow(db: Db, orgId: string, id: string): IssuerRow | null {
  return findOrgRow<IssuerRow>(db, 'oidc_issuers', orgId, id);
}

/** 409 when the organization already has an issuer with this uri. */
export function assertIssuerUriFree(db: Db, orgId: string, uri: string): void {
  const taken = db
    .prepare('SELECT EXISTS(SELECT 1 FROM oidc_issuers WHERE org_id = ? AND uri = ?)')
    .pluck()
    .get(orgId, uri);
  if (taken === 1) throw conflict(`an issuer with uri ${uri} already exists`);
}

export interface NewIssuer {
  source: string;
  uri: string;
  displayName: string;
  /** Either a registered key ... */
  jwk?: Jwk;
  /** ... or the keys discovery found. */
  discovered?: DiscoveryResult;
}

export function createIssuer(db: Db, ctx: WriteContext, input: NewIssuer): OidcIssuer {
  return db.transaction(() => {
    // Checked again here: discovery ran outside the transaction, and another create may have won.
    assertIssuerUriFree(db, ctx.orgId, input.uri);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO oidc_issuers (id, org_id, display_name, source, uri, jwk, jwks, jwks_fetched_at,
         jwks_expires_at, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      ctx.orgId,
      input.displayName || hostOf(input.uri),
      input.source,
      input.uri,
      input.jwk ? JSON.stringify(input.jwk) : null,
      input.discovered ? JSON.stringify(input.discovered.jwks) : null,
      input.discovered ? storedTime(input.discovered.fetchedAt) : null,
      input.discovered ? storedTime(input.discovered.expiresAt) : null,
      ctx.at,
      ctx.userId,
    );
    return issuerFromRow(
      requireOrgRow<IssuerRow>(db, 'oidc_issuers', ctx.orgId, id, ISSUER_NOT_FOUND),
    );
  })();
}

/** Stores keys the cache refetched, so reads show when they were fetched. */
export function saveFetchedKeys(db: Db, issuerId: string, result: DiscoveryResult): void {
  db.transaction(() => {
    db.prepare(
      `UPDATE oidc_issuers SET jwks = ?, jwks_fetched_at = ?, jwks_expires_at = ?
        WHERE id = ? AND jwk IS NULL`,
    ).run(
      JSON.stringify(result.jwks),
      storedTime(result.fetchedAt),
      storedTime(result.expiresAt),
      issuerId,
    );
  })();
}

/**
 * Hard delete, refused while a live role trust names the issuer. Soft-deleted trusts that name
 * it go with it: without their issuer they could never be restored into anything usable.
 */
export function deleteIssuer(db: Db, ctx: WriteContext, id: string): void {
  const remove = db.transaction(() => {
    if (!findIssuerRow(db, ctx.orgId, id)) throw notFound(ISSUER_NOT_FOUND);
    const live = db
      .prepare(
        `SELECT count(*) FROM role_trusts
          WHERE trusted_oidc_issuer_id = ? AND org_id = ? AND deleted_at IS NULL`,
      )
      .pluck()
      .get(id, ctx.orgId) as number;
    if (live > 0) {
      throw conflict(`the issuer is used by ${live} role trust(s); delete them first`);
    }
    db.prepare(
      'DELETE FROM role_trusts WHERE trusted_oidc_issuer_id = ? AND deleted_at IS NOT NULL',
    ).run(id);
    db.prepare('DELETE FROM oidc_issuers WHERE id = ? AND org_id = ?').run(id, ctx.orgId);
  });
  // Something else (e.g. session history) still points at those trusts: a conflict, not a 500.
  refuseWhileReferenced(
    'the issuer is still referenced by other records and cannot be deleted',
    remove,
  );
}

/** The organization's issuer registered under a token's `iss` (with or without a trailing slash). */
export function findIssuerRowByUri(db: Db, orgId: string, iss: string): IssuerRow | null {
  const bare = iss.replace(/\/$/, '');
  const row = db
    .prepare('SELECT * FROM oidc_issuers WHERE org_id = ? AND (uri = ? OR uri = ?)')
    .get(orgId, iss, bare) as IssuerRow | undefined;
  return row ?? null;
}

/** Moves an external issuer, found by the end of its uri and its key id, to a new uri. */
export function repointIssuer(
  db: Db,
  which: { pathSuffix: string; kid: string },
  uri: string,
): void {
  db.prepare(
    `UPDATE oidc_issuers SET uri = ? WHERE source = 'external' AND uri LIKE ? AND json_extract(jwk, '$.kid') = ?`,
  ).run(uri, `%${which.pathSuffix}`, which.kid);
}
