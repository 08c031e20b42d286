-- Ended sessions are kept for an audit window and then deleted in small batches. These indexes let
-- the purge find them by the time they ended without scanning the table: by expiry, and by
-- revocation for the revoked ones.
CREATE INDEX assumed_role_sessions_expires ON assumed_role_sessions(expires_at);
CREATE INDEX assumed_role_sessions_revoked ON assumed_role_sessions(revoked_at) WHERE revoked_at IS NOT NULL;
