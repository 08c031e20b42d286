-- Ended sessions leave the session table. A session that is revoked, or found expired by the
-- periodic sweep, is moved here as an audit record (no token digest, no secret digest, no sealed
-- token: it can no longer be used) and deleted after the audit window. The session table then
-- holds only sessions that may still be active, so its indexes stay the size of what is in use,
-- however long the history kept; the audit records need one index, by the time they ended.
CREATE TABLE ended_sessions (
  id               TEXT NOT NULL,
  org_id           TEXT NOT NULL,
  role_id          TEXT NOT NULL,
  user_id          TEXT,
  oidc_issuer_id   TEXT,
  oidc_subject     TEXT,
  session_name     TEXT NOT NULL,
  auth_method      TEXT NOT NULL,
  trust_id         TEXT,
  conditions_met   TEXT NOT NULL,
  source_ip        TEXT NOT NULL,
  access_key_id    TEXT NOT NULL,
  assumed_at       TEXT NOT NULL,
  expires_at       TEXT NOT NULL,
  revoked_at       TEXT,
  revoked_by       TEXT,
  ended_at         TEXT NOT NULL,
  created_at       TEXT NOT NULL
);
CREATE INDEX ended_sessions_ended ON ended_sessions(ended_at);

INSERT INTO ended_sessions (id, org_id, role_id, user_id, oidc_issuer_id, oidc_subject, session_name,
  auth_method, trust_id, conditions_met, source_ip, access_key_id, assumed_at, expires_at, revoked_at,
  revoked_by, ended_at, created_at)
SELECT id, org_id, role_id, user_id, oidc_issuer_id, oidc_subject, session_name, auth_method, trust_id,
  conditions_met, source_ip, access_key_id, assumed_at, expires_at, revoked_at, revoked_by,
  min(revoked_at, expires_at), created_at
FROM assumed_role_sessions WHERE revoked_at IS NOT NULL;
DELETE FROM assumed_role_sessions WHERE revoked_at IS NOT NULL;
DROP INDEX assumed_role_sessions_revoked;
