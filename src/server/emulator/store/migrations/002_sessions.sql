-- Assumed-role sessions. The session token (a Bearer credential) is stored only as a SHA-256 digest;
-- so is the STS secret access key. A session is active while revoked_at IS NULL and expires_at > now.
CREATE TABLE assumed_role_sessions (
  token_hash       TEXT PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  org_id           TEXT NOT NULL REFERENCES organizations(id),
  role_id          TEXT NOT NULL REFERENCES roles(id),
  user_id          TEXT REFERENCES users(id) ON DELETE CASCADE,
  oidc_issuer_id   TEXT REFERENCES oidc_issuers(id) ON DELETE CASCADE,
  oidc_subject     TEXT,
  session_name     TEXT NOT NULL,
  auth_method      TEXT NOT NULL CHECK (auth_method IN ('api_key', 'oidc')),
  trust_id         TEXT,
  conditions_met   TEXT NOT NULL DEFAULT '[]',
  source_ip        TEXT NOT NULL DEFAULT '',
  access_key_id    TEXT NOT NULL,
  secret_hash      TEXT NOT NULL,
  token_suffix     TEXT NOT NULL,
  assumed_at       TEXT NOT NULL,
  expires_at       TEXT NOT NULL,
  revoked_at       TEXT,
  revoked_by       TEXT,
  created_at       TEXT NOT NULL
);
CREATE INDEX assumed_role_sessions_user ON assumed_role_sessions(user_id, created_at, id) WHERE revoked_at IS NULL;
CREATE INDEX assumed_role_sessions_role ON assumed_role_sessions(role_id, created_at, id) WHERE revoked_at IS NULL;
CREATE INDEX assumed_role_sessions_org ON assumed_role_sessions(org_id, created_at, id) WHERE revoked_at IS NULL;
