-- The organization side of the Vultr IAM API: users, groups, policies, roles, trusts, issuers.
-- Timestamps are ISO-8601 UTC strings with milliseconds ('2026-11-22T15:04:05.123Z'), so text order is time order.
-- Roles, policies and role trusts are soft-deleted (deleted_at set) and can be restored.

CREATE TABLE organizations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE TABLE users (
  id             TEXT PRIMARY KEY,
  org_id         TEXT NOT NULL REFERENCES organizations(id),
  name           TEXT NOT NULL,
  email          TEXT NOT NULL,
  password_hash  TEXT,
  api_enabled    INTEGER NOT NULL DEFAULT 1,
  service_user   INTEGER NOT NULL DEFAULT 0,
  is_owner       INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL,
  created_by     TEXT
);
CREATE UNIQUE INDEX users_email ON users(org_id, lower(email));
CREATE INDEX users_list ON users(org_id, created_at, id);

-- API keys are stored as SHA-256 digests; the plain key is only ever in the create response.
CREATE TABLE api_keys (
  key_hash    TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL
);
CREATE INDEX api_keys_user ON api_keys(user_id);

CREATE TABLE groups (
  id            TEXT PRIMARY KEY,
  org_id        TEXT NOT NULL REFERENCES organizations(id),
  display_name  TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  created_by    TEXT
);
CREATE UNIQUE INDEX groups_name ON groups(org_id, lower(display_name));
CREATE INDEX groups_list ON groups(org_id, created_at, id);

CREATE TABLE group_members (
  group_id  TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  added_at  TEXT NOT NULL,
  added_by  TEXT,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members(user_id);

CREATE TABLE policies (
  id           TEXT PRIMARY KEY,
  org_id       TEXT NOT NULL REFERENCES organizations(id),
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  document     TEXT NOT NULL,
  version      TEXT NOT NULL,
  is_system    INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  created_by   TEXT,
  updated_at   TEXT,
  updated_by   TEXT,
  deleted_at   TEXT,
  deleted_by   TEXT
);
CREATE UNIQUE INDEX policies_name ON policies(org_id, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX policies_list ON policies(org_id, created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE roles (
  id                    TEXT PRIMARY KEY,
  org_id                TEXT NOT NULL REFERENCES organizations(id),
  name                  TEXT NOT NULL,
  description           TEXT NOT NULL DEFAULT '',
  role_type             TEXT NOT NULL CHECK (role_type IN ('assignable', 'assumable')),
  max_session_duration  INTEGER NOT NULL CHECK (max_session_duration BETWEEN 900 AND 43200),
  created_at            TEXT NOT NULL,
  created_by            TEXT,
  updated_at            TEXT,
  updated_by            TEXT,
  deleted_at            TEXT,
  deleted_by            TEXT
);
CREATE UNIQUE INDEX roles_name ON roles(org_id, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX roles_list ON roles(org_id, created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE role_policies (
  role_id      TEXT NOT NULL REFERENCES roles(id),
  policy_id    TEXT NOT NULL REFERENCES policies(id),
  assigned_at  TEXT NOT NULL,
  assigned_by  TEXT,
  PRIMARY KEY (role_id, policy_id)
);
CREATE INDEX role_policies_policy ON role_policies(policy_id);

CREATE TABLE role_users (
  role_id      TEXT NOT NULL REFERENCES roles(id),
  user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  assigned_at  TEXT NOT NULL,
  assigned_by  TEXT,
  PRIMARY KEY (role_id, user_id)
);
CREATE INDEX role_users_user ON role_users(user_id);

CREATE TABLE role_groups (
  role_id      TEXT NOT NULL REFERENCES roles(id),
  group_id     TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  assigned_at  TEXT NOT NULL,
  assigned_by  TEXT,
  PRIMARY KEY (role_id, group_id)
);
CREATE INDEX role_groups_group ON role_groups(group_id);

CREATE TABLE policy_users (
  policy_id    TEXT NOT NULL REFERENCES policies(id),
  user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  assigned_at  TEXT NOT NULL,
  assigned_by  TEXT,
  PRIMARY KEY (policy_id, user_id)
);
CREATE INDEX policy_users_user ON policy_users(user_id);

CREATE TABLE policy_groups (
  policy_id    TEXT NOT NULL REFERENCES policies(id),
  group_id     TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  assigned_at  TEXT NOT NULL,
  assigned_by  TEXT,
  PRIMARY KEY (policy_id, group_id)
);
CREATE INDEX policy_groups_group ON policy_groups(group_id);

CREATE TABLE oidc_issuers (
  id               TEXT PRIMARY KEY,
  org_id           TEXT NOT NULL REFERENCES organizations(id),
  display_name     TEXT NOT NULL DEFAULT '',
  source           TEXT NOT NULL,
  uri              TEXT NOT NULL,
  jwk              TEXT,            -- JSON of the registered key, when registered with key fields
  jwks             TEXT,            -- JSON of the last fetched JWKS, when keys come from discovery
  jwks_fetched_at  TEXT,
  jwks_expires_at  TEXT,
  created_at       TEXT NOT NULL,
  created_by       TEXT
);
CREATE UNIQUE INDEX oidc_issuers_uri ON oidc_issuers(org_id, uri);
CREATE INDEX oidc_issuers_list ON oidc_issuers(org_id, created_at, id);

CREATE TABLE role_trusts (
  id                      TEXT PRIMARY KEY,
  org_id                  TEXT NOT NULL REFERENCES organizations(id),
  role_id                 TEXT NOT NULL REFERENCES roles(id),
  trust_type              TEXT NOT NULL
                          CHECK (trust_type IN ('TemporaryAssumption', 'IAMAssumption', 'FederatedAssumption')),
  trusted_user_id         TEXT REFERENCES users(id) ON DELETE CASCADE,
  trusted_group_id        TEXT REFERENCES groups(id) ON DELETE CASCADE,
  trusted_oidc_issuer_id  TEXT REFERENCES oidc_issuers(id),
  conditions              TEXT NOT NULL DEFAULT '{}',
  valid_until             TEXT,
  created_at              TEXT NOT NULL,
  created_by              TEXT,
  updated_at              TEXT,
  updated_by              TEXT,
  deleted_at              TEXT,
  deleted_by              TEXT,
  CHECK ((trusted_user_id IS NOT NULL) + (trusted_group_id IS NOT NULL) + (trusted_oidc_issuer_id IS NOT NULL) = 1)
);
CREATE INDEX role_trusts_list ON role_trusts(org_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX role_trusts_role ON role_trusts(role_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX role_trusts_user ON role_trusts(trusted_user_id) WHERE trusted_user_id IS NOT NULL;
CREATE INDEX role_trusts_group ON role_trusts(trusted_group_id) WHERE trusted_group_id IS NOT NULL;
CREATE INDEX role_trusts_issuer ON role_trusts(trusted_oidc_issuer_id) WHERE trusted_oidc_issuer_id IS NOT NULL;
